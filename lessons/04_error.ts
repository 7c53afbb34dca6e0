// Lesson 04: how wrong is the prediction?
//
// Lesson 03 predicted 0.87 for the input [2, 1.5], whose target is 0. To improve, the network
// needs a number that says how far off it is: the error. The tutorial uses the squared
// difference between the prediction and the target, the mean squared error (MSE) of one sample:
//
//     mse = (prediction - target)^2
//     TeX: \mathit{mse} = (\mathit{prediction} - \mathit{target})^2
//
// Squaring makes every error non-negative (zero only for a perfect prediction), punishes large
// misses more than small ones, and gives a smooth curve whose slope lesson 05 follows downhill.
//
// In the lib: lib/squared_error.ts
//
// Run it: deno run lessons/04_error.ts

import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { squaredError } from "../lib/squared_error.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ target }: FlagValues<typeof spec.flags>, io: Io): void {
  // The second sample of lesson 03, and the same weights and bias.
  const inputVector = [2, 1.5];
  const weights1 = [1.45, -0.66];
  const bias = 0.0;
  io.log(
    `Input vector: [${inputVector.join(", ")}], target: ${target}; ` +
      `weights_1 = [${weights1.join(", ")}], bias = ${bias}`,
  );

  const prediction = makePrediction(inputVector, weights1, bias);
  const mse = squaredError(prediction, target);
  io.log("prediction = sigmoid(dot(input_vector, weights_1) + bias)");
  io.log("mse = (prediction - target)^2");
  io.log(`Prediction: ${formatArray([prediction])}; Error: ${formatArray([mse])}`);
  if (target === 0) {
    // The tutorial squares the rounded prediction 0.87101915 instead of the prediction itself.
    io.log("Erratum: the tutorial's 0.7586743596667225 squares the rounded 0.87101915.");
  }
  io.log("");
  io.log(
    target === 0
      ? "The error is large because the prediction is far from the target 0: the weights"
      : "The error is small: the prediction is close to the target 1. Were the target 0,",
  );
  io.log(
    target === 0
      ? "must change to make it smaller. Lesson 05 shows which way to move them."
      : "it would be 0.75867436. The error measures the distance, on either side.",
  );
  io.log("");
  io.log("For a 0/1 target, practitioners usually use another error, the cross-entropy");
  io.log("-log(prediction) for target 1 and -log(1 - prediction) for target 0: it punishes");
  io.log("a confident wrong answer without bound. The tutorial keeps the squared error.");
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 04: the squared error of a prediction.",
  flags: {
    target: flag.whole(0, 0, 1, "The class the input [2, 1.5] should have", "CLASS"),
  },
  examples: ["deno run lessons/04_error.ts --target 1"],
  experiments: [{
    command: "deno run lessons/04_error.ts --target 1",
    question: "The same prediction, 0.87101915, against target 1: a large error or a small one?",
    answer: "Small: (0.87101915 - 1)^2 is about 0.017, where against target 0 it was 0.759.",
  }],
  exercise: { task: "write the squared error", file: "exercises/02_error.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
