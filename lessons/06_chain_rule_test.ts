import { assert } from "chai";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { bias, chain, inputVector, main, weights1 } from "./06_chain_rule.ts";
import { runLesson } from "./_testing.ts";

Deno.test("at the original weights, derror_dbias is 0.19570893 and derror_dweights [0.39141786, 0.29356339]", () => {
  const links = chain(inputVector, weights1, bias);
  assert.equal(formatNumber(links.derrorDbias), "0.19570893");
  assert.equal(formatArray(links.derrorDweights), "[0.39141786 0.29356339]");
  assert.equal(formatNumber(links.derrorDprediction), "1.7420383");
});

Deno.test("after lesson 05's update: derror_dprediction 0.02992496, dprediction_dlayer1 0.0147386, derror_dbias 0.00044105", () => {
  const derivative = chain(inputVector, weights1, bias).derrorDprediction;
  const links = chain(inputVector, weights1.map((w) => w - derivative), bias);
  assert.equal(formatNumber(links.derrorDprediction), "0.02992496");
  assert.equal(formatNumber(links.dpredictionDlayer1), "0.0147386");
  assert.equal(formatNumber(links.derrorDbias), "0.00044105");
});

Deno.test("lesson 06 prints every link of the chain and the class agrees", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "Input [2, 1.5], target 0, weights [ 1.45 -0.66], bias 0:",
    "  layer_1             = 1.91  (dot(input, weights) + bias)",
    "  prediction          = 0.87101915  (sigmoid(layer_1))",
    "  derror_dprediction  = 1.7420383  (2 * (prediction - target))",
    "  dprediction_dlayer1 = 0.11234479  (sigmoid_deriv(layer_1))",
    "  dlayer1_dbias       = 1",
    "  dlayer1_dweights    = [2.  1.5]  (the input)",
    "  derror_dbias        = 0.19570893",
    "  derror_dweights     = [0.39141786 0.29356339]",
    "",
    "NeuralNetwork.computeGradients agrees: bias 0.19570893, weights [0.39141786 0.29356339]",
    "",
    "After lesson 05's update (weights [-0.2920383 -2.4020383]), as in the tutorial:",
    "  derror_dprediction  = 0.02992496",
    "  dprediction_dlayer1 = 0.0147386",
    "  derror_dbias        = 0.00044105",
    "",
    "Every gradient is positive: lowering the bias and the weights lowers the error.",
    "Gradient descent does exactly that, a small step (learning rate * gradient) at a time.",
  ]);
});
