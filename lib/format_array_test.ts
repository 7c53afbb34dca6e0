import { assert } from "chai";
import { formatArray, formatNumber } from "./format_array.ts";

// The expected strings are what NumPy 2.4 prints for `print(np.array(values))`.

Deno.test("formatArray prints at most 8 decimals and trims trailing zeros, like NumPy", () => {
  assert.equal(formatArray([0.7985731042296965]), "[0.7985731]");
  assert.equal(formatArray([0.8710191478537642]), "[0.87101915]");
  assert.equal(formatArray([0.00022387579126945649]), "[0.00022388]");
  assert.equal(formatArray([4.1259999999999994]), "[4.126]");
});

Deno.test("formatArray keeps the point of a whole number: [1.] and [0.]", () => {
  assert.equal(formatArray([1]), "[1.]");
  assert.equal(formatArray([0]), "[0.]");
});

Deno.test("formatArray pads elements to a common width, like NumPy", () => {
  assert.equal(formatArray([-0.2920383, -2.4020383]), "[-0.2920383 -2.4020383]");
  assert.equal(formatArray([0.5, 0.123]), "[0.5   0.123]");
  assert.equal(formatArray([-1.5, 2.25]), "[-1.5   2.25]");
  assert.equal(formatArray([100, -0.5]), "[100.   -0.5]");
});

Deno.test("formatArray switches to scientific notation where NumPy does", () => {
  assert.equal(formatArray([0.00002]), "[2.e-05]");
  assert.equal(formatArray([0.001, 2]), "[1.e-03 2.e+00]");
  assert.equal(formatArray([1.23456789123e-5, 3e-7]), "[1.23456789e-05 3.00000000e-07]");
});

Deno.test("formatArray shows nan and inf rather than hiding them", () => {
  assert.equal(formatArray([NaN, 1]), "[nan  1.]");
  assert.equal(formatArray([Infinity]), "[inf]");
});

Deno.test("formatArray of an empty vector is []", () => {
  assert.equal(formatArray([]), "[]");
});

Deno.test("formatNumber prints one value the way it appears inside a NumPy array", () => {
  assert.equal(formatNumber(2.1672), "2.1672");
  assert.equal(formatNumber(4.1259999999999994), "4.126");
  assert.equal(formatNumber(-0.2920383), "-0.2920383");
  assert.equal(formatNumber(0.0000453978687), "4.53978687e-05");
});
