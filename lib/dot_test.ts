import { assert } from "chai";
import fc from "fast-check";
import { dot } from "./dot.ts";

Deno.test("dot multiplies element by element and adds the products", () => {
  assert.equal(dot([1, 2, 3], [4, 5, 6]), 32);
  assert.equal(dot([], []), 0);
});

Deno.test("dot of [1.72, 1.23] and weights_1 [1.26, 0] is 2.1672", () => {
  assert.closeTo(dot([1.72, 1.23], [1.26, 0]), 2.1672, 5e-5);
});

Deno.test("dot of [1.72, 1.23] and weights_2 [2.17, 0.32] is 4.126 (the tutorial's 4.1259 is cut short)", () => {
  const value = dot([1.72, 1.23], [2.17, 0.32]);
  assert.closeTo(value, 4.126, 1e-12);
  assert.equal(value, 4.1259999999999994, "the same double NumPy computes");
});

Deno.test("dot of vectors of different lengths throws a RangeError naming both lengths", () => {
  assert.throws(
    () => dot([1, 2], [1, 2, 3]),
    RangeError,
    "Expected the input and the weights to have the same length, got 2 and 3",
  );
  // Either one may be the longer: an input with a value too many has no weight for it.
  assert.throws(
    () => dot([1, 2, 3], [1, 2]),
    RangeError,
    "Expected the input and the weights to have the same length, got 3 and 2",
  );
});

// Properties, checked on many random vectors by fast-check.

const value = fc.double({ min: -1e3, max: 1e3, noNaN: true });
const vectorPair = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.tuple(
    fc.array(value, { minLength: n, maxLength: n }),
    fc.array(value, { minLength: n, maxLength: n }),
    fc.array(value, { minLength: n, maxLength: n }),
  )
);
/** A rounding tolerance for sums of products of these vectors. */
const tolerance = (...vectors: number[][]) =>
  1e-12 * (1 + vectors.flat().reduce((sum, x) => sum + x * x, 0));

Deno.test("property: dot is symmetric, dot(a, b) = dot(b, a)", () => {
  fc.assert(fc.property(vectorPair, ([a, b]) => dot(a, b) === dot(b, a)));
});

Deno.test("property: dot is linear, dot(a, k*b + c) = k*dot(a, b) + dot(a, c)", () => {
  fc.assert(
    fc.property(vectorPair, value, ([a, b, c], k) => {
      const combined = b.map((bi, i) => k * bi + c[i]);
      const expected = k * dot(a, b) + dot(a, c);
      return Math.abs(dot(a, combined) - expected) <= tolerance(a, b, c) * (1 + Math.abs(k));
    }),
  );
});
