import { assertNumber } from "./_finite.ts";

/** The decision threshold: a prediction above it means class 1. */
export const DECISION_THRESHOLD = 0.5;

/**
 * Turns a prediction, a probability in (0, 1), into a class with the
 * tutorial's rule: above 0.5 is class 1, otherwise class 0.
 *
 * @param prediction The sigmoid's output.
 * @returns 1 if `prediction` is above 0.5, else 0.
 * @throws {TypeError} If `prediction` is not a number.
 * @throws {RangeError} If `prediction` is not a probability, from 0 to 1.
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
  assertNumber("the prediction", prediction);
  if (!(prediction >= 0 && prediction <= 1)) {
    throw new RangeError(`Cannot classify a prediction of ${prediction}: expected 0 to 1`);
  }
  return prediction > DECISION_THRESHOLD ? 1 : 0;
}
