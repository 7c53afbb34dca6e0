import { assert } from "chai";
import { cumulativeError } from "./cumulative_error.ts";

Deno.test("the cumulative error is a sum of squared errors over the samples, not a mean", () => {
  const predict = ([x]: readonly number[]) => x / 10;
  // Predictions 0.1, 0.9, 0.5 for targets 0, 1, 1: errors 0.01, 0.01, 0.25.
  assert.closeTo(cumulativeError(predict, [[1], [9], [5]], [0, 1, 1]), 0.27, 1e-15);
});

Deno.test("cumulativeError with arrays of different lengths refuses, naming both counts, instead of NaN", () => {
  assert.throws(
    () => cumulativeError(() => 0.5, [[1], [2], [3]], [0, 1]),
    RangeError,
    "Expected one target per input: 3 inputs but 2 targets",
  );
  assert.throws(
    () => cumulativeError(() => 0.5, [[1]], [0, 1]),
    RangeError,
    "1 inputs but 2 targets",
  );
});
