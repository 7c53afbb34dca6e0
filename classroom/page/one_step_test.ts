// "See one step" without a page: each link of lesson 06's chain rule with the lib's numbers
// filled in, in the order the chain runs, and which recorded iteration is shown.

import { assert } from "chai";
import { aboutStep, keptIndex, stepRows } from "./one_step.ts";
import type { Step } from "./recording.ts";

const step: Step = {
  iteration: 3,
  index: 1,
  input: [1.5, 0.5],
  target: 1,
  weights: [2, -1],
  bias: 0.25,
  links: {
    layer1: 2.75,
    prediction: 0.9,
    derrorDprediction: -0.2,
    dpredictionDlayer1: 0.09,
    dlayer1Dbias: 1,
    dlayer1Dweights: [1.5, 0.5],
    derrorDbias: -0.018,
    derrorDweights: [-0.027, -0.009],
  },
  learningRate: 0.1,
  after: { weights: [2.0027, -0.9991], bias: 0.2518 },
};

Deno.test("the chain's links in order, each formula with the step's own numbers", () => {
  const rows = stepRows(step);
  assert.deepEqual(rows.map((r) => [r.name, r.filled, r.value]), [
    ["layer_1", "dot([1.5 0.5], [ 2. -1.]) + 0.25", "2.75"],
    ["prediction", "sigmoid(2.75)", "0.9"],
    ["derror_dprediction", "2 * (0.9 - 1)", "-0.2"],
    ["dprediction_dlayer1", "sigmoid_deriv(2.75)", "0.09"],
    ["dlayer1_dbias", "1", "1."],
    ["dlayer1_dweights", "[1.5 0.5]", "[1.5 0.5]"],
    ["derror_dbias", "-0.2 * 0.09 * 1", "-0.018"],
    ["derror_dweights", "-0.2 * 0.09 * [1.5 0.5]", "[-0.027 -0.009]"],
    ["new bias", "0.25 - -0.018 * 0.1", "0.2518"],
    ["new weights", "[ 2. -1.] - [-0.027 -0.009] * 0.1", "[ 2.0027 -0.9991]"],
  ]);
  assert.strictEqual(rows[0].formula, "dot(input, weights) + bias");
  assert.strictEqual(rows[8].formula, "bias - derror_dbias * learning_rate");
  assert.strictEqual(rows[9].formula, "weights - derror_dweights * learning_rate");
});

Deno.test("a step whose update diverged shows the chain without the new parameters", () => {
  const rows = stepRows({ ...step, after: undefined });
  assert.lengthOf(rows, 8);
  assert.strictEqual(rows.at(-1)!.name, "derror_dweights");
});

Deno.test("the line above the chain names the iteration, its sample and the parameters before", () => {
  assert.strictEqual(
    aboutStep(step),
    "Iteration 3 picked sample 1: input [1.5 0.5], target 1; weights [ 2. -1.], bias 0.25 " +
      "before its update.",
  );
});

Deno.test("the panel shows the nearest recorded iteration: from the first to the last", () => {
  assert.strictEqual(keptIndex(0, 100), 0);
  assert.strictEqual(keptIndex(-1, 100), 0);
  assert.strictEqual(keptIndex(5, 100), 5);
  assert.strictEqual(keptIndex(99, 100), 99);
  assert.strictEqual(keptIndex(100, 100), 99);
  assert.strictEqual(keptIndex(3, 1), 0);
});
