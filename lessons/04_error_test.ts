import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import { bias, inputVector, main, target, weights1 } from "./04_error.ts";
import { runLesson } from "./_testing.ts";

Deno.test("the error of the prediction for [2, 1.5] (target 0) is 0.75867436", () => {
  const error = squaredError(makePrediction(inputVector, weights1, bias), target);
  assert.equal(formatArray([error]), "[0.75867436]");
});

Deno.test("erratum: the tutorial's 0.7586743596667225 is the square of the rounded 0.87101915", () => {
  assert.equal(0.87101915 ** 2, 0.7586743596667225);
  assert.notEqual(
    squaredError(makePrediction(inputVector, weights1, bias), target),
    0.87101915 ** 2,
  );
});

Deno.test("lesson 04 prints the prediction and its error, and the erratum", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "Prediction: [0.87101915]; Error: [0.75867436]",
    "Erratum: the tutorial prints 0.7586743596667225, which is 0.87101915^2 = 0.7586743596667225,",
    "the square of the rounded prediction; the true error is 0.7586743559278976.",
    "",
    "The error is large because the prediction is far from the target 0: the weights",
    "must change to make it smaller. Lesson 05 shows which way to move them.",
  ]);
});
