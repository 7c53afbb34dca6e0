// The checks themselves: every solution passes, a blank reads "not started", and each typical
// mistake is named with what was expected and what the learner's code gave.

import { assert } from "chai";
import { makePrediction } from "../solutions/03_prediction.ts";
import { squaredError } from "../solutions/04_error.ts";
import { computeGradients } from "../solutions/06_gradients.ts";
import { updateParameters } from "../solutions/07_update.ts";
import { exercises, prerequisites } from "./catalog.ts";
import * as throwingDot from "./testdata/throws/01_dot.ts";
import * as waitingPrediction from "./testdata/waiting/03_prediction.ts";
import { blank, check, complaint, solutions } from "./_testing.ts";

Deno.test("every solution passes its exercise's check", async () => {
  for (const { number } of exercises) {
    const outcome = await check(number, solutions[number]);
    assert.equal(outcome.status, "done", `exercise ${number}: ${JSON.stringify(outcome)}`);
  }
});

Deno.test("a TODO still in place reads 'not started', not a stack trace", async () => {
  for (const { number } of exercises) {
    assert.deepEqual(await check(number, blank(number)), { status: "not started" });
  }
});

Deno.test("each exercise builds on the ones before it, in the tutorial's order", () => {
  assert.deepEqual(prerequisites(3), [1, 2]);
  assert.deepEqual(prerequisites(6), [1, 2, 5]);
  assert.deepEqual(prerequisites(8), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(prerequisites(9), [1, 2, 3, 5]);
});

// Typical mistakes, each with the message a learner reads.

Deno.test("01: a dot product of the first two elements only is caught on three", async () => {
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1];
  assert.deepEqual(await complaint(1, { dot }), [
    "dot([1, 2, 3], [4, 5, 6]) should be 32, yours gave 14",
  ]);
});

Deno.test("01: a function under another name is named", async () => {
  const dotProduct = (a: number[], b: number[]) => a[0] * b[0];
  assert.deepEqual(await complaint(1, { dotProduct }), [
    "exercises/01_dot.ts should export a function named dot, yours has none",
    "  (keep its first line as it was: export function dot(...)",
  ]);
});

Deno.test("02: a sigmoid that returns its input: sigmoid(0) should be 0.5, yours gave 0", async () => {
  assert.deepEqual(await complaint(2, { sigmoid: (x: number) => x }), [
    "sigmoid(0) should be 0.5, yours gave 0",
  ]);
});

Deno.test("02: a sigmoid without the minus sign misses the tutorial's 0.7985731", async () => {
  const sigmoid = (x: number) => 1 / (1 + Math.exp(x));
  assert.deepEqual(await complaint(2, { sigmoid }), [
    "sigmoid(1.3774) should be 0.7985731, yours gave 0.2014269",
  ]);
});

Deno.test("02: a sigmoid written as e^x / (1 + e^x) gives NaN far out", async () => {
  const sigmoid = (x: number) => Math.exp(x) / (1 + Math.exp(x));
  assert.deepEqual(await complaint(2, { sigmoid }), [
    "sigmoid(1000) should be 1, yours gave NaN",
  ]);
});

Deno.test("02: a function that forgets to return is told so", async () => {
  const sigmoid = (x: number) => {
    1 / (1 + Math.exp(-x));
  };
  assert.deepEqual(await complaint(2, { sigmoid }), [
    "sigmoid(0) should be a number, yours gave undefined (a missing return?)",
  ]);
});

Deno.test("03: a prediction without the bias is caught where the bias is not 0", async () => {
  const makePrediction = (input: number[], weights: number[]) =>
    1 / (1 + Math.exp(-(input[0] * weights[0] + input[1] * weights[1])));
  assert.deepEqual(await complaint(3, { makePrediction }), [
    "makePrediction([2, 1.5], [1.45, -0.66], 1)",
    "  should be 0.94833856, yours gave 0.87101915",
  ]);
});

Deno.test("04: an error that is not squared misses the tutorial's 0.75867436", async () => {
  const squaredError = (prediction: number, target: number) => prediction - target;
  assert.deepEqual(await complaint(4, { squaredError }), [
    "squaredError(0.87101915, 0) should be 0.75867436, yours gave 0.87101915",
  ]);
});

Deno.test("05: a derivative with the wrong sign misses the tutorial's 1.7420383", async () => {
  const errorDerivative = (prediction: number, target: number) => 2 * (target - prediction);
  assert.deepEqual(await complaint(5, { errorDerivative }), [
    "errorDerivative(0.87101915, 0) should be 1.7420383, yours gave -1.7420383",
  ]);
});

Deno.test("06: gradients that skip the sigmoid's slope miss the tutorial's 0.19570893", async () => {
  const computeGradients = (
    network: { weights: number[]; bias: number },
    input: number[],
    target: number,
  ) => {
    const layer1 = input[0] * network.weights[0] + input[1] * network.weights[1] + network.bias;
    const derror = 2 * (1 / (1 + Math.exp(-layer1)) - target);
    return { weights: input.map((x) => derror * x), bias: derror };
  };
  assert.deepEqual(await complaint(6, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).bias",
    "  should be 0.19570893, yours gave 1.7420383",
  ]);
});

type Network = { weights: number[]; bias: number };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const layer1 = (network: Network, input: number[]) =>
  input.reduce((sum, x, i) => sum + x * network.weights[i], network.bias);

Deno.test("06: weight gradients taken from the weights, not the input, are caught", async () => {
  const computeGradients = (network: Network, input: number[], target: number) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * (s - target) * s * (1 - s);
    return { weights: network.weights.map((w) => delta * w), bias: delta };
  };
  assert.deepEqual(await complaint(6, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).weights",
    "  should be [0.39141786 0.29356339], yours gave [ 0.28377795 -0.12916789]",
  ]);
});

Deno.test("06: gradients right for target 0 only are caught by finite differences", async () => {
  // 2 * prediction is the derivative for target 0 only: the tutorial's numbers pass.
  const computeGradients = (network: Network, input: number[]) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * s * s * (1 - s);
    return { weights: input.map((x) => delta * x), bias: delta };
  };
  assert.deepEqual(await complaint(6, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1], 1).bias",
    "  should be -0.01673344 (by finite differences), yours gave 0.15718278",
  ]);
});

Deno.test("07: an update that adds the gradient is caught on lesson 05's step", async () => {
  const updateParameters = (network: Network, gradients: Network, rate: number) => ({
    weights: network.weights.map((w, i) => w + gradients.weights[i] * rate),
    bias: network.bias + gradients.bias * rate,
  });
  assert.deepEqual(await complaint(7, { updateParameters }), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [1.7420383, 1.7420383], bias: 0 }, 1).weights",
    "  should be [-0.2920383 -2.4020383], yours gave [3.1920383 1.0820383]",
  ]);
});

Deno.test("07: an update that ignores the learning rate is caught on lesson 07's step", async () => {
  const updateParameters = (network: Network, gradients: Network) => ({
    weights: network.weights.map((w, i) => w - gradients.weights[i]),
    bias: network.bias - gradients.bias,
  });
  assert.deepEqual(await complaint(7, { updateParameters }), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
    "  should be -0.01957089, yours gave -0.19570893",
  ]);
});

// Exercise 08 with the solutions' building blocks and one planted mistake at a time.

const cumulativeError = (network: Network, inputs: number[][], targets: number[]) =>
  inputs.reduce(
    (sum, x, j) => sum + squaredError(makePrediction(x, network.weights, network.bias), targets[j]),
    0,
  );

/** A training loop with a mistake: `before` records before the update, `at` at another step. */
function trainWith(mistake: { before?: boolean; at?: number; draws?: number; errorsOnly?: true }) {
  return (
    network: Network,
    inputs: number[][],
    targets: number[],
    iterations: number,
    learningRate: number,
    random: () => number,
  ) => {
    const errors: number[] = [];
    for (let iteration = 0; iteration < iterations; iteration++) {
      let pick = 0;
      for (let d = 0; d < (mistake.draws ?? 1); d++) pick = random();
      const i = Math.floor(pick * inputs.length);
      if (mistake.before && iteration % 100 === 0) {
        errors.push(cumulativeError(network, inputs, targets));
      }
      const gradients = computeGradients(network, inputs[i], targets[i]);
      network = updateParameters(network, gradients, learningRate);
      if (!mistake.before && iteration % 100 === (mistake.at ?? 0)) {
        errors.push(cumulativeError(network, inputs, targets));
      }
    }
    return mistake.errorsOnly ? errors : { network, cumulativeErrors: errors };
  };
}

const where = "  where inputs and targets: the eight points of data/tutorial.csv";

Deno.test("08: the cumulative error recorded before the update is caught", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ before: true }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors[0]",
    "  should be 3.39919641 (as lib's loop gives), yours gave 3.41160717",
    where,
  ]);
});

Deno.test("08: recording at iterations 99, 199, ... instead of 0, 100, ... is caught", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ at: 99 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors",
    "  should have 1 value (iteration 0), yours gave []",
    where,
  ]);
});

Deno.test("08: two random draws per iteration are counted", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ draws: 2 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should call random() once per iteration, so once, yours gave 2 calls",
    where,
  ]);
});

Deno.test("08: returning the errors alone is told the shape to return", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ errorsOnly: true }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should return { network, cumulativeErrors }, yours gave [3.39919641]",
    where,
  ]);
});

Deno.test("08: once it passes, the tutorial's network trains with the learner's code, as in lesson 08", async () => {
  const outcome = await check(8, solutions[8]);
  assert.equal(outcome.status, "done");
  const showcase = (outcome as { showcase: string[] }).showcase;
  const text = showcase.join(" ");
  // Lesson 08's printed numbers (seed 42): first, lowest and last cumulative error.
  assert.include(text, "weights [ 1.50243675 -0.76077415] and bias 2.88733163");
  assert.include(text, "first 3.94362869, lowest 1.8872334 (iteration 9600), last 1.8944097");
  assert.include(text, "4/8 samples classified correctly");
  assert.isAtLeast(showcase.filter((line) => line.includes("┤")).length, 5, "a chart");
  for (const line of showcase) assert.isAtMost(line.length + 2, 80, line);
});

// Exercise 09.

type HiddenLayerNetwork = { hidden: Network[]; output: Network };

/** A backward pass with a mistake: no output weight on the way back, or two units only. */
function backpropagateWith(mistake: { outputWeight?: false; units?: number }) {
  return (network: HiddenLayerNetwork, input: number[], target: number) => {
    const hidden = network.hidden.map((unit) => makePrediction(input, unit.weights, unit.bias));
    const p = makePrediction(hidden, network.output.weights, network.output.bias);
    const delta = 2 * (p - target) * p * (1 - p);
    const units = hidden.slice(0, mistake.units ?? hidden.length);
    return {
      output: { weights: units.map((h) => delta * h), bias: delta },
      hidden: units.map((h, j) => {
        const weight = mistake.outputWeight === false ? 1 : network.output.weights[j];
        const deltaJ = delta * weight * h * (1 - h);
        return { weights: input.map((x) => deltaJ * x), bias: deltaJ };
      }),
    };
  };
}

Deno.test("09: a hidden unit's gradient that skips its output weight is caught", async () => {
  const backpropagate = backpropagateWith({ outputWeight: false });
  assert.deepEqual(await complaint(9, { backpropagate }), [
    "backpropagate(network, [2, 1.5], 0).hidden[0].bias",
    "  should be 0.06652196, yours gave 0.03326098",
    "  where network.hidden[0] = { weights: [1.45, -0.66], bias: 0 }",
    "        network.hidden[1] = { weights: [-1, 1], bias: 0.5 }",
    "        network.output    = { weights: [2, -1], bias: -0.5 }",
  ]);
});

Deno.test("09: code written for two hidden units only is caught on three", async () => {
  const backpropagate = backpropagateWith({ units: 2 });
  assert.deepEqual(await complaint(9, { backpropagate }), [
    "backpropagate(network, [0, 0], 0).output.weights",
    "  should have 3 weights, yours gave [0.17472973 0.15942336]",
    "  where network.hidden[0] = { weights: [-0.33, -0.487], bias: 0.557 }",
    "        network.hidden[1] = { weights: [-0.369, -0.023], bias: 0.323 }",
    "        network.hidden[2] = { weights: [0.198, 0.175], bias: 0.129 }",
    "        network.output    = { weights: [-1.224, -0.36, 0.627], bias: 1.836 }",
  ]);
});

Deno.test("09: once it passes, the learner's backward pass learns XOR as in lesson 10", async () => {
  const outcome = await check(9, solutions[9]);
  const text = (outcome as { showcase: string[] }).showcase.join("\n");
  // Lesson 10's printed predictions (seed 42, 4 hidden units).
  assert.include(text, "[0, 0] -> 0.01168246 class 0, target 0: correct");
  assert.include(text, "[1, 1] -> 0.00924109 class 0, target 0: correct");
  assert.include(text, "XOR accuracy: 4/4");
});

// Code that throws, code that waits for an earlier exercise, code that is async.

Deno.test("code that throws is named with the call, the error and the line it came from", async () => {
  assert.deepEqual(await complaint(1, throwingDot), [
    "dot([1.72, 1.23], [1.26, 0]) threw RangeError: Maximum call stack size",
    "    exceeded",
    "  at exercises/_checker/testdata/throws/01_dot.ts:6:30",
  ]);
});

Deno.test("a finished exercise whose code reaches an earlier exercise's TODO waits for it", async () => {
  assert.deepEqual(await check(3, waitingPrediction), { status: "waiting", on: 2 });
});

Deno.test("an async function is told it should not be", async () => {
  assert.deepEqual(await complaint(2, { sigmoid: (x: number) => Promise.resolve(x) }), [
    "sigmoid(0)",
    "  should be a number, yours gave a Promise (the function should not be async)",
  ]);
});
