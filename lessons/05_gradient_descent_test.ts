import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import { main, spec } from "./05_gradient_descent.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

// The tutorial's sample, weights and bias, and its update: subtract the derivative from both.
const weights1 = [1.45, -0.66];
const derivative = 2 * (makePrediction([2, 1.5], weights1, 0) - 0);
const updated = weights1.map((w) => w - derivative);

Deno.test("the derivative 2 * (prediction - target) is 1.7420383", () => {
  assert.equal(formatArray([derivative]), "[1.7420383]");
});

Deno.test("subtracting it from both weights gives [-0.2920383, -2.4020383]", () => {
  assert.equal(formatArray(updated), "[-0.2920383 -2.4020383]");
});

Deno.test("the new prediction is 0.01496248 with error 0.00022388", () => {
  const prediction = makePrediction([2, 1.5], updated, 0);
  assert.equal(formatArray([prediction]), "[0.01496248]");
  assert.equal(formatArray([squaredError(prediction, 0)]), "[0.00022388]");
});

Deno.test("overshooting: the updated weights now get [1.66, 1.56] (target 1) wrong", () => {
  assert.isBelow(makePrediction([1.66, 1.56], updated, 0), 0.5);
});

Deno.test("lesson 05 prints the tutorial's derivative, update and new prediction, and why the shortcut works", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  // The numbers below are NumPy's, from the tutorial's code (alpha rows: w - alpha * derivative).
  assert.deepEqual(unwrap(io.out), [
    "Input vector: [2, 1.5], target: 0; weights_1 = [1.45, -0.66], bias = 0",
    "Prediction: [0.87101915]",
    "derror_dprediction = 2 * (prediction - target):",
    "The derivative is [1.7420383]",
    "It is positive: a lower prediction means a lower error.",
    "",
    "The shortcut: subtract it from both weights, weights_1 - derivative:",
    "Updated weights_1: [-0.2920383 -2.4020383]",
    "Prediction: [0.01496248]; Error: [0.00022388]",
    "The error went from [0.75867436] to [0.00022388] in one step.",
    "",
    "1.742 is how the error changes with the prediction, not with each weight. The",
    "true gradients are [0.39141786, 0.29356339] for the weights and 0.19570893 for",
    "the bias (lesson 06), which the shortcut leaves alone. Subtracting 1.742 worked",
    "because both inputs and the sigmoid's slope are positive, so each weight's true",
    "gradient has the same sign. Always step against the sign of the gradient.",
    "",
    "With a learning rate alpha, the step is alpha * derivative:",
    "  alpha | weights_1                 | prediction   | error",
    "  0.1   | [ 1.27579617 -0.83420383] | [0.78588321] | [0.61761242]",
    "  0.01  | [ 1.43257962 -0.67742038] | [0.86401302] | [0.74651849]",
    "  0.001 | [ 1.44825796 -0.66174204] | [0.87033262] | [0.75747886]",
    "",
    "The other sample [1.66, 1.56] (target 1): its prediction",
    "goes from [0.7985731] (class 1, correct) to [0.01431593] (class 0, wrong).",
    // NumPy: 0.75867436 + (1 - 0.7985731)^2 = 0.7992; 0.00022388 + (1 - 0.01431593)^2 = 0.9718
    "The error over both samples, the sum of their squared errors, rose from 0.80 to 0.97.",
    "The tutorial calls this overfitting. It is overshooting: what training lowers is the " +
    "error over all the samples, and this step, so large that it fixed one sample, went past " +
    "that error's lowest point on its way and raised it. Overfitting is something else: " +
    "doing well on the training data but poorly on data not seen (lesson 11 keeps a test set).",
    "The cure is small steps, repeated over all the samples. Taking one random",
    "sample per step (stochastic gradient descent, lessons 07-08) makes each step",
    "cheap; it is also why lesson 08's error curve wiggles.",
    "",
    "Try this:",
    "  deno run lessons/05_gradient_descent.ts --learning-rate 0.1",
    "    A tenth of the step: will the error fall more or less, and what of the other sample?",
    "Your turn: write the error's slope in exercises/02_error.ts, then run",
    "  deno task exercise 02",
  ]);
});

Deno.test("lesson 05 --learning-rate 0.1: error 0.61761242, and the other sample stays right at 0.69348516", async () => {
  const io = await runLesson(main, ["--learning-rate", "0.1"]);
  assert.equal(io.code, 0);
  assert.include(io.out, "Updated weights_1: [ 1.27579617 -0.83420383]");
  assert.include(io.out, "Prediction: [0.78588321]; Error: [0.61761242]");
  assert.include(
    io.out,
    "goes from [0.7985731] (class 1, correct) to [0.69348516] (class 1, correct).",
  );
  // 0.61761242 + (1 - 0.69348516)^2 = 0.7116
  assert.include(
    unwrap(io.out),
    "The error over both samples, the sum of their squared errors, fell from 0.80 to 0.71.",
  );
  assert.notInclude(io.out.join("\n"), "overfitting");
});

Deno.test("lesson 05 --learning-rate takes a rate above 0 up to 100, and refuses 0 and just past 100", async () => {
  const at100 = await runLesson(main, ["--learning-rate", "100"]);
  assert.equal(at100.code, 0);
  assert.include(at100.out, "The shortcut with a learning rate: weights_1 - 100 * derivative:");
  for (const rate of ["0", "100.5"]) {
    const bad = await runLesson(main, ["--learning-rate", rate]);
    assert.equal(bad.code, 2);
    assert.deepEqual(bad.err, [
      `Error: Invalid --learning-rate "${rate}": expected a number above 0 up to 100. ` +
      "Run with --help for usage.",
    ]);
  }
});

Deno.test("lesson 05's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("05", spec, await runLesson(main));
});
