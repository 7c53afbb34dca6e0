import { assert } from "chai";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { main } from "./06_chain_rule.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

// The tutorial's values (computed with NumPy from its code; it prints none of them).
Deno.test("at the original weights, derror_dbias is 0.19570893 and derror_dweights [0.39141786, 0.29356339]", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 });
  const gradients = network.computeGradients([2, 1.5], 0);
  assert.equal(formatNumber(gradients.bias), "0.19570893");
  assert.equal(formatArray(gradients.weights), "[0.39141786 0.29356339]");
});

Deno.test("lesson 06 prints every link of the chain, the class agreeing, and the links after lesson 05's update", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(unwrap(io.out), [
    "Input [2, 1.5], target 0, weights [1.45, -0.66], bias 0:",
    "  layer_1             = 1.91  (dot(input, weights) + bias)",
    "  prediction          = 0.87101915  (sigmoid(layer_1))",
    "  derror_dprediction  = 1.7420383  (2 * (prediction - target))",
    "  dprediction_dlayer1 = 0.11234479  (sigmoid_deriv(layer_1))",
    "  dlayer1_dbias       = 1",
    "  dlayer1_dweights    = [2, 1.5]  (the input)",
    "  derror_dbias        = 0.19570893  (the product of the links)",
    "  derror_dweights     = [0.39141786 0.29356339]  (derror_dbias * input)",
    "",
    "NeuralNetwork.computeGradients (lesson 07) agrees:",
    "  bias 0.19570893, weights [0.39141786 0.29356339]",
    "",
    // The tutorial's notebook order: after lesson 05's update. NumPy gives these digits.
    "After lesson 05's update (weights [-0.2920383 -2.4020383]), as in the tutorial:",
    "  derror_dprediction  = 0.02992496",
    "  dprediction_dlayer1 = 0.0147386",
    "  derror_dbias        = 0.00044105",
    "  derror_dweights     = [0.0008821  0.00066158]",
    "The prediction is now near its target, and the sigmoid near its flat end: its",
    "slope fell from 0.112 to 0.0147. A saturated sigmoid shrinks every gradient.",
    "",
    "Each parameter moves against the sign of its gradient to lower the error; here",
    "all are positive, so the bias and both weights go down. Note derror_dweights =",
    "derror_dbias * input: a large input makes a large step (lesson 11 standardises",
    "its inputs for that reason).",
    "",
    "Try this:",
    "  deno run lessons/06_chain_rule.ts --input 20,15",
    "    The prediction will be almost 1, far from the target 0: large gradients, or tiny?",
    "Your turn: write the gradients in exercises/03_gradients.ts, then run",
    "  deno task exercise 03",
  ]);
});

Deno.test("lesson 06 --input 20,15: a saturated sigmoid, slope 5.06961981e-09, gradients near 1e-7", async () => {
  const io = await runLesson(main, ["--input", "20,15"]);
  assert.equal(io.code, 0);
  // NumPy: s = sigmoid(19.1); s * (1 - s) and 2 * s * s * (1 - s) * [20, 15]
  assert.include(io.out, "  dprediction_dlayer1 = 5.06961981e-09  (sigmoid_deriv(layer_1))");
  assert.include(
    io.out,
    "  derror_dweights     = [2.02784791e-07 1.52088594e-07]  (derror_dbias * input)",
  );
  assert.notInclude(io.out.join("\n"), "After lesson 05's update");
});
