// The check of exercise 02: the tutorial's numbers, then the derivative against the slope of
// the squared error, by finite differences.

import { makePrediction } from "../lib/make_prediction.ts";
import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { squaredError } from "../lib/squared_error.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectClose, expectValue, labeled, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 2,
  file: "02_error.ts",
  title: "the error and its slope",
  names: ["squaredError", "errorDerivative"],
  lesson: "lessons/05_gradient_descent.ts",
  uses: [],
  hints: [
    "Is your value too large, too small, or of the wrong sign?",
    "The error is the distance from the target, squared; its derivative by the power rule " +
    "brings the 2 down.",
    "squaredError = (prediction - target) ** 2; errorDerivative = 2 * (prediction - target).",
  ],
  mistakes: {
    flippedSign: {
      name: "the derivative's sign",
      hints: [
        "When the prediction is too high, should the derivative be positive or negative?",
        "Yours is minus the derivative: it would push a prediction that is too high higher.",
        "errorDerivative = 2 * (prediction - target), prediction first.",
      ],
    },
  },
};

/** The tutorial's prediction for [2, 1.5], shown by its printed digits. */
const tutorial = makePrediction([2, 1.5], [1.45, -0.66], 0);
const prediction = labeled(tutorial, "0.87101915");

export function check(module: Module, _context: Context): string[] {
  const error = yours(module, exercise.file, "squaredError");
  expectValue(error(prediction, 0), "0.75867436");
  // Below the target, the error is still positive; on it, zero.
  expectValue(error(0.2, 1), 0.64);
  expectValue(error(1, 1), 0);

  const derivative = yours(module, exercise.file, "errorDerivative");
  const flipped = (value: number) => ({
    value: -value,
    mistake: "flippedSign",
    says: "That is minus the derivative: target - prediction, where prediction - target " +
      "belongs.",
  });
  expectValue(derivative(prediction, 0), "1.7420383", [flipped(2 * tutorial)]);
  // A prediction below its target: negative, so the prediction must go up.
  expectValue(derivative(0.2, 1), -1.6, [flipped(-1.6)]);
  // Property: it is the slope of the squared error, by finite differences.
  for (const [p, target] of [[0.3, 0], [0.9, 1], [0.5, 1], [0.01, 0]]) {
    const [slope] = numericalGradient(([q]) => squaredError(q, target), [p]);
    expectClose(derivative(p, target), slope, 1e-6, "the slope of the error", [flipped(slope)]);
  }
  return [];
}
