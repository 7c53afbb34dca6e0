// Lesson 05: gradient descent by hand.
//
// To shrink the error we need to know which way to move the weights. The derivative of the
// error with respect to the prediction says how the error changes when the prediction changes:
//
//     d/dprediction (prediction - target)^2 = 2 * (prediction - target)
//
// A positive derivative means the error grows as the prediction grows, so the prediction must
// go down. The tutorial takes a shortcut here: it subtracts the derivative from both weights
// directly (lesson 06 derives the exact gradient of each weight with the chain rule).
//
// Run it: deno run lessons/05_gradient_descent.ts

import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { squaredError } from "../lib/squared_error.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

export const inputVector = [2, 1.5];
export const target = 0;
export const weights1 = [1.45, -0.66];
export const bias = 0.0;

/** The other sample of lesson 03, to see what the update does to it. */
export const otherInput = [1.66, 1.56];
export const otherTarget = 1;

/** The learning rates the tutorial names as typical. */
export const learningRates = [0.1, 0.01, 0.001];

/** Subtracts `step` from every weight: the tutorial's update, without a learning rate. */
export function stepWeights(weights: readonly number[], step: number): number[] {
  return weights.map((weight) => weight - step);
}

/** "class 1, correct": the class a prediction means, judged against the target. */
function verdict(prediction: number, target: number): string {
  const predicted = predictedClass(prediction);
  return `class ${predicted}, ${predicted === target ? "correct" : "wrong"}`;
}

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  const prediction = makePrediction(inputVector, weights1, bias);
  const derivative = 2 * (prediction - target);
  io.log(`The derivative is ${formatArray([derivative])}`);

  // The derivative is positive, so we decrease the weights: subtract it from each one.
  const updatedWeights = stepWeights(weights1, derivative);
  io.log(`Updated weights_1: ${formatArray(updatedWeights)}`);

  const newPrediction = makePrediction(inputVector, updatedWeights, bias);
  const error = squaredError(newPrediction, target);
  io.log(`Prediction: ${formatArray([newPrediction])}; Error: ${formatArray([error])}`);
  const oldError = squaredError(prediction, target);
  io.log(`The error fell from ${formatArray([oldError])} to almost zero in one step.`);
  io.log("");

  // That step was huge. A learning rate alpha scales it down so that no single sample can
  // throw the weights far away; typical values are 0.1, 0.01 and 0.001.
  io.log("With a learning rate alpha, the step is alpha * derivative:");
  for (const alpha of learningRates) {
    const weights = stepWeights(weights1, alpha * derivative);
    const p = makePrediction(inputVector, weights, bias);
    io.log(
      `  alpha ${alpha}: weights ${formatArray(weights)}, prediction ${formatArray([p])}, ` +
        `error ${formatArray([squaredError(p, target)])}`,
    );
  }
  io.log("");

  // Overfitting: weights tuned to fit one sample this hard can get the others wrong.
  const before = makePrediction(otherInput, weights1, bias);
  const after = makePrediction(otherInput, updatedWeights, bias);
  io.log(`Overfitting: for the other sample [${otherInput.join(", ")}] (target ${otherTarget}),`);
  io.log(
    `the prediction falls from ${formatArray([before])} (${verdict(before, otherTarget)}) ` +
      `to ${formatArray([after])} (${verdict(after, otherTarget)}).`,
  );
  io.log("Fitting one point perfectly broke the other. The rest of the tutorial therefore takes");
  io.log("small steps, one random sample at a time: online stochastic gradient descent.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 05: gradient descent, one step against the derivative.",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
