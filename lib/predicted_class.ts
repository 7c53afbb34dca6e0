/** The decision threshold: a prediction above it means class 1. */
export const DECISION_THRESHOLD = 0.5;

/**
 * Turns a prediction, a probability in (0, 1), into a class with the
 * tutorial's rule: above 0.5 is class 1, otherwise class 0.
 *
 * @param prediction The sigmoid's output.
 * @returns 1 if `prediction` is above 0.5, else 0.
 * @throws {RangeError} If `prediction` is NaN.
 *
 * @example The two predictions of lesson 03
 * ```ts
 * import { assert } from "chai";
 * import { predictedClass } from "./predicted_class.ts";
 *
 * assert.equal(predictedClass(0.7985731), 1);
 * assert.equal(predictedClass(0.01496248), 0);
 * ```
 */
export function predictedClass(prediction: number): 0 | 1 {
  if (Number.isNaN(prediction)) throw new RangeError("Cannot classify a prediction of NaN");
  return prediction > DECISION_THRESHOLD ? 1 : 0;
}
