import { assert } from "chai";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { main, signs, spec, stepRatio } from "./06_chain_rule.ts";
import { assertDefaultRun } from "./_default_run.ts";
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
    "Each parameter moves against the sign of its gradient to lower the error; here " +
    "all are positive, so the bias and both weights go down.",
    "",
    "Why standardise the inputs: derror_dweights = derror_dbias * input, so each weight's " +
    "step is in proportion to its input, here w1's 1.33 times w2's (|2 / 1.5|). One " +
    "learning rate serves every weight: on inputs of very different sizes, a rate small " +
    "enough for the largest input's weight is too slow for the smallest's. And a large " +
    "input makes layer_1 large, out on the sigmoid's flat end, where every gradient is " +
    "tiny (try --input 20,15). Lesson 11 standardises its inputs, each to mean 0 and " +
    "standard deviation 1, for both reasons.",
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

Deno.test("lesson 06 --input -2,1.5: w1's gradient is negative, and the lesson says w1 goes up", async () => {
  const io = await runLesson(main, ["--input", "-2,1.5"]);
  assert.equal(io.code, 0);
  const out = unwrap(io.out);
  // NumPy: 2 * s * s * (1 - s) * [-2, 1.5] at s = sigmoid(-3.89)
  assert.include(out, "  derror_dweights     = [-0.00157355  0.00118016]  (derror_dbias * input)");
  assert.include(
    out,
    "Each parameter moves against the sign of its gradient to lower the error; here " +
      "the gradients of the bias and w2 are positive, so they go down; the gradient of w1 " +
      "is negative, so it goes up.",
  );
  assert.notInclude(out.join("\n"), "all are positive");
});

Deno.test("lesson 06 --input 0,1.5: a zero input gives a zero gradient and a zero step", async () => {
  const out = unwrap((await runLesson(main, ["--input", "0,1.5"])).out).join("\n");
  assert.include(out, "the gradient of w1 is 0, so it stays.");
  assert.include(out, "here w1's step is 0, since its input is 0.");
});

Deno.test("the steps' ratio names the larger step first, and inputs equal in size w1 first", () => {
  assert.equal(stepRatio([1, 1]), "w1's 1 times w2's (|1 / 1|)");
  assert.equal(stepRatio([2, -2]), "w1's 1 times w2's (|2 / -2|)");
  assert.equal(stepRatio([2, 1.5]), "w1's 1.33 times w2's (|2 / 1.5|)");
  assert.equal(stepRatio([1.5, 3]), "w2's 2 times w1's (|3 / 1.5|)");
  assert.equal(stepRatio([0, 3]), "w1's step is 0, since its input is 0");
});

Deno.test("which way each parameter moves: all negative, and a 0 apart from both signs", () => {
  assert.equal(signs(-1, [-2, -3]), "all are negative, so the bias and both weights go up");
  assert.equal(
    signs(-1, [-2, 0]),
    "the gradients of the bias and w1 are negative, so they go up; the gradient of w2 is 0, " +
      "so it stays",
  );
  assert.equal(
    signs(1, [0, -1]),
    "the gradient of the bias is positive, so it goes down; the gradient of w2 is negative, " +
      "so it goes up; the gradient of w1 is 0, so it stays",
  );
});

Deno.test("lesson 06 --input is two numbers from -1000 to 1000", async () => {
  assert.equal((await runLesson(main, ["--input", "1000,-1000"])).code, 0);
  for (const value of ["1001,0", "0,-1000.5", "1,2,3"]) {
    const bad = await runLesson(main, ["--input", value]);
    assert.equal(bad.code, 2, value);
    assert.deepEqual(bad.err, [
      `Error: Invalid --input "${value}": expected 2 numbers from -1000 to 1000, separated by ` +
      "commas. Run with --help for usage.",
    ]);
  }
});

Deno.test("lesson 06's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("06", spec, await runLesson(main));
});
