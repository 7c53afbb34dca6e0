import { assertArray, assertFiniteVector } from "./_finite.ts";

/**
 * The dot product of two vectors: multiply them element by element and add up
 * the products. The tutorial uses it as the weighted sum of the inputs, and as
 * a measure of how similar two vectors are.
 *
 * @param a The first vector, e.g. the input vector.
 * @param b The second vector, of the same length, e.g. the weights.
 * @returns The sum of `a[i] * b[i]`.
 * @throws {TypeError} If a vector is not an array or an element is not a
 * number (`dot(["1", "2"], [1, 2])` from JavaScript is refused, not 5).
 * @throws {RangeError} If the vectors have different lengths, if an element is
 * not a finite number, or if the sum overflows.
 *
 * @example The weighted sum of lesson 01
 * ```ts
 * import { assert } from "chai";
 * import { dot } from "./dot.ts";
 *
 * assert.closeTo(dot([1.72, 1.23], [1.26, 0]), 2.1672, 1e-12);
 * ```
 */
export function dot(a: readonly number[], b: readonly number[]): number {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    assertArray("a", a);
    assertArray("b", b);
  }
  if (a.length !== b.length) {
    throw new RangeError(
      `Cannot take the dot product of vectors of different lengths: ${a.length} and ${b.length}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // From JavaScript, "2" * 1 is 2 and null * 1 is 0: only numbers take part.
    if (typeof x !== "number" || typeof y !== "number") {
      assertFiniteVector("a", a);
      assertFiniteVector("b", b);
    }
    sum += x * y;
  }
  // A NaN or an infinity anywhere makes the sum non-finite, so one check covers all elements.
  if (!Number.isFinite(sum)) {
    assertFiniteVector("a", a);
    assertFiniteVector("b", b);
    throw new RangeError(`The dot product overflowed to ${sum}`);
  }
  return sum;
}
