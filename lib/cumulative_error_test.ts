import { assert } from "chai";
import { cumulativeError } from "./cumulative_error.ts";

Deno.test("the cumulative error is a sum of squared errors over the samples, not a mean", () => {
  const predict = ([x]: readonly number[]) => x / 10;
  // Predictions 0.1, 0.9, 0.5 for targets 0, 1, 1: errors 0.01, 0.01, 0.25.
  assert.closeTo(cumulativeError(predict, [[1], [9], [5]], [0, 1, 1]), 0.27, 1e-15);
});
