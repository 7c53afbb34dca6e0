import { assert } from "chai";
import fc from "fast-check";
import { anyValue, finiteOrRefused } from "./_property.ts";
import { formatArray } from "./format_array.ts";
import { squaredError } from "./squared_error.ts";

Deno.test("the error of the prediction 0.87101915 for target 0 is 0.75867436", () => {
  const error = squaredError(0.8710191478537642, 0);
  assert.equal(formatArray([error]), "[0.75867436]");
  assert.closeTo(error, 0.7586743559278976, 1e-16);
});

Deno.test("squaredError is positive either way and zero on target", () => {
  assert.equal(squaredError(0.25, 0), 0.0625);
  assert.equal(squaredError(0.75, 1), 0.0625);
  assert.equal(squaredError(1, 1), 0);
});

Deno.test("squaredError refuses NaN, an infinity or a string instead of returning NaN", () => {
  assert.throws(
    () => squaredError(NaN, 0),
    RangeError,
    "Expected the prediction to be a finite number, got NaN",
  );
  assert.throws(() => squaredError(0.5, Infinity), RangeError, "the target");
  const fromJavaScript = squaredError as (prediction: unknown, target: unknown) => number;
  assert.throws(() => fromJavaScript("0.5", 0), TypeError, 'got "0.5"');
});

Deno.test("squaredError that overflows says so instead of returning Infinity", () => {
  assert.throws(() => squaredError(1e200, -1e200), RangeError, "overflowed");
});

Deno.test("property: squaredError of any values is a finite number or a RangeError/TypeError", () => {
  fc.assert(
    fc.property(
      anyValue,
      anyValue,
      (p, t) => finiteOrRefused(() => squaredError(p as number, t as number)),
    ),
  );
});
