/**
 * The sigmoid activation function, `1 / (1 + e^(-x))`. It squeezes any number
 * into the range (0, 1), so its output can be read as the probability that the
 * input belongs to class 1.
 *
 * @param x Any number, e.g. the weighted sum of layer 1.
 * @returns A number between 0 and 1 (0.5 at x = 0).
 *
 * @example Zero sits exactly on the decision threshold
 * ```ts
 * import { assert } from "chai";
 * import { sigmoid } from "./sigmoid.ts";
 *
 * assert.equal(sigmoid(0), 0.5);
 * assert.closeTo(sigmoid(1.3774), 0.7985731, 5e-8);
 * ```
 */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
