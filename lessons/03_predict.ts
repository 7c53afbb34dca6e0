// Lesson 03: making a prediction.
//
// The network has two layers. Layer 1 is the weighted sum of the input plus a bias; layer 2 is
// the sigmoid of layer 1. The result is a probability: above 0.5 we predict class 1, below 0.5
// class 0. We try the tutorial's two inputs with the same weights and bias.
//
// Run it: deno run lessons/03_predict.ts

import { formatArray, formatNumber } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { DECISION_THRESHOLD, predictedClass } from "../lib/predicted_class.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

// The tutorial's weights and bias (NumPy's bias was the array [0.0]; hence the brackets it prints).
export const weights1 = [1.45, -0.66];
export const bias = 0.0;

/** The two samples of the tutorial: an input vector and its known target class. */
export const samples = [
  { input: [1.66, 1.56], target: 1 },
  { input: [2, 1.5], target: 0 },
] as const;

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  for (const { input, target } of samples) {
    const prediction = makePrediction(input, weights1, bias);
    io.log(`Input vector: [${input.join(", ")}], target: ${target}`);
    io.log(`The prediction result is: ${formatArray([prediction])}`);

    // The 0.5 rule turns the probability into a class; compare it with the target.
    const predicted = predictedClass(prediction);
    const verdict = predicted === target ? "correct" : `wrong, the target is ${target}`;
    const side = predicted === 1 ? "above" : "below";
    io.log(
      `${formatNumber(prediction)} is ${side} ${DECISION_THRESHOLD}, so class ${predicted}: ` +
        `${verdict}.`,
    );
    io.log("");
  }
  io.log("One right, one wrong: the weights need to learn. That is what lessons 04-08 do.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 03: a prediction, the sigmoid of the weighted sum plus a bias.",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
