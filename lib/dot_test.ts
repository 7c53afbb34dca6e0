import { assert } from "chai";
import fc from "fast-check";
import { dot } from "./dot.ts";
import { anyVector, finiteOrRefused } from "./_property.ts";

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
    "Cannot take the dot product of vectors of different lengths: 2 and 3",
  );
});

Deno.test("dot of a vector holding NaN or Infinity throws instead of returning NaN", () => {
  assert.throws(
    () => dot([1, NaN], [1, 2]),
    RangeError,
    "Expected a[1] to be a finite number, got NaN",
  );
  assert.throws(
    () => dot([1, 2], [Infinity, 0]),
    RangeError,
    "Expected b[0] to be a finite number, got Infinity",
  );
});

Deno.test("dot that overflows throws instead of returning Infinity", () => {
  assert.throws(
    () => dot([1e308, 1e308], [10, 10]),
    RangeError,
    "The dot product overflowed to Infinity",
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

Deno.test('dot from JavaScript refuses what is not a number: dot(["1", "2"], [1, 2]) is not 5', () => {
  const fromJavaScript = dot as (a: unknown, b: unknown) => number;
  assert.throws(
    () => fromJavaScript(["1", "2"], [1, 2]),
    TypeError,
    'Expected a[0] to be a number, got "1"',
  );
  assert.throws(
    () => fromJavaScript([null], [1]),
    TypeError,
    "Expected a[0] to be a number, got null",
  );
  assert.throws(() => fromJavaScript([1], [undefined]), TypeError, "b[0]");
  assert.throws(
    () => fromJavaScript("12", [1, 2]),
    TypeError,
    'Expected a to be an array, got "12"',
  );
  assert.throws(() => fromJavaScript([1], null), TypeError, "Expected b to be an array, got null");
});

Deno.test("property: dot of any values is a finite number or a RangeError/TypeError, never NaN or Infinity", () => {
  const pair = fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(anyVector(n), anyVector(n)));
  fc.assert(
    fc.property(pair, ([a, b]) => finiteOrRefused(() => dot(a as number[], b as number[]))),
    { numRuns: 500 },
  );
});
