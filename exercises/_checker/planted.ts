// The mistakes the checks know, planted: for each one, a learner's module that makes it (a
// solution with one function written wrong). main_test.ts shows the message each one gets;
// a page that runs the same checks can give it the same modules and compare.

import type { Module } from "./exercise.ts";
import { solutions } from "./solutions.ts";

export type Network = { weights: number[]; bias: number };

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
export const layer1 = (network: Network, input: number[]) =>
  input.reduce((sum, x, i) => sum + x * network.weights[i], network.bias);
const makePrediction = (input: number[], weights: number[], bias: number) =>
  sigmoid(layer1({ weights, bias }, input));
const computeGradients = solutions[3].computeGradients as (
  network: Network,
  input: number[],
  target: number,
) => Network;
const updateParameters = solutions[4].updateParameters as (
  network: Network,
  gradients: Network,
  rate: number,
) => Network;

const cumulativeError = (network: Network, inputs: number[][], targets: number[]) =>
  inputs.reduce(
    (sum, x, j) => sum + (makePrediction(x, network.weights, network.bias) - targets[j]) ** 2,
    0,
  );

/**
 * A training loop with a mistake: `before` records before the update, `at` at another step,
 * `cycled` takes the samples in turn (drawing `draws` times anyway), `errorsOnly` returns the
 * curve alone.
 */
export function trainWith(
  mistake: { before?: boolean; at?: number; draws?: number; errorsOnly?: true; cycled?: true },
) {
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
      for (let d = 0; d < (mistake.draws ?? (mistake.cycled ? 0 : 1)); d++) pick = random();
      const i = mistake.cycled ? iteration % inputs.length : Math.floor(pick * inputs.length);
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

type HiddenLayerNetwork = { hidden: Network[]; output: Network };

/** A backward pass with a mistake: no output weight on the way back, or two units only. */
export function backpropagateWith(mistake: { outputWeight?: false; units?: number }) {
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

/** Exercise 06's planted bug: the weights in place of the input. */
export function plantedTanhGradients(network: Network, input: number[], target: number): Network {
  const prediction = Math.tanh(layer1(network, input));
  const delta = 2 * (prediction - target) * (1 - prediction ** 2);
  return { weights: network.weights.map((w) => delta * w), bias: delta };
}

type Node = { grad: number; children: Node[]; backStep(): void };

/** Exercise 11's Value as the solution writes it, with another backward. */
function autogradWith(backward: (this: Node) => void): Module {
  class Value {
    grad = 0;
    backStep = () => {};
    constructor(readonly data: number, readonly children: Value[] = []) {}
    add(other: Value) {
      const out = new Value(this.data + other.data, [this, other]);
      out.backStep = () => (this.grad += out.grad, other.grad += out.grad);
      return out;
    }
    mul(other: Value) {
      const out = new Value(this.data * other.data, [this, other]);
      out.backStep = () => (this.grad += other.data * out.grad, other.grad += this.data * out.grad);
      return out;
    }
    sigmoid() {
      const out = new Value(sigmoid(this.data), [this]);
      out.backStep = () => this.grad += out.data * (1 - out.data) * out.grad;
      return out;
    }
    backward() {
      backward.call(this as unknown as Node);
    }
  }
  return { Value };
}

/** Exercise `number`'s solution with some of its functions replaced. */
const mistaken = (number: number, changes: Module): Module => ({
  ...solutions[number],
  ...changes,
});

const numericalGradient = solutions[5].numericalGradient as (
  f: (p: number[]) => number,
  p: number[],
) => number[];

/** Each known mistake, "01 exponentSign", planted in a learner's module. */
export const planted: Record<string, Module> = {
  "01 exponentSign": mistaken(1, { sigmoid: (x: number) => 1 / (1 + Math.exp(x)) }),
  "01 pastTheEnd": mistaken(1, {
    dot: (a: number[], b: number[]) => {
      let sum = 0;
      for (let i = 0; i <= a.length; i++) sum += a[i] * b[i];
      return sum;
    },
  }),
  "01 overflow": mistaken(1, { sigmoid: (x: number) => Math.exp(x) / (1 + Math.exp(x)) }),
  "02 flippedSign": mistaken(2, {
    errorDerivative: (prediction: number, target: number) => 2 * (target - prediction),
  }),
  "03 chainStoppedEarly": mistaken(3, {
    computeGradients: (network: Network, input: number[], target: number) => {
      const derror = 2 * (sigmoid(layer1(network, input)) - target);
      return { weights: input.map((x) => derror * x), bias: derror };
    },
  }),
  "04 uphill": mistaken(4, {
    updateParameters: (network: Network, gradients: Network, rate: number) => ({
      weights: network.weights.map((w, i) => w + gradients.weights[i] * rate),
      bias: network.bias + gradients.bias * rate,
    }),
  }),
  "05 oneSided": mistaken(5, {
    numericalGradient: (f: (p: number[]) => number, p: number[], h = 1e-5) =>
      p.map((x, i) => {
        const up = p.slice();
        up[i] = x + h;
        return (f(up) - f(p)) / h;
      }),
  }),
  "05 notRestored": mistaken(5, {
    numericalGradient: (f: (p: number[]) => number, p: number[], h = 1e-5) => {
      const q = p.slice();
      return p.map((x, i) => {
        q[i] = x + h;
        const up = f(q);
        q[i] = x - h;
        return (up - f(q)) / (2 * h);
      });
    },
  }),
  "06 bugStillThere": mistaken(6, {
    tanhGradients: plantedTanhGradients,
    gradientCheck: (network: Network, input: number[], target: number) => {
      const a = plantedTanhGradients(network, input, target);
      const f = ([bias, ...weights]: number[]) =>
        (Math.tanh(layer1({ weights, bias }, input)) - target) ** 2;
      const slopes = numericalGradient(f, [network.bias, ...network.weights]);
      return [a.bias, ...a.weights].map((g, k) =>
        Math.abs(g - slopes[k]) / Math.max(Math.abs(g), Math.abs(slopes[k]))
      );
    },
  }),
  "07 mean": mistaken(7, {
    batchGradients: (network: Network, inputs: number[][], targets: number[]) => {
      const batch = solutions[7].batchGradients as (...args: unknown[]) => Network;
      const sum = batch(network, inputs, targets);
      const n = inputs.length;
      return { weights: sum.weights.map((w) => w / n), bias: sum.bias / n };
    },
  }),
  "08 errorBeforeUpdate": { train: trainWith({ before: true }) },
  "08 cycled": { train: trainWith({ cycled: true }) },
  "09 outputWeightMissing": { backpropagate: backpropagateWith({ outputWeight: false }) },
  "10 overflow": mistaken(10, {
    softmax: (sums: number[]) => {
      const exps = sums.map(Math.exp);
      const total = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => e / total);
    },
  }),
  "10 oneHotMissing": mistaken(10, { crossEntropyGradient: solutions[10].softmax }),
  "11 twice": autogradWith(function () {
    this.grad = 1;
    const visit = (node: Node) => (node.backStep(), node.children.forEach(visit));
    visit(this);
  }),
  "11 noSeed": autogradWith(function () {
    const order: Node[] = [];
    const seen = new Set<Node>();
    const visit = (node: Node) => {
      if (seen.has(node)) return;
      seen.add(node);
      node.children.forEach(visit);
      order.push(node);
    };
    visit(this);
    for (const node of order.reverse()) node.backStep();
  }),
  "12 transposed": mistaken(12, {
    confusionMatrix: (predicted: number[], actual: number[], classes: number) => {
      const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
      actual.forEach((a, i) => counts[predicted[i]][a]++);
      return counts;
    },
  }),
  "12 notStratified": mistaken(12, {
    stratifiedSplit: (targets: number[], share: number, random: () => number) => {
      const indexes = targets.map((_, i) => i);
      for (let i = indexes.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
      }
      const count = Math.round(share * 92) + Math.round(share * 8);
      return { validation: indexes.slice(0, count), training: indexes.slice(count) };
    },
  }),
  "13 strict": mistaken(13, {
    accuracy: (predictions: number[], targets: number[], threshold: number) =>
      predictions.filter((p, i) => (p > threshold ? 1 : 0) === targets[i]).length /
      predictions.length,
  }),
  "14 tooLarge": { largestLearningRate: () => 0.28 },
  "14 notTheLargest": { largestLearningRate: () => 0.1 },
};
