import { assertFiniteVector } from "../_finite.ts";

/**
 * The softmax: turns one weighted sum per class into one probability per
 * class, `e^sums[k] / (e^sums[0] + e^sums[1] + ...)`. Every probability is
 * positive and they add up to 1; the largest sum gets the largest share. With
 * two classes it is the tutorial's sigmoid again: `softmax([0, x])[1]` is
 * `sigmoid(x)`.
 *
 * The largest sum is subtracted from every sum first. That changes no
 * probability (it divides the top and the bottom by the same number) but keeps
 * `e^x` from overflowing.
 *
 * @param sums One finite number per class.
 * @returns One probability per class, adding up to 1.
 * @throws {RangeError} If there are no sums or a sum is not finite.
 *
 * @example Three classes
 * ```ts
 * import { assert } from "chai";
 * import { softmax } from "./softmax.ts";
 *
 * const probabilities = softmax([2, 1, 0.1]);
 * assert.closeTo(probabilities[0], 0.65900114, 5e-9);
 * assert.closeTo(probabilities[0] + probabilities[1] + probabilities[2], 1, 1e-15);
 * ```
 */
export function softmax(sums: readonly number[]): number[] {
  if (sums.length === 0) throw new RangeError("Cannot take the softmax of no sums");
  let largest = sums[0];
  for (let k = 0; k < sums.length; k++) {
    if (!Number.isFinite(sums[k])) assertFiniteVector("sums", sums); // throws, naming it
    if (sums[k] > largest) largest = sums[k];
  }
  const exponentials = sums.map((sum) => Math.exp(sum - largest));
  let total = 0;
  for (let k = 0; k < exponentials.length; k++) total += exponentials[k];
  return exponentials.map((e) => e / total);
}
