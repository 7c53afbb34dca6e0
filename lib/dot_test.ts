import { assert } from "chai";
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
