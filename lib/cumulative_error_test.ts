import { assert } from "chai";
import fc from "fast-check";
import { anyValue, anyVector, finiteOrRefused } from "./_property.ts";
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

Deno.test("cumulativeError refuses a prediction or a target that is NaN, or not a number", () => {
  assert.throws(() => cumulativeError(() => NaN, [[1]], [0]), RangeError, "the prediction");
  assert.throws(() => cumulativeError(() => 0.5, [[1]], [NaN]), RangeError, "the target");
  const fromJavaScript = cumulativeError as (p: unknown, i: unknown, t: unknown) => number;
  assert.throws(
    () => fromJavaScript("predict", [[1]], [0]),
    TypeError,
    "Expected predict to be a function",
  );
  assert.throws(
    () => fromJavaScript(() => 0.5, [[1]], "0"),
    TypeError,
    "Expected targets to be an array",
  );
});

Deno.test("property: cumulativeError of any predictions and targets is finite or a RangeError/TypeError", () => {
  const example = fc.tuple(
    fc.array(anyValue, { maxLength: 5 }),
    fc.array(anyValue, { maxLength: 5 }),
  );
  fc.assert(
    fc.property(example, anyVector(3), ([predictions, targets], junk) =>
      finiteOrRefused(() => {
        let i = 0;
        const predict = () => predictions[i++ % Math.max(1, predictions.length)] as number;
        const inputs = predictions.map(() => junk as number[]);
        return cumulativeError(predict, inputs, targets as number[]);
      })),
  );
});
