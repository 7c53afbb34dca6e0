import { assert } from "chai";
import fc from "fast-check";
import { anyValue, anyVector, isRefusal } from "./_property.ts";
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

Deno.test("formatArray switches exactly at NumPy's own points: [0.0001] stays fixed, [1e8] is scientific", () => {
  // Scientific below 1e-4, not at it; from 1e8 on, not only above it; and past a ratio of 1000.
  assert.equal(formatArray([0.0001]), "[0.0001]");
  assert.equal(formatArray([0.000099999]), "[9.9999e-05]");
  assert.equal(formatArray([1e8]), "[1.e+08]");
  assert.equal(formatArray([99999999]), "[99999999.]");
  assert.equal(formatArray([1, 1000]), "[   1. 1000.]");
  assert.equal(formatArray([1, 1001]), "[1.000e+00 1.001e+03]");
});

Deno.test("formatArray shows nan, inf and -inf rather than hiding them", () => {
  assert.equal(formatArray([NaN, 1]), "[nan  1.]");
  assert.equal(formatArray([Infinity]), "[inf]");
  assert.equal(formatArray([-Infinity]), "[-inf]");
  assert.equal(formatArray([-Infinity, 0.5]), "[-inf  0.5]");
});

Deno.test("formatArray prints 300,000 values without spreading them (a spread overflows the stack)", () => {
  const values = Array.from({ length: 300_000 }, (_, i) => i / 8);
  const text = formatArray(values);
  // 0 to 37499.875 spans more than 1000 times, so NumPy goes scientific, 7 decimals for all.
  assert.isTrue(text.startsWith("[0.0000000e+00 1.2500000e-01 2.5000000e-01 "), text.slice(0, 50));
  assert.isTrue(text.endsWith(" 3.7499750e+04 3.7499875e+04]"), text.slice(-50));
});

Deno.test("formatArray and formatNumber from JavaScript refuse what is not a number with a TypeError", () => {
  const fromJavaScript = formatArray as (values: unknown) => string;
  assert.throws(
    () => fromJavaScript(["1"]),
    TypeError,
    'Expected values[0] to be a number, got "1"',
  );
  assert.throws(() => fromJavaScript(null), TypeError, "Expected values to be an array, got null");
  assert.throws(
    () => (formatNumber as (x: unknown) => string)(undefined),
    TypeError,
    "Expected the value to be a number, got undefined",
  );
});

Deno.test("property: formatArray of any vector is NumPy text in brackets or a TypeError", () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 6 }).chain(anyVector), (values) => {
    try {
      return /^\[.*\]$/.test(formatArray(values as number[]));
    } catch (error) {
      return isRefusal(error) && error instanceof TypeError;
    }
  }));
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

Deno.test("property: formatNumber of any value is one number as NumPy prints it, or a TypeError", () => {
  fc.assert(fc.property(anyValue, (value) => {
    try {
      return /^(-?\d+\.\d*(e[+-]\d+)?|nan|-?inf)$/.test(formatNumber(value as number));
    } catch (error) {
      return isRefusal(error) && error instanceof TypeError;
    }
  }));
});
