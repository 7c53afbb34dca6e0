// The check of exercise 04: lesson 07's and lesson 05's updates, then a property: a small step
// against its gradient lowers a sample's error.

import { makePrediction } from "../lib/make_prediction.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { squaredError } from "../lib/squared_error.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectList, expectNumber, field, mismatch, showNumber, yours } from "./_checker/expect.ts";
import { expectNetworkLike, NETWORK_SHAPE, tutorialNetwork } from "./_checker/neurons.ts";

export const exercise: ExerciseInfo = {
  number: 4,
  file: "04_update.ts",
  title: "one update step",
  names: ["updateParameters"],
  lesson: "lessons/07_neural_network.ts",
  uses: [],
  hints: [
    "Does your step go with the gradient or against it, and is it scaled by the learning rate?",
    "Each parameter moves by its own gradient times the learning rate, downhill: a positive " +
    "gradient lowers it.",
    "weights[i] - gradients.weights[i] * learningRate, and bias - gradients.bias * learningRate.",
  ],
  mistakes: {
    uphill: {
      name: "a step uphill",
      hints: [
        "A positive gradient means the error rises with the parameter: which way should it move?",
        "Your bias moved by + gradient * learning rate: up the slope, so the error grows.",
        "bias - gradients.bias * learningRate (minus), and the same for every weight.",
      ],
    },
  },
};

export function check(module: Module, context: Context): string[] {
  const update = yours(module, exercise.file, "updateParameters");
  // Lesson 07's update, the chain rule's gradients at the learning rate 0.1; first, since its
  // bias gradient shows a step uphill (lesson 05's bias gradient is 0).
  const gradients = { weights: [0.39141786, 0.29356339], bias: 0.19570893 };
  expectNetworkLike(update(tutorialNetwork, gradients, 0.1), {
    weights: [1.41085821, -0.68935634],
    bias: "-0.01957089",
  }, [{
    value: 0.019570893,
    mistake: "uphill",
    says: "That is 0 + 0.19570893 * 0.1: the step went up the slope.",
  }]);
  // Lesson 05's shortcut: the derivative 1.7420383 taken from both weights, at the learning
  // rate 1 (a step that always uses the tutorial's 0.1 fails here).
  const derivative = { weights: [1.7420383, 1.7420383], bias: 0 };
  expectNetworkLike(update(tutorialNetwork, derivative, 1), {
    weights: [-0.2920383, -2.4020383],
    bias: 0,
  });
  // Property: a small step against its gradient lowers a sample's error.
  const { inputs, targets } = context.tutorial;
  const network = new NeuralNetwork({ learningRate: 0.01, ...tutorialNetwork });
  inputs.forEach((input, i) => {
    const before = network.error(input, targets[i]);
    const step = update(tutorialNetwork, network.computeGradients(input, targets[i]), 0.01);
    const weights = expectList(field(step, "weights", NETWORK_SHAPE), 2, "weights");
    const bias = expectNumber(field(step, "bias", NETWORK_SHAPE));
    const after = squaredError(makePrediction(input, weights as number[], bias), targets[i]);
    if (!(after < before)) {
      throw mismatch(
        { ...step, subject: `${step.subject} for [${input.join(", ")}]` },
        `lower its error from ${showNumber(before)}`,
        `an error of ${showNumber(after)}`,
      );
    }
  });
  return [];
}
