import { assert } from "chai";
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { makePrediction } from "../lib/make_prediction.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { DEFAULT_SEED } from "../lib/random/seed.ts";
import { squaredError } from "../lib/squared_error.ts";
import {
  checkSample,
  gradientsAgree,
  main,
  sampleError,
  spec,
  TOLERANCE,
} from "./09_gradient_check.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

const { inputs, targets } = parseDataset(tutorialCsv);

Deno.test("the chain rule's gradients match finite differences below 1e-7 at the tutorial's weights", () => {
  for (const [i, input] of inputs.entries()) {
    assert.isBelow(checkSample(input, targets[i], [1.45, -0.66], 0).worst, TOLERANCE);
  }
});

Deno.test("the chain rule's gradients match finite differences below 1e-7 at seeded random weights", () => {
  const drawn = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(DEFAULT_SEED) });
  for (const [i, input] of inputs.entries()) {
    assert.isBelow(checkSample(input, targets[i], drawn.weights, drawn.bias).worst, TOLERANCE);
  }
});

Deno.test("the check catches a backpropagation bug: a gradient missing its factor 2 fails", () => {
  const { analytic, numerical } = checkSample([3, 1.5], 0, [1.45, -0.66], 0);
  const buggy = analytic.map((g) => g / 2);
  assert.isAbove(Math.abs(buggy[0] - numerical[0]) / Math.abs(numerical[0]), 0.4);
});

Deno.test("the digit-keeping error equals (prediction - target)^2 for both targets", () => {
  for (const target of [0, 1]) {
    for (const [bias, w1, w2] of [[0, 1.45, -0.66], [2.9, 1.5, -0.76]]) {
      const direct = squaredError(makePrediction([3, 1.5], [w1, w2], bias), target);
      assert.closeTo(sampleError([3, 1.5], target)([bias, w1, w2]), direct, 1e-15);
    }
  }
});

Deno.test("lesson 09 prints one sample in full, every sample's gradient and relative error, and a largest error below 1e-7", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  // The random weights are NumPy's: np.random.seed(42), then the tutorial's three randn() draws.
  // The gradients at the tutorial's weights were checked with NumPy:
  // g = 2 * (p - t) * p * (1 - p), printed as np.array([g, *(g * x)]).
  assert.deepEqual(unwrap(io.out), [
    "Sample [3, 1.5], target 0, at the tutorial's weights:",
    "  [bias, w1, w2] by the chain rule:        [0.06270653 0.1881196  0.0940598 ]",
    "  by central differences, h = 1e-5:        [0.06270653 0.1881196  0.0940598 ]",
    "  relative error |a - n| / max(|a|, |n|):  2.2e-10",
    "",
    "At the tutorial's weights [ 1.45 -0.66], bias [0.]:",
    "  sample     target  rel. err  chain rule's gradient [bias, w1, w2]",
    "  [3, 1.5]   0       2.2e-10   [0.06270653 0.1881196  0.0940598 ]",
    "  [2, 1]     1       1.8e-10   [-0.01673344 -0.03346689 -0.01673344]",
    "  [4, 1.5]   0       4.3e-10   [0.0159038  0.06361519 0.0238557 ]",
    "  [3, 4]     1       5.2e-10   [-0.03973207 -0.11919622 -0.1589283 ]",
    "  [3.5, 0.5] 0       2.8e-10   [0.01694428 0.05930496 0.00847214]",
    "  [2, 0.5]   1       2.1e-10   [-0.00939012 -0.01878024 -0.00469506]",
    "  [5.5, 1]   1       2.0e-9    [-8.83964795e-07 -4.86180637e-06 -8.83964795e-07]",
    "  [1, 1]     0       1.1e-11   [0.29538145 0.29538145 0.29538145]",
    "",
    "At random weights (seed 42) [ 0.49671415 -0.1382643 ], bias [0.64768854]:",
    "  sample     target  rel. err  chain rule's gradient [bias, w1, w2]",
    "  [3, 1.5]   0       4.9e-11   [0.19325894 0.57977682 0.28988841]",
    "  [2, 1]     1       1.1e-10   [-0.05419111 -0.10838222 -0.05419111]",
    "  [4, 1.5]   0       9.5e-11   [0.13699381 0.54797523 0.20549071]",
    "  [3, 4]     1       4.8e-10   [-0.04803504 -0.14410512 -0.19214015]",
    "  [3.5, 0.5] 0       1.1e-10   [0.148686   0.52040102 0.074343  ]",
    "  [2, 0.5]   1       1.2e-10   [-0.04895723 -0.09791447 -0.02447862]",
    "  [5.5, 1]   1       1.7e-9    [-0.00272673 -0.01499699 -0.00272673]",
    "  [1, 1]     0       5.0e-12   [0.28712582 0.28712582 0.28712582]",
    "",
    "Largest relative error: 2.0e-9, below 1e-7:",
    "the chain rule's gradients are right.",
    "",
    "Why central differences: (error(p + h) - error(p - h)) / 2h is off by about h^2,",
    "the one-sided (error(p + h) - error(p)) / h by about h. h = 1e-5 balances that",
    "error against rounding, which grows as h shrinks. The relative error compares",
    "the two gradients whatever their size.",
    "",
    "At the random weights, the most wrong sample is",
    "  [4, 1.5] (target 0, predicted 0.919): bias gradient 0.14, while",
    "  [1, 1] (target 0, predicted 0.732): bias gradient 0.29.",
    // Cross-entropy's bias gradient, prediction - target: 0.919 - 0 and 0.732 - 0.
    "The sigmoid's flat end shrinks the gradient of whatever it is most sure about, right " +
    "or wrong: with the squared error, the neuron can learn least from the samples it gets " +
    "most wrong. That is a learning slowdown of one neuron under the squared error, not the " +
    "vanishing gradients of deep networks (a gradient shrinking layer by layer on its way " +
    "back). The cross-entropy (lesson 04) cures it: its bias gradient is prediction - " +
    "target, the sigmoid's slope cancelled out, here 0.92 for [4, 1.5] and 0.73 for [1, 1]: " +
    "the most wrong sample gets the largest (lesson 16, --loss cross-entropy).",
    "",
    "Why practitioners do this: a backpropagation bug rarely crashes. A wrong sign",
    "or a missing factor still gives numbers, and training still runs, only worse.",
    "Finite differences on a few samples catch such bugs at once; too slow to train",
    "with (two error evaluations per parameter), they are used to test.",
    "",
    "Try this:",
    "  deno run lessons/09_gradient_check.ts --seed 35",
    "    Another random start: will the chain rule and finite differences still agree on every sample?",
    "Your turn: write the numerical gradient in exercises/05_numerical_gradient.ts, then run",
    "  deno task exercise 05",
  ]);
});

Deno.test("lesson 09 takes --seed and refuses a bad one", async () => {
  const io = await runLesson(main, ["--seed", "7"]);
  assert.equal(io.code, 0);
  assert.match(io.out.find((line) => line.startsWith("At random weights"))!, /\(seed 7\)/);
  const bad = await runLesson(main, ["--seed", "x"]);
  assert.equal(bad.code, 2);
  assert.deepEqual(bad.err, [
    'Error: Invalid --seed "x": expected a whole number from 0 to 4294967295. ' +
    "Run with --help for usage.",
  ]);
});

Deno.test("the gradients agree only below the tolerance: 1e-7 itself does not", () => {
  assert.isTrue(gradientsAgree(TOLERANCE * (1 - 1e-9)));
  assert.isFalse(gradientsAgree(TOLERANCE));
  assert.isFalse(gradientsAgree(TOLERANCE * (1 + 1e-9)));
});

Deno.test("lesson 09 --seed 35: a sample too deep in the flat end for finite differences is explained, not called a bug", async () => {
  const io = await runLesson(main, ["--seed", "35"]);
  assert.equal(io.code, 0);
  const out = unwrap(io.out);
  const at = out.indexOf("Largest relative error: 4.2e-7, above 1e-7.");
  assert.deepEqual(out.slice(at, at + 6), [
    "Largest relative error: 4.2e-7, above 1e-7.",
    "Either a gradient is wrong, or a sample sits so deep on the wrong side of the",
    "sigmoid that its error is almost exactly 1 and its slope tiny: finite",
    "differences cannot resolve such a slope. Look at the sample with the largest",
    "error.",
    "",
  ]);
  assert.notInclude(out, "the chain rule's gradients are right.");
  // Both samples have target 1: the cross-entropy's bias gradient is |prediction - 1|.
  const wrong = out.indexOf("At the random weights, the most wrong sample is");
  assert.deepEqual(out.slice(wrong + 1, wrong + 3), [
    "  [5.5, 1] (target 1, predicted 0.000): bias gradient 0.000019, while",
    "  [2, 0.5] (target 1, predicted 0.009): bias gradient 0.017.",
  ]);
  assert.include(out[wrong + 3], "here 1.0 for [5.5, 1] and 0.99 for [2, 0.5]: the most wrong");
});

Deno.test("lesson 09 --seed 4: when the most wrong sample also gets the largest gradient, nothing is said of it", async () => {
  const io = await runLesson(main, ["--seed", "4"]);
  assert.equal(io.code, 0);
  assert.include(io.out, "the chain rule's gradients are right.");
  assert.notInclude(io.out.join("\n"), "most wrong");
});

Deno.test("lesson 09's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("09", spec, await runLesson(main));
});
