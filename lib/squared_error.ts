/**
 * The squared error of one prediction, `(prediction - target)^2`: always
 * positive, and large misses cost more than small ones. The tutorial calls it
 * the mean squared error (MSE) of one sample.
 *
 * @param prediction What the network predicted, e.g. 0.87101915.
 * @param target The right answer, e.g. 0.
 * @returns The squared difference.
 *
 * @example The error of lesson 04
 * ```ts
 * import { assert } from "chai";
 * import { squaredError } from "./squared_error.ts";
 *
 * assert.closeTo(squaredError(0.8710191478537642, 0), 0.75867436, 5e-9);
 * ```
 */
export function squaredError(prediction: number, target: number): number {
  const difference = prediction - target;
  return difference * difference;
}
