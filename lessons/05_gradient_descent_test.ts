import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import {
  bias,
  inputVector,
  main,
  otherInput,
  stepWeights,
  target,
  weights1,
} from "./05_gradient_descent.ts";
import { runLesson } from "./_testing.ts";

const derivative = 2 * (makePrediction(inputVector, weights1, bias) - target);
const updated = stepWeights(weights1, derivative);

Deno.test("the derivative 2 * (prediction - target) is 1.7420383", () => {
  assert.equal(formatArray([derivative]), "[1.7420383]");
});

Deno.test("subtracting it from both weights gives [-0.2920383, -2.4020383]", () => {
  assert.equal(formatArray(updated), "[-0.2920383 -2.4020383]");
});

Deno.test("the new prediction is 0.01496248 with error 0.00022388", () => {
  const prediction = makePrediction(inputVector, updated, bias);
  assert.equal(formatArray([prediction]), "[0.01496248]");
  assert.equal(formatArray([squaredError(prediction, target)]), "[0.00022388]");
});

Deno.test("overfitting: the updated weights now get [1.66, 1.56] (target 1) wrong", () => {
  assert.isBelow(makePrediction(otherInput, updated, bias), 0.5);
});

Deno.test("lesson 05 prints the derivative, the update, the new prediction, learning rates and overfitting", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "The derivative is [1.7420383]",
    "Updated weights_1: [-0.2920383 -2.4020383]",
    "Prediction: [0.01496248]; Error: [0.00022388]",
    "The error fell from [0.75867436] to almost zero in one step.",
    "",
    "With a learning rate alpha, the step is alpha * derivative:",
    "  alpha 0.1: weights [ 1.27579617 -0.83420383], prediction [0.78588321], error [0.61761242]",
    "  alpha 0.01: weights [ 1.43257962 -0.67742038], prediction [0.86401302], error [0.74651849]",
    "  alpha 0.001: weights [ 1.44825796 -0.66174204], prediction [0.87033262], error [0.75747886]",
    "",
    "Overfitting: for the other sample [1.66, 1.56] (target 1),",
    "the prediction falls from [0.7985731] (class 1, correct) to [0.01431593] (class 0, wrong).",
    "Fitting one point perfectly broke the other. The rest of the tutorial therefore takes",
    "small steps, one random sample at a time: online stochastic gradient descent.",
  ]);
});
