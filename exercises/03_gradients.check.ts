// The check of exercise 03: the tutorial's gradients, then every gradient against finite
// differences of the error, for every training point.

import { makePrediction } from "../lib/make_prediction.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { field, yours } from "./_checker/expect.ts";
import {
  expectFiniteDifferences,
  expectNetworkLike,
  NETWORK_SHAPE,
  sampleError,
  tutorialNetwork,
} from "./_checker/neurons.ts";
import { expectValue } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 3,
  file: "03_gradients.ts",
  title: "the gradients",
  names: ["computeGradients"],
  lesson: "lessons/06_chain_rule.ts",
  uses: [1, 2],
  hints: [
    "Which link of the chain is missing or wrong: the error's, the sigmoid's, or layer 1's?",
    "The bias's gradient is the product of three slopes; a weight's is the same product with " +
    "its input in place of the bias's slope 1.",
    "errorDerivative(prediction, target) * sigmoid(layer1) * (1 - sigmoid(layer1)) is the " +
    "bias's gradient; times input[i], weight i's.",
  ],
  mistakes: {
    chainStoppedEarly: {
      name: "the chain stopped early",
      hints: [
        "Which link of the chain is missing?",
        "Your bias's gradient equals derror_dprediction alone, 2 * (prediction - target): the " +
        "chain stops at the prediction.",
        "Multiply on to the bias: derror_dprediction * dprediction_dlayer1 * dlayer1_dbias, " +
        "where dprediction_dlayer1 = sigmoid(layer1) * (1 - sigmoid(layer1)).",
      ],
    },
  },
};

export function check(module: Module, context: Context): string[] {
  const gradients = yours(module, exercise.file, "computeGradients");
  const stoppedEarly = (network: typeof tutorialNetwork, input: number[], target: number) => ({
    value: 2 * (makePrediction(input, network.weights, network.bias) - target),
    mistake: "chainStoppedEarly",
    says: "That is derror_dprediction alone, 2 * (prediction - target): the chain stopped early.",
  });
  expectNetworkLike(gradients(tutorialNetwork, [2, 1.5], 0), {
    weights: [0.39141786, 0.29356339],
    bias: "0.19570893",
  }, [stoppedEarly(tutorialNetwork, [2, 1.5], 0)]);
  // The tutorial's notebook runs the chain after lesson 05's update.
  const updated = { weights: [-0.2920383, -2.4020383], bias: 0 };
  expectValue(field(gradients(updated, [2, 1.5], 0), "bias", NETWORK_SHAPE), "0.00044105", [
    stoppedEarly(updated, [2, 1.5], 0),
  ]);
  // Property: every gradient matches finite differences, for every training point.
  const { inputs, targets } = context.tutorial;
  for (const network of [tutorialNetwork, { weights: [-0.5, 1.2], bias: 0.3 }]) {
    inputs.forEach((input, i) => {
      const result = gradients(network, input, targets[i]);
      expectFiniteDifferences(result, sampleError(input, targets[i]), network);
    });
  }
  return [];
}
