import { assert } from "chai";
import fc from "fast-check";
import { anyValue, finiteOrRefused } from "../_property.ts";
import { relativeError } from "./relative_error.ts";

Deno.test("relativeError measures the difference against the larger size", () => {
  assert.equal(relativeError(1, 1), 0);
  assert.equal(relativeError(0, 0), 0);
  assert.closeTo(relativeError(100, 101), 1 / 101, 1e-15);
  assert.closeTo(relativeError(1e-9, 1.000001e-9), 1e-6 / 1.000001, 1e-15);
  assert.equal(relativeError(1, -1), 2);
});

Deno.test("relativeError of two huge numbers of opposite signs is 2, not Infinity", () => {
  assert.equal(relativeError(1e308, -1e308), 2);
  assert.equal(relativeError(-1.7e308, 1.7e308), 2);
});

Deno.test("relativeError refuses NaN, an infinity or a string instead of returning NaN", () => {
  assert.throws(
    () => relativeError(NaN, 1),
    RangeError,
    "Expected a to be a finite number, got NaN",
  );
  assert.throws(() => relativeError(1, -Infinity), RangeError, "b");
  assert.throws(
    () => (relativeError as (a: unknown, b: unknown) => number)("1", 1),
    TypeError,
    '"1"',
  );
});

Deno.test("property: relativeError of any values is a number from 0 to 2, or a RangeError/TypeError", () => {
  fc.assert(fc.property(anyValue, anyValue, (a, b) =>
    finiteOrRefused(() => {
      const error = relativeError(a as number, b as number);
      if (!(error >= 0 && error <= 2)) throw new Error(`relative error ${error}`);
      return error;
    })));
});
