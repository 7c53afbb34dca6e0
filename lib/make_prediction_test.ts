import { assert } from "chai";
import { formatArray } from "./format_array.ts";
import { makePrediction } from "./make_prediction.ts";

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
