// Every check of an exercise is there for a mistake: for each check that no other test reaches
// first, a wrong solution that passes every check before it and is stopped by this one. Take a
// check out and its test here fails: the next check, or none, answers instead
// (deno task mutants --checks takes out each in turn).

import { assert } from "chai";
import { complaint, mistaken, solutions } from "./_testing.ts";
import { Value } from "../solutions/11_autograd.ts";
import type { Network } from "./planted.ts";

type HiddenGradients = { hidden: Network[]; output: Network };

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const dot = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i], 0);

Deno.test("01: a dot of the first pair only is caught at the tutorial's second dot", async () => {
  const firstPair = (a: number[], b: number[]) => a[0] * b[0];
  assert.deepEqual(await complaint(1, mistaken(1, { dot: firstPair })), [
    "dot([1.72, 1.23], [2.17, 0.32]) should be 4.126, yours gave 3.7324",
  ]);
});

Deno.test("01: a dot written out for two numbers is caught at [3] . [4]", async () => {
  const twoOrMore = (a: number[], b: number[]) => {
    let sum = a[0] * b[0] + a[1] * b[1];
    for (let i = 2; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  };
  assert.deepEqual(await complaint(1, mistaken(1, { dot: twoOrMore })), [
    "dot([3], [4]) should be 12, yours gave NaN",
    "  A NaN from a sum of products: does the loop read past the end of an array?",
  ]);
});

Deno.test("01: a prediction without the sigmoid is caught at the first prediction", async () => {
  const layer1Only = (input: number[], weights: number[], bias: number) =>
    dot(input, weights) + bias;
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction: layer1Only })), [
    "makePrediction([1.66, 1.56], [1.45, -0.66], 0)",
    "  should be 0.7985731, yours gave 1.3774",
  ]);
});

Deno.test("01: a prediction of the tutorial's input_vector, not its own, is caught at the second", async () => {
  const inputVector = [1.66, 1.56];
  const ofInputVector = (_input: number[], weights: number[], bias: number) =>
    sigmoid(dot(inputVector, weights) + bias);
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction: ofInputVector })), [
    "makePrediction([2, 1.5], [1.45, -0.66], 0)",
    "  should be 0.87101915, yours gave 0.7985731",
  ]);
});

Deno.test("01: a ReLU before the sigmoid is caught at the bias -3, where layer 1 is below 0", async () => {
  const reluFirst = (input: number[], weights: number[], bias: number) =>
    sigmoid(Math.max(0, dot(input, weights) + bias));
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction: reluFirst })), [
    "makePrediction([2, 1.5], [1.45, -0.66], -3)",
    "  should be 0.25161828, yours gave 0.5",
  ]);
});

Deno.test("01: a prediction written for two inputs is caught at three", async () => {
  const twoInputs = (input: number[], weights: number[], bias: number) =>
    sigmoid(input[0] * weights[0] + input[1] * weights[1] + bias);
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction: twoInputs })), [
    "makePrediction([1, 2, 3], [0.1, 0.2, 0.3], -1)",
    "  should be 0.59868766, yours gave 0.37754067",
  ]);
});

Deno.test("02: an error that forgets the target is caught below a target of 1", async () => {
  const squaredError = (prediction: number, _target: number) => prediction ** 2;
  assert.deepEqual(await complaint(2, mistaken(2, { squaredError })), [
    "squaredError(0.2, 1) should be 0.64, yours gave 0.04",
  ]);
});

Deno.test("02: an error kept above 0 is caught on the target, where it is 0", async () => {
  const squaredError = (prediction: number, target: number) =>
    Math.max((prediction - target) ** 2, 1e-12);
  assert.deepEqual(await complaint(2, mistaken(2, { squaredError })), [
    "squaredError(1, 1) should be 0, yours gave 1e-12",
  ]);
});

Deno.test("02: a derivative that forgets the target is caught below a target of 1", async () => {
  const errorDerivative = (prediction: number, _target: number) => 2 * prediction;
  assert.deepEqual(await complaint(2, mistaken(2, { errorDerivative })), [
    "errorDerivative(0.2, 1) should be -1.6, yours gave 0.4",
  ]);
});

Deno.test("03: gradients of the tutorial's network, not the one given, are caught after the update", async () => {
  const right = solutions[3].computeGradients as (n: Network, i: number[], t: number) => Network;
  const tutorials = { weights: [1.45, -0.66], bias: 0 };
  const computeGradients = (_network: Network, input: number[], target: number) =>
    right(tutorials, input, target);
  assert.deepEqual(await complaint(3, mistaken(3, { computeGradients })), [
    "computeGradients({ weights: [-0.2920383, -2.4020383], bias: 0 }, [2, 1.5],",
    "    0).bias",
    "  should be 0.00044105, yours gave 0.19570893",
  ]);
});

Deno.test("04: a step that always uses the tutorial's 0.1 is caught at lesson 05's rate 1", async () => {
  const updateParameters = (network: Network, gradients: Network) => ({
    weights: network.weights.map((w, i) => w - gradients.weights[i] * 0.1),
    bias: network.bias - gradients.bias * 0.1,
  });
  assert.deepEqual(await complaint(4, mistaken(4, { updateParameters })), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [1.7420383, 1.7420383], bias: 0 }, 1).weights",
    "  should be [-0.2920383 -2.4020383], yours gave [ 1.27579617 -0.83420383]",
  ]);
});

Deno.test("04: a step by each gradient's size, always down, is caught where a gradient is below 0", async () => {
  const updateParameters = (network: Network, gradients: Network, rate: number) => ({
    weights: network.weights.map((w, i) => w - Math.abs(gradients.weights[i]) * rate),
    bias: network.bias - Math.abs(gradients.bias) * rate,
  });
  assert.deepEqual(await complaint(4, mistaken(4, { updateParameters })), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { bias:",
    "    -0.01673344355896236, weights:",
    "    [-0.03346688711792472, -0.01673344355896236] }, 0.01) for [2, 1]",
    "  should lower its error from 0.00925743, yours gave an error of 0.00927425",
  ]);
});

Deno.test("05: nudges undone by arithmetic (+= h, -= 2h, += h) are caught leaving p changed", async () => {
  const numericalGradient = (f: (p: number[]) => number, p: number[], h = 1e-5) =>
    p.map((_, i) => {
      p[i] += h;
      const up = f(p);
      p[i] -= 2 * h;
      const down = f(p);
      p[i] += h;
      return (up - down) / (2 * h);
    });
  assert.deepEqual(await complaint(5, mistaken(5, { numericalGradient })), [
    "numericalGradient(f, p, 0.1)",
    "  should leave p as [1, 2], yours gave [1.0000000000000002, 2]",
  ]);
});

Deno.test("08: a pick that never reaches the last sample is caught over 250 picks", async () => {
  const right = solutions[8].train as (...args: unknown[]) => unknown;
  // The solution's loop with its pick Math.floor(random() * (inputs.length - 1)): never the last.
  const neverLast = (
    network: Network,
    inputs: number[][],
    targets: number[],
    iterations: number,
    learningRate: number,
    random: () => number,
  ) => {
    const short = () => random() * (inputs.length - 1) / inputs.length;
    return right(network, inputs, targets, iterations, learningRate, short);
  };
  assert.deepEqual(await complaint(8, mistaken(8, { train: neverLast })), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 250, 0.05,",
    "    random).cumulativeErrors[0]",
    "  should be 3.39701498 (as the tutorial's loop gives), yours gave 3.4116073",
    "  where inputs and targets: the eight points of data/tutorial.csv",
  ]);
});

Deno.test("09: a hidden weight's gradient without its input is caught at hidden[0].weights", async () => {
  const right = solutions[9].backpropagate as (...args: unknown[]) => HiddenGradients;
  const withoutInput = (network: unknown, input: number[], target: number) => {
    const gradients = right(network, input, target);
    const hidden = gradients.hidden.map(({ bias }) => ({ weights: input.map(() => bias), bias }));
    return { ...gradients, hidden };
  };
  assert.deepEqual(await complaint(9, mistaken(9, { backpropagate: withoutInput })), [
    "backpropagate(network, [2, 1.5], 0).hidden[0].weights",
    "  should be [0.13304392 0.09978294], yours gave [0.06652196 0.06652196]",
    "  where network.hidden[0] = { weights: [1.45, -0.66], bias: 0 }",
    "        network.hidden[1] = { weights: [-1, 1], bias: 0.5 }",
    "        network.output    = { weights: [2, -1], bias: -0.5 }",
  ]);
});

Deno.test("10: a softmax that drops an overflowing Infinity is caught at [1000, 0]", async () => {
  const softmax = (sums: number[]) => {
    const exps = sums.map(Math.exp).map((e) => Number.isFinite(e) ? e : 0);
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  };
  assert.deepEqual(await complaint(10, mistaken(10, { softmax })), [
    "softmax([1000, 0]) should be [1. 0.], yours gave [0. 1.]",
  ]);
});

Deno.test("11: a file without its class Value is told to export it", async () => {
  assert.deepEqual(await complaint(11, mistaken(11, { Value: undefined })), [
    "exercises/11_autograd.ts should export a class named Value",
  ]);
});

Deno.test("11: a mul whose step gives each side its own data is caught at w1's gradient", async () => {
  // The solution's Value with one slip: mul's step multiplies by this side's data, not the other's.
  class OwnData extends Value {
    override add(other: Value): Value {
      const out = new OwnData(this.data + other.data, [this, other]);
      out.backStep = () => (this.grad += out.grad, other.grad += out.grad);
      return out;
    }
    override mul(other: Value): Value {
      const out = new OwnData(this.data * other.data, [this, other]);
      out.backStep = () => (this.grad += this.data * out.grad, other.grad += other.data * out.grad);
      return out;
    }
    override sigmoid(): Value {
      const out = new OwnData(sigmoid(this.data), [this]);
      out.backStep = () => this.grad += out.data * (1 - out.data) * out.grad;
      return out;
    }
  }
  assert.deepEqual(await complaint(11, mistaken(11, { Value: OwnData })), [
    "w1.grad should be 0.39141786 (by finite differences), yours gave 0.28377795",
    "  after e.backward(), where e = (sigmoid(w1 * 2 + w2 * 1.5 + b) - 0)^2,",
    "      the tutorial's neuron,",
    "  at w1 = 1.45, w2 = -0.66, b = 0",
  ]);
});

Deno.test("12: a split that takes each class's first samples, not random ones, is caught", async () => {
  const stratifiedSplit = (targets: number[], share: number, _random: () => number) => {
    const split = { validation: [] as number[], training: [] as number[] };
    for (const label of new Set(targets)) {
      const indexes = targets.flatMap((t, i) => t === label ? [i] : []);
      const count = Math.round(share * indexes.length);
      split.validation.push(...indexes.slice(0, count));
      split.training.push(...indexes.slice(count));
    }
    return split;
  };
  assert.deepEqual(await complaint(12, mistaken(12, { stratifiedSplit })), [
    "stratifiedSplit(targets, 0.25, random) gave the same split for two seeds:",
    "  the samples should be picked with random()",
  ]);
});

const accuracy = solutions[13].accuracy as (p: number[], t: number[], threshold: number) => number;
/** The thresholds 0, 0.01, ... of a grid of `length`, nearest 0.5 first, the lower on a tie. */
const byNearness = (length: number, onTie: (a: number, b: number) => number) =>
  Array.from({ length }, (_, k) => k / 100)
    .sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5) || onTie(a, b));
/** The first threshold of `grid` with the best accuracy. */
const firstBest = (grid: number[]) => (predictions: number[], targets: number[]) =>
  grid.reduce((best, t) =>
    accuracy(predictions, targets, t) > accuracy(predictions, targets, best) ? t : best
  );

Deno.test("13: a chooseThreshold that keeps 0.5 is caught on a network biased low", async () => {
  assert.deepEqual(await complaint(13, mistaken(13, { chooseThreshold: () => 0.5 })), [
    "chooseThreshold(predictions, [0, 0, 0, 1, 1, 1, 1, 0])",
    "  should be 0.31, yours gave 0.5",
    "  where predictions = [0.1, 0.2, 0.25, 0.31, 0.35, 0.42, 0.44, 0.15]",
  ]);
});

Deno.test("13: a chooseThreshold that keeps the last best from 0 up is caught at 0.5", async () => {
  const grid = Array.from({ length: 101 }, (_, k) => k / 100);
  const lastBest = (predictions: number[], targets: number[]) =>
    grid.reduce((best, t) =>
      accuracy(predictions, targets, t) >= accuracy(predictions, targets, best) ? t : best
    );
  assert.deepEqual(await complaint(13, mistaken(13, { chooseThreshold: lastBest })), [
    "chooseThreshold([0.2, 0.8, 0.1, 0.9], [0, 1, 0, 1])",
    "  should be 0.5, yours gave 0.8",
  ]);
});

Deno.test("13: a chooseThreshold over 51 thresholds, 0 to 0.5, is caught where 0.61 is best", async () => {
  const toHalf = firstBest(byNearness(51, (a, b) => a - b));
  assert.deepEqual(await complaint(13, mistaken(13, { chooseThreshold: toHalf })), [
    "chooseThreshold([0.6, 0.7, 0.3, 0.9], [0, 1, 0, 1])",
    "  should be 0.61, yours gave 0.5",
  ]);
});

Deno.test("13: a chooseThreshold that keeps the higher of two equally near 0.5 is caught", async () => {
  const higherOnTie = firstBest(byNearness(101, (a, b) => b - a));
  assert.deepEqual(await complaint(13, mistaken(13, { chooseThreshold: higherOnTie })), [
    "chooseThreshold([0.4, 0.6, 0.59, 0.39], [1, 1, 0, 0])",
    "  should be 0.4, yours gave 0.6",
  ]);
});
