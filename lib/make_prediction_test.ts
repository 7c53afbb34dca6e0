import { assert } from "chai";
import fc from "fast-check";
import { formatArray } from "./format_array.ts";
import { makePrediction } from "./make_prediction.ts";
import { anyValue, anyVector, finiteOrRefused } from "./_property.ts";

const weights1 = [1.45, -0.66];

Deno.test("the prediction for [1.66, 1.56] is 0.7985731: class 1, correct", () => {
  const prediction = makePrediction([1.66, 1.56], weights1, 0);
  assert.closeTo(prediction, 0.7985731, 5e-8);
  assert.equal(formatArray([prediction]), "[0.7985731]");
  assert.isAbove(prediction, 0.5);
});

Deno.test("the prediction for [2, 1.5] is 0.87101915: class 1, wrong (the target is 0)", () => {
  const prediction = makePrediction([2, 1.5], weights1, 0);
  assert.closeTo(prediction, 0.87101915, 5e-9);
  assert.equal(formatArray([prediction]), "[0.87101915]");
  assert.isAbove(prediction, 0.5);
});

Deno.test("makePrediction adds the bias to layer 1 before the sigmoid", () => {
  // dot([2, 1.5], weights1) = 1.91, so a bias of -1.91 puts layer 1 at 0 and the output at 0.5.
  assert.closeTo(makePrediction([2, 1.5], weights1, -1.91), 0.5, 1e-15);
});

Deno.test("makePrediction whose layer 1 overflows says so instead of returning 0 or 1", () => {
  assert.throws(
    () => makePrediction([1e308], [1], 1e308),
    RangeError,
    "Layer 1 overflowed: dot(input, weights) + bias is Infinity",
  );
});

Deno.test("makePrediction with mismatched lengths or a NaN bias throws instead of predicting", () => {
  assert.throws(() => makePrediction([1, 2, 3], weights1, 0), RangeError, "3 and 2");
  assert.throws(() => makePrediction([1, 2], weights1, NaN), RangeError, "the bias");
});

Deno.test("property: makePrediction never returns NaN for finite input; it predicts or says why", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const example = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.tuple(
      fc.array(finite, { minLength: n, maxLength: n }),
      fc.array(finite, { minLength: n, maxLength: n }),
      finite,
    )
  );
  fc.assert(fc.property(example, ([input, weights, bias]) => {
    try {
      const prediction = makePrediction(input, weights, bias);
      return prediction >= 0 && prediction <= 1;
    } catch (error) {
      // Only sums too large for a double may fail, and they say so.
      return error instanceof RangeError && /overflowed/.test(error.message);
    }
  }));
});

Deno.test("makePrediction from JavaScript refuses a string bias or input with a TypeError", () => {
  const fromJavaScript = makePrediction as (
    input: unknown,
    weights: unknown,
    bias: unknown,
  ) => number;
  assert.throws(
    () => fromJavaScript([1, 2], weights1, "0"),
    TypeError,
    'the bias to be a number, got "0"',
  );
  assert.throws(() => fromJavaScript(["1", 2], weights1, 0), TypeError, "a[0]");
});

Deno.test("property: makePrediction of any values is a finite number or a RangeError/TypeError", () => {
  const example = fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(anyVector(n), anyVector(n), anyValue)
  );
  fc.assert(
    fc.property(
      example,
      ([input, weights, bias]) =>
        finiteOrRefused(() =>
          makePrediction(input as number[], weights as number[], bias as number)
        ),
    ),
    { numRuns: 300 },
  );
});
