import { assert } from "chai";
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
