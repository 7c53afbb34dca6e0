// The check of exercise 07: the batch gradient on the tutorial's eight points against the sum of
// lib's per-sample gradients, which is the slope of the cumulative error (the slope of a sum is
// the sum of the slopes), from two starts.

import { NeuralNetwork } from "../lib/neural_network.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectClose, field, item, labeled, yours } from "./_checker/expect.ts";
import { NETWORK_SHAPE, tutorialNetwork } from "./_checker/neurons.ts";

export const exercise: ExerciseInfo = {
  number: 7,
  file: "07_batch_gradient.ts",
  title: "the batch gradient",
  names: ["batchGradients"],
  lesson: "lessons/14_batches.ts",
  uses: [1, 2, 3],
  hints: [
    "What is the derivative of a sum of functions?",
    "The cumulative error is the sum of every sample's error, so its gradient is the sum of " +
    "every sample's gradients.",
    "Add up computeGradients(network, inputs[i], targets[i]) over every i, weight by weight " +
    "and the bias.",
  ],
  mistakes: {
    mean: {
      name: "a mean, not a sum",
      hints: [
        "Is the cumulative error a sum or a mean?",
        "Your gradient is the sum divided by the number of samples: the mean error's gradient.",
        "Leave out the division: the sum of the samples' gradients.",
      ],
    },
  },
};

export function check(module: Module, context: Context): string[] {
  const batch = yours(module, exercise.file, "batchGradients");
  const { inputs, targets } = context.tutorial;
  const note = "  where inputs and targets: the eight points of data/tutorial.csv";
  const points = labeled(inputs, "inputs", note);
  const labels = labeled(targets, "targets");
  for (const start of [tutorialNetwork, { weights: [-0.5, 1.2], bias: 0.3 }]) {
    const network = new NeuralNetwork({ learningRate: 1, ...start });
    const sum = { weights: start.weights.map(() => 0), bias: 0 };
    inputs.forEach((input, i) => {
      const g = network.computeGradients(input, targets[i]);
      g.weights.forEach((w, k) => sum.weights[k] += w);
      sum.bias += g.bias;
    });
    const result = batch(start, points, labels);
    const what = "the sum of the samples' gradients";
    const mean = (value: number) => [{
      value: value / inputs.length,
      mistake: "mean",
      says: `That is the sum divided by ${inputs.length}: the mean's gradient.`,
    }];
    expectClose(field(result, "bias", NETWORK_SHAPE), sum.bias, 1e-9, what, mean(sum.bias));
    const weights = field(result, "weights", NETWORK_SHAPE);
    sum.weights.forEach((w, k) => {
      expectClose(item(weights, k, 2, "weight gradients"), w, 1e-9, what, mean(w));
    });
  }
  return [];
}
