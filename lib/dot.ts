/**
 * The dot product of two vectors: multiply them element by element and add up
 * the products. The tutorial uses it as the weighted sum of the inputs, and as
 * a measure of how similar two vectors are.
 *
 * @param input The first vector, e.g. the input vector.
 * @param weights The second vector, of the same length, e.g. the weights.
 * @returns The sum of `input[i] * weights[i]`.
 * @throws {RangeError} If the vectors have different lengths, as NumPy's `np.dot` does.
 *
 * @example The weighted sum of lesson 01
 * ```ts
 * import { assert } from "chai";
 * import { dot } from "./dot.ts";
 *
 * assert.closeTo(dot([1.72, 1.23], [1.26, 0]), 2.1672, 1e-12);
 * ```
 */
export function dot(input: readonly number[], weights: readonly number[]): number {
  if (input.length !== weights.length) {
    throw new RangeError(
      "Expected the input and the weights to have the same length, " +
        `got ${input.length} and ${weights.length}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < input.length; i++) sum += input[i] * weights[i];
  return sum;
}
