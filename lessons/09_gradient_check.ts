// Lesson 09: checking the gradients.
//
// Lessons 06 and 07 computed gradients with the chain rule. How do we know the calculus is right?
// Ask the error itself: nudge one parameter up by a tiny h, then down, and see how much the error
// changes. The central finite difference
//
//     (error(p + h) - error(p - h)) / (2h)
//
// approximates the slope without any calculus. If the chain rule is right, the two agree to many
// digits; a relative error below 1e-7 means they match.
//
// Run it: deno run lessons/09_gradient_check.ts [--seed N]

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { formatArray } from "../lib/format_array.ts";
import { dot } from "../lib/dot.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { relativeError } from "../lib/gradient_check/relative_error.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { sigmoid } from "../lib/sigmoid.ts";
import { defineLesson, type FlagValues, lessonMain, seedFlag } from "./_cli.ts";
import type { Io } from "./_io.ts";

/** The bound below which analytic and numerical gradients count as equal. */
export const TOLERANCE = 1e-7;

/**
 * One sample's squared error as a function of all parameters, [bias, ...weights].
 *
 * Computed as (prediction - target)^2 it loses digits when the prediction is within a hair of
 * its target (1 - 0.99999 keeps few significant digits), and finite differences magnify that
 * loss. For a target of 0 or 1 the same error is sigmoid(+-layer_1)^2 exactly, because
 * 1 - sigmoid(z) = sigmoid(-z); computed that way it keeps every digit.
 */
export function sampleError(input: readonly number[], target: number) {
  const sign = target === 1 ? -1 : 1;
  return ([bias, ...weights]: readonly number[]) =>
    sigmoid(sign * (dot(input, weights) + bias)) ** 2;
}

/** The analytic and numerical gradients [bias, ...weights] of one sample's error. */
export function checkSample(
  input: readonly number[],
  target: number,
  weights: readonly number[],
  bias: number,
) {
  const network = new NeuralNetwork({ learningRate: 0.1, weights, bias });
  const gradients = network.computeGradients(input, target);
  const analytic = [gradients.bias, ...gradients.weights];
  const numerical = numericalGradient(sampleError(input, target), [bias, ...weights]);
  const worst = Math.max(...analytic.map((g, i) => relativeError(g, numerical[i])));
  return { analytic, numerical, worst };
}

/** The lesson itself. */
function lesson(
  { seed }: FlagValues<typeof spec.flags>,
  io: Io,
): void {
  const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
  const drawn = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(seed) });
  const settings = [
    { name: "the tutorial's weights", weights: [1.45, -0.66], bias: 0 },
    { name: `random weights (seed ${seed})`, weights: drawn.weights, bias: drawn.bias },
  ];

  let largest = 0;
  for (const { name, weights, bias } of settings) {
    io.log(`At ${name} ${formatArray(weights)}, bias ${formatArray([bias])}:`);
    io.log("  sample        target  [bias, w1, w2] by the chain rule | by finite differences");
    inputs.forEach((input, i) => {
      const { analytic, numerical, worst } = checkSample(input, targets[i], weights, bias);
      largest = Math.max(largest, worst);
      io.log(
        `  ${`[${input.join(", ")}]`.padEnd(12)}  ${targets[i]}       ${formatArray(analytic)}`,
      );
      io.log(
        `  ${"".padEnd(22)}${formatArray(numerical)}  relative error ${worst.toExponential(1)}`,
      );
    });
    io.log("");
  }

  if (largest < TOLERANCE) {
    io.log(
      `Largest relative error: ${largest.toExponential(1)}, below ${TOLERANCE}: ` +
        "the chain rule's gradients are right.",
    );
  } else {
    io.log(`Largest relative error: ${largest.toExponential(1)}, above ${TOLERANCE}.`);
    io.log("Either a gradient is wrong, or a sample sits so deep on the wrong side of the");
    io.log("sigmoid that its error is almost exactly 1 and its slope tiny: finite differences");
    io.log("cannot resolve such a slope. Look at the sample with the largest error.");
  }
  io.log("");
  io.log("Why practitioners do this: a backpropagation bug rarely crashes. A wrong sign or a");
  io.log("missing factor still gives numbers, and training still runs, only worse. Comparing");
  io.log("with finite differences on a few samples catches such bugs at once; it is too slow");
  io.log("to train with (two error evaluations per parameter), so it is used to test.");
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 09: check the chain rule's gradients against finite differences.",
  flags: { seed: seedFlag("Seed of the random weights checked") },
  examples: ["deno run lessons/09_gradient_check.ts --seed 7"],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
