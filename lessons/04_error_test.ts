import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import { main, spec } from "./04_error.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

// The tutorial's second sample, weights and bias, written here from the tutorial.
const prediction = makePrediction([2, 1.5], [1.45, -0.66], 0);

Deno.test("the error of the prediction for [2, 1.5] (target 0) is 0.75867436", () => {
  assert.equal(formatArray([squaredError(prediction, 0)]), "[0.75867436]");
});

Deno.test("erratum: the tutorial's 0.7586743596667225 is the square of the rounded 0.87101915", () => {
  assert.equal(0.87101915 ** 2, 0.7586743596667225);
  assert.equal(squaredError(prediction, 0), 0.7586743559278976, "NumPy's full value");
});

Deno.test("lesson 04 prints the sample, the prediction and its error as the tutorial does, and the erratum", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(unwrap(io.out), [
    "Input vector: [2, 1.5], target: 0; weights_1 = [1.45, -0.66], bias = 0",
    "prediction = sigmoid(dot(input_vector, weights_1) + bias)",
    "mse = (prediction - target)^2",
    "Prediction: [0.87101915]; Error: [0.75867436]",
    "Erratum: the tutorial's 0.7586743596667225 squares the rounded 0.87101915.",
    "",
    "The error is large because the prediction is far from the target 0: the weights",
    "must change to make it smaller. Lesson 05 shows which way to move them.",
    "",
    "For a 0/1 target, practitioners usually use another error, the cross-entropy",
    "-log(prediction) for target 1 and -log(1 - prediction) for target 0: it punishes",
    "a confident wrong answer without bound. The tutorial keeps the squared error.",
    "",
    "Try this:",
    "  deno run lessons/04_error.ts --target 1",
    "    The same prediction, 0.87101915, against target 1: a large error or a small one?",
    "Your turn: write the squared error in exercises/02_error.ts, then run",
    "  deno task exercise 02",
  ]);
});

Deno.test("lesson 04 --target 1: the same prediction's error is 0.01663606, no erratum", async () => {
  const io = await runLesson(main, ["--target", "1"]);
  assert.equal(io.code, 0);
  // NumPy: (1 / (1 + np.exp(-1.91)) - 1) ** 2 prints [0.01663606]
  assert.include(io.out, "Prediction: [0.87101915]; Error: [0.01663606]");
  assert.notInclude(io.out.join("\n"), "Erratum");
  assert.deepEqual(io.out.slice(4, 7), [
    "",
    "The error is small: the prediction is close to the target 1. Were the target 0,",
    "it would be 0.75867436. The error measures the distance, on either side.",
  ]);
});

Deno.test("lesson 04 --target takes 0 or 1 and refuses -1 and 2", async () => {
  assert.deepEqual(
    (await runLesson(main, ["--target", "0"])).out,
    (await runLesson(main)).out,
  );
  for (const target of ["-1", "2"]) {
    const bad = await runLesson(main, ["--target", target]);
    assert.equal(bad.code, 2);
    assert.deepEqual(bad.err, [
      `Error: Invalid --target "${target}": expected a whole number from 0 to 1. ` +
      "Run with --help for usage.",
    ]);
  }
});

Deno.test("lesson 04's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("04", spec, await runLesson(main));
});
