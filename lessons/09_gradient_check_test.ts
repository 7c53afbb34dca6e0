import { assert } from "chai";
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { makePrediction } from "../lib/make_prediction.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { DEFAULT_SEED, seededRandom } from "../lib/random/seeded_random.ts";
import { squaredError } from "../lib/squared_error.ts";
import { checkSample, main, sampleError, TOLERANCE } from "./09_gradient_check.ts";
import { runLesson } from "./_testing.ts";

const { inputs, targets } = parseDataset(tutorialCsv);

Deno.test("the chain rule's gradients match finite differences below 1e-7 at the tutorial's weights", () => {
  for (const [i, input] of inputs.entries()) {
    assert.isBelow(checkSample(input, targets[i], [1.45, -0.66], 0).worst, TOLERANCE);
  }
});

Deno.test("the chain rule's gradients match finite differences below 1e-7 at seeded random weights", () => {
  const drawn = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(DEFAULT_SEED) });
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

Deno.test("lesson 09 prints every pair and a largest relative error below 1e-7", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.equal(io.out[0], "At the tutorial's weights [ 1.45 -0.66], bias [0.]:");
  assert.include(io.out, "  [3, 1.5]      0       [0.06270653 0.1881196  0.0940598 ]");
  const pairs = io.out.filter((line) => line.includes("]  relative error"));
  assert.lengthOf(pairs, 16, "8 samples at 2 settings");
  const summary = io.out.find((line) => line.startsWith("Largest relative error"))!;
  const largest = Number(/error: (\S+),/.exec(summary)![1]);
  assert.isBelow(largest, 1e-7);
  assert.match(summary, /below 1e-7: the chain rule's gradients are right\.$/);
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
