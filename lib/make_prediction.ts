import { dot } from "./dot.ts";
import { sigmoid } from "./sigmoid.ts";

/**
 * The network's prediction for one input: layer 1 is the weighted sum
 * `dot(input, weights) + bias`, layer 2 is the sigmoid of layer 1.
 *
 * @param input The input vector, e.g. [1.66, 1.56].
 * @param weights One weight per input element.
 * @param bias The bias added to the weighted sum.
 * @returns The sigmoid of layer 1: above 0.5 means class 1, below means class 0.
 * @throws {RangeError} If `input` and `weights` differ in length.
 *
 * @example The tutorial's first prediction
 * ```ts
 * import { assert } from "chai";
 * import { makePrediction } from "./make_prediction.ts";
 *
 * const prediction = makePrediction([1.66, 1.56], [1.45, -0.66], 0);
 * assert.closeTo(prediction, 0.7985731, 5e-8);
 * ```
 */
export function makePrediction(
  input: readonly number[],
  weights: readonly number[],
  bias: number,
): number {
  const layer1 = dot(input, weights) + bias;
  const layer2 = sigmoid(layer1);
  return layer2;
}
