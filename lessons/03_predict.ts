// Lesson 03: making a prediction.
//
// Our network is one neuron, computed in two steps the tutorial calls layers. Layer 1 is the
// weighted sum of the input plus a bias; layer 2 is the sigmoid of layer 1. The result is a
// probability: above 0.5 we predict class 1, below 0.5 class 0. We try the tutorial's two inputs
// with the same weights and bias.
//
// In the lib: lib/make_prediction.ts
//
// Run it: deno run lessons/03_predict.ts

import { dot } from "../lib/dot.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { DECISION_THRESHOLD, predictedClass } from "../lib/predicted_class.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ input }: FlagValues<typeof spec.flags>, io: Io): void {
  // The tutorial's weights and bias (NumPy's bias was the array [0.0]; hence the brackets).
  const weights1 = [1.45, -0.66];
  const bias = 0.0;
  io.log(`weights_1 = [${weights1.join(", ")}], bias = ${bias}`);
  io.log("layer_1 = dot(input_vector, weights_1) + bias; layer_2 = sigmoid(layer_1)");
  io.log("");

  // The tutorial's two samples, each an input vector with its known target class; or the
  // input given with --input, whose class we do not know.
  const samples = input === undefined
    ? [{ input: [1.66, 1.56], target: 1 }, { input: [2, 1.5], target: 0 }]
    : [{ input, target: undefined }];
  for (const { input, target } of samples) {
    const prediction = makePrediction(input, weights1, bias);
    const known = target === undefined ? "" : `, target: ${target}`;
    io.log(`Input vector: [${input.join(", ")}]${known}`);
    const layer1 = dot(input, weights1) + bias;
    paragraph(io, lineSide(layer1, weights1[1]));
    io.log(`The prediction result is: ${formatArray([prediction])}`);

    // The 0.5 rule turns the probability into a class; compare it with the target.
    const predicted = predictedClass(prediction);
    const verdict = target === undefined
      ? "the network's guess"
      : predicted === target
      ? "correct"
      : `wrong, the target is ${target}`;
    const side = predicted === 1 ? "above" : "below";
    paragraph(
      io,
      `${formatNumber(prediction)} is ${side} ${DECISION_THRESHOLD}, so class ${predicted}: ` +
        `${verdict}.`,
    );
    io.log("");
  }
  if (input === undefined) {
    paragraph(
      io,
      "One right, one wrong: the weights need to learn. That is what lessons 04-08 do.",
    );
    io.log("");
  }

  paragraph(
    io,
    "Where the class changes: layer_1 = 0, a straight line in the input plane. The bias moves " +
      "that line off the origin; without it, the line would always pass through [0, 0].",
  );
}

/**
 * Which side of the line layer_1 = 0 the input lies on, and where that is on a plot with x1
 * across and x2 up: moving up changes layer_1 by w2 per unit, so the side whose sign is w2's lies
 * above the line.
 */
export function lineSide(layer1: number, w2: number): string {
  const value = `layer_1 = ${formatNumber(layer1).replace(/\.$/, "")}`;
  if (layer1 === 0) return `${value}: on the line.`;
  const [relation, sign] = layer1 > 0 ? [">", "positive"] : ["<", "negative"];
  const where = w2 === 0
    ? ""
    : `, ${Math.sign(layer1) === Math.sign(w2) ? "above" : "below"} it on a plot (x2 up)`;
  return `${value} ${relation} 0: the line's ${sign} side${where}.`;
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 03: a prediction, the sigmoid of the weighted sum plus a bias.",
  flags: {
    input: flag.list(undefined, [2, -1000, 1000], "Predict this input instead", "X1,X2"),
  },
  examples: ["deno run lessons/03_predict.ts --input 2,1.5"],
  experiments: [{
    command: "deno run lessons/03_predict.ts --input 1,2.5",
    question: "Work out layer_1 for [1, 2.5] first: which class will the network give it?",
    answer: "Class 0: layer_1 is 1.45 * 1 - 0.66 * 2.5 = -0.2, below 0, so the prediction " +
      "sigmoid(-0.2) = 0.450166 is below 0.5.",
  }],
  exercise: { task: "write the prediction", file: "exercises/01_prediction.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
