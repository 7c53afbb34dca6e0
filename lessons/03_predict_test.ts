import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { bias, main, samples, weights1 } from "./03_predict.ts";
import { runLesson } from "./_testing.ts";

const [first, second] = samples;

Deno.test("the prediction for [1.66, 1.56] is 0.7985731: class 1, correct", () => {
  const prediction = makePrediction(first.input, weights1, bias);
  assert.equal(formatArray([prediction]), "[0.7985731]");
  assert.isAbove(prediction, 0.5);
  assert.equal(first.target, 1);
});

Deno.test("the prediction for [2, 1.5] is 0.87101915: class 1, wrong (the target is 0)", () => {
  const prediction = makePrediction(second.input, weights1, bias);
  assert.equal(formatArray([prediction]), "[0.87101915]");
  assert.isAbove(prediction, 0.5);
  assert.equal(second.target, 0);
});

Deno.test("lesson 03 prints both predictions as the tutorial does, each judged against its target", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "Input vector: [1.66, 1.56], target: 1",
    "The prediction result is: [0.7985731]",
    "0.7985731 is above 0.5, so class 1: correct.",
    "",
    "Input vector: [2, 1.5], target: 0",
    "The prediction result is: [0.87101915]",
    "0.87101915 is above 0.5, so class 1: wrong, the target is 0.",
    "",
    "One right, one wrong: the weights need to learn. That is what lessons 04-08 do.",
  ]);
});
