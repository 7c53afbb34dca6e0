import { assertFinite } from "./_finite.ts";

/**
 * The squared error of one prediction, `(prediction - target)^2`: always
 * positive, and large misses cost more than small ones. The tutorial calls it
 * the mean squared error (MSE) of one sample.
 *
 * @param prediction What the network predicted, e.g. 0.87101915.
 * @param target The right answer, e.g. 0.
 * @returns The squared difference.
 * @throws {TypeError} If an argument is not a number.
 * @throws {RangeError} If an argument is not finite or the square overflows.
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
  assertFinite("the prediction", prediction);
  assertFinite("the target", target);
  const difference = prediction - target;
  const error = difference * difference;
  if (error === Infinity) {
    throw new RangeError(`The squared error of ${prediction} for ${target} overflowed`);
  }
  return error;
}
