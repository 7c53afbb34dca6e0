// Lesson 09: checking the gradients.
//
// Lessons 06 and 07 computed gradients with the chain rule. How do we know the calculus is right?
// Ask the error itself: nudge one parameter up by a tiny h, then down, and see how much the error
// changes. The central finite difference
//
//     (error(p + h) - error(p - h)) / (2h)
//     TeX: \frac{\mathit{error}(p + h) - \mathit{error}(p - h)}{2h}
//
// approximates the slope without any calculus. If the chain rule is right, the two agree to many
// digits; a relative error below 1e-7 means they match.
//
// In the lib: lib/gradient_check/numerical_gradient.ts
//
// Run it: deno run lessons/09_gradient_check.ts [--seed N]

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { formatArray } from "../lib/format_array.ts";
import { dot } from "../lib/dot.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { relativeError } from "../lib/gradient_check/relative_error.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { sigmoid } from "../lib/sigmoid.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ seed }: FlagValues<typeof spec.flags>, io: Io): void {
  const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
  const drawn = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(seed) });
  const settings = [
    { name: "the tutorial's weights", weights: [1.45, -0.66], bias: 0 },
    { name: `random weights (seed ${seed})`, weights: drawn.weights, bias: drawn.bias },
  ];

  // One sample in full: every gradient both ways.
  const example = checkSample(inputs[0], targets[0], [1.45, -0.66], 0);
  io.log(`Sample [${inputs[0].join(", ")}], target ${targets[0]}, at the tutorial's weights:`);
  const row = (label: string, value: string) => io.log(`  ${label.padEnd(40)} ${value}`);
  row("[bias, w1, w2] by the chain rule:", formatArray(example.analytic));
  row(`by central differences, h = ${H.toExponential()}:`, formatArray(example.numerical));
  row("relative error |a - n| / max(|a|, |n|):", example.worst.toExponential(1));
  io.log("");

  let largest = 0;
  for (const { name, weights, bias } of settings) {
    io.log(`At ${name} ${formatArray(weights)}, bias ${formatArray([bias])}:`);
    io.log("  sample     target  rel. err  chain rule's gradient [bias, w1, w2]");
    inputs.forEach((input, i) => {
      const { analytic, worst } = checkSample(input, targets[i], weights, bias);
      largest = Math.max(largest, worst);
      io.log(
        `  ${`[${input.join(", ")}]`.padEnd(10)} ${String(targets[i]).padEnd(6)}  ` +
          `${worst.toExponential(1).padEnd(8)}  ${formatArray(analytic)}`,
      );
    });
    io.log("");
  }

  if (gradientsAgree(largest)) {
    io.log(`Largest relative error: ${largest.toExponential(1)}, below ${TOLERANCE}:`);
    io.log("the chain rule's gradients are right.");
  } else {
    io.log(`Largest relative error: ${largest.toExponential(1)}, above ${TOLERANCE}.`);
    io.log("Either a gradient is wrong, or a sample sits so deep on the wrong side of the");
    io.log("sigmoid that its error is almost exactly 1 and its slope tiny: finite");
    io.log("differences cannot resolve such a slope. Look at the sample with the largest");
    io.log("error.");
  }
  io.log("");
  io.log("Why central differences: (error(p + h) - error(p - h)) / 2h is off by about h^2,");
  io.log("the one-sided (error(p + h) - error(p)) / h by about h. h = 1e-5 balances that");
  io.log("error against rounding, which grows as h shrinks. The relative error compares");
  io.log("the two gradients whatever their size.");
  io.log("");
  // With the squared error, a saturated sigmoid gives the most wrong sample a tiny gradient.
  const predictions = inputs.map((x) => drawn.predict(x));
  const wrongness = predictions.map((p, i) => Math.abs(p - targets[i]));
  const push = inputs.map((x, i) => Math.abs(drawn.computeGradients(x, targets[i]).bias));
  const worst = wrongness.indexOf(Math.max(...wrongness));
  const strongest = push.indexOf(Math.max(...push));
  const describe = (i: number) =>
    `[${inputs[i].join(", ")}] (target ${targets[i]}, predicted ${predictions[i].toFixed(3)})`;
  if (worst !== strongest) {
    io.log("At the random weights, the most wrong sample is");
    io.log(`  ${describe(worst)}: bias gradient ${push[worst].toPrecision(2)}, while`);
    io.log(`  ${describe(strongest)}: bias gradient ${push[strongest].toPrecision(2)}.`);
    // Under the cross-entropy the bias gradient is prediction - target: the slope cancels.
    const crossEntropy = (i: number) => Math.abs(predictions[i] - targets[i]).toPrecision(2);
    paragraph(
      io,
      "The sigmoid's flat end shrinks the gradient of whatever it is most sure about, right " +
        "or wrong: with the squared error, the neuron can learn least from the samples it " +
        "gets most wrong. That is a learning slowdown of one neuron under the squared error, not " +
        "the vanishing gradients of deep networks (a gradient shrinking layer by layer on its " +
        "way back). The cross-entropy (lesson 04) cures it: its bias gradient is prediction " +
        "- target, the sigmoid's slope cancelled out, here " +
        `${crossEntropy(worst)} for [${inputs[worst].join(", ")}] and ` +
        `${crossEntropy(strongest)} for [${inputs[strongest].join(", ")}]: the most wrong ` +
        "sample gets the largest (lesson 16, --loss cross-entropy).",
    );
    io.log("");
  }
  io.log("Why practitioners do this: a backpropagation bug rarely crashes. A wrong sign");
  io.log("or a missing factor still gives numbers, and training still runs, only worse.");
  io.log("Finite differences on a few samples catch such bugs at once; too slow to train");
  io.log("with (two error evaluations per parameter), they are used to test.");
}

/** The bound below which analytic and numerical gradients count as equal. */
export const TOLERANCE = 1e-7;

/** Whether the largest relative error is below the tolerance: the two gradients agree. */
export function gradientsAgree(largest: number): boolean {
  return largest < TOLERANCE;
}

/** The step of the finite differences. */
const H = 1e-5;

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
  const numerical = numericalGradient(sampleError(input, target), [bias, ...weights], H);
  const worst = Math.max(...analytic.map((g, i) => relativeError(g, numerical[i])));
  return { analytic, numerical, worst };
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 09: check the chain rule's gradients against finite differences.",
  flags: { seed: flag.seed("Seed of the random weights checked") },
  examples: ["deno run lessons/09_gradient_check.ts --seed 7"],
  experiments: [{
    command: "deno run lessons/09_gradient_check.ts --seed 35",
    question: "Another random start: will the chain rule and finite differences still agree " +
      "on every sample?",
    answer: "Not on one: that sample sits so deep in the sigmoid's flat end that finite " +
      "differences cannot resolve its slope, and the lesson says so.",
  }],
  exercise: { task: "write the numerical gradient", file: "exercises/05_numerical_gradient.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
