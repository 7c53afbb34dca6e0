// Lesson 04: how wrong is the prediction?
//
// Lesson 03 predicted 0.87 for the input [2, 1.5], whose target is 0. To improve, the network
// needs a number that says how far off it is: the error. The tutorial uses the squared
// difference between the prediction and the target, the mean squared error (MSE) of one sample:
//
//     mse = (prediction - target)^2
//
// Squaring makes every error positive and punishes large misses more than small ones.
//
// Run it: deno run lessons/04_error.ts

import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

// The second sample of lesson 03, and the same weights and bias.
export const inputVector = [2, 1.5];
export const target = 0;
export const weights1 = [1.45, -0.66];
export const bias = 0.0;

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  const prediction = makePrediction(inputVector, weights1, bias);
  const mse = squaredError(prediction, target);
  io.log(`Prediction: ${formatArray([prediction])}; Error: ${formatArray([mse])}`);

  // Erratum: the tutorial prints 0.7586743596667225. That is the square of the rounded
  // prediction 0.87101915, not of the prediction itself.
  io.log(
    `Erratum: the tutorial prints 0.7586743596667225, which is 0.87101915^2 = ${0.87101915 ** 2},`,
  );
  io.log(`the square of the rounded prediction; the true error is ${mse}.`);
  io.log("");
  io.log("The error is large because the prediction is far from the target 0: the weights");
  io.log("must change to make it smaller. Lesson 05 shows which way to move them.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 04: the squared error of a prediction.",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
