// Lesson 08: training the network.
//
// Now the network learns from eight points. Each iteration picks one sample at random, computes
// its gradients with the chain rule and takes a small step against them: online stochastic
// gradient descent. Every 100 iterations we add up the squared error over all eight points, the
// cumulative error, to watch how the network is doing as a whole.
//
// The tutorial's weights are unseeded, so it prints no numbers here, only a chart. Ours are
// seeded: the same flags always print the same output, byte for byte.
//
// Run it: deno run lessons/08_train.ts
// With a chart file: deno task train (it may touch out/ only)

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { decisionBoundarySvg, lineChartSvg, lineChartText } from "../lib/charts/mod.ts";
import { parseDataset } from "../lib/data/mod.ts";
import {
  ERROR_EVERY,
  formatArray,
  formatNumber,
  NeuralNetwork,
  predictedClass,
} from "../lib/mod.ts";
import { seededRandom } from "../lib/random/mod.ts";
import { defineLesson, type FlagValues, LessonError, lessonMain, seedFlag } from "./_cli.ts";
import { readDatasetFor, writeTextFileFor } from "./_files.ts";
import type { Files, Io } from "./_io.ts";

const TUTORIAL_DATA = "data/tutorial.csv";

/** Trains on the data and prints what happened. */
async function lesson(
  { learningRate, iterations, seed, data, plot, boundary }: FlagValues<typeof spec.flags>,
  io: Io,
  files: Files,
): Promise<void> {
  // The eight points of the tutorial ship with the lesson; --data reads another file.
  const { features, inputs, targets } = data === TUTORIAL_DATA
    ? parseDataset(tutorialCsv, data)
    : await readDatasetFor("data", data, files);
  io.log(
    `Training data: ${data}, ${inputs.length} samples (${features.join(", ")} -> target)`,
  );

  // One seeded generator draws the starting weights and bias, then every sample pick.
  const network = new NeuralNetwork({
    learningRate,
    random: seededRandom(seed),
    inputSize: features.length,
  });
  io.log(
    `Seed ${seed}: starting weights ${formatArray(network.weights)}, ` +
      `bias ${formatArray([network.bias])}`,
  );
  io.log(
    `Training for ${iterations} iterations at learning rate ${learningRate}, ` +
      `one random sample each.`,
  );

  const errors = network.train(inputs, targets, iterations);
  const at = (i: number) => `iteration ${i * ERROR_EVERY}`;
  const lowest = errors.indexOf(Math.min(...errors));
  const last = errors.length - 1;
  io.log(
    `Cumulative error over all ${inputs.length} samples, every ${ERROR_EVERY} iterations ` +
      `(${errors.length} values):`,
  );
  io.log(`  first  (${at(0)}): ${formatNumber(errors[0])}`);
  io.log(`  lowest (${at(lowest)}): ${formatNumber(errors[lowest])}`);
  io.log(`  last   (${at(last)}): ${formatNumber(errors[last])}`);
  io.log("");
  io.log(lineChartText(errors, 10));
  io.log(`  x: one column per ${ERROR_EVERY} iterations; y: ${"error for all training instances"}`);
  io.log("");

  const correct = inputs.filter((x, i) => predictedClass(network.predict(x)) === targets[i]);
  io.log(
    `Final weights ${formatArray(network.weights)}, bias ${formatArray([network.bias])}: ` +
      `${correct.length}/${inputs.length} samples classified correctly.`,
  );
  if (errors.length === 1) {
    io.log(`One value is no curve: train for more than ${ERROR_EVERY} iterations to see one.`);
  } else if (errors[last] < errors[0]) {
    io.log("The error falls steeply, then goes up and down: each step follows one random");
    io.log("sample, so it can undo a little of what the others taught.");
  } else {
    io.log(`The error did not fall. A learning rate that is too large overshoots and saturates`);
    io.log(`the sigmoid; one that is too small barely moves. Try --learning-rate 0.1.`);
  }

  if (plot !== undefined) {
    const svg = await lineChartSvg({
      x: errors.map((_, i) => i * ERROR_EVERY),
      y: errors,
      xTitle: "Iterations",
      yTitle: "Error for all training instances",
      title: `Cumulative error, learning rate ${learningRate}, seed ${seed}`,
    });
    await writeTextFileFor("plot", plot, svg, files);
    io.log(`Wrote the chart to ${plot}`);
  }

  if (boundary !== undefined) {
    if (features.length !== 2) {
      throw new LessonError(
        `--boundary draws the plane of two inputs, but ${data} has ${features.length}`,
      );
    }
    const svg = await decisionBoundarySvg({
      predict: (x) => network.predict(x),
      points: inputs,
      targets,
      title: `The neuron's decision boundary after training (seed ${seed})`,
    });
    await writeTextFileFor("boundary", boundary, svg, files);
    io.log(`Wrote the decision boundary to ${boundary}`);
  }
}

// The command line: every flag once, with its default and bounds.
export const spec = defineLesson({
  summary: "Lesson 08: train the network on eight points and chart the cumulative error.",
  flags: {
    learningRate: {
      kind: "number",
      default: 0.1,
      above: 0,
      value: "RATE",
      help: "Step size of gradient descent",
    },
    iterations: {
      kind: "whole",
      default: 10_000,
      min: 1,
      // A cap that keeps a typo like 1e12 from running for hours.
      max: 100_000_000,
      help: "How many training steps",
    },
    seed: seedFlag("Seed of the starting weights and the sample picks"),
    data: {
      kind: "path",
      default: TUTORIAL_DATA,
      value: "PATH",
      help: "CSV of inputs and a last column target (another file needs --allow-read)",
    },
    plot: {
      kind: "path",
      value: "PATH",
      help: "Also write the chart as SVG (needs --allow-read and --allow-write)",
    },
    boundary: {
      kind: "path",
      value: "PATH",
      help: "Also write the decision boundary as SVG (two input columns only)",
    },
  },
  examples: [
    "deno run lessons/08_train.ts --seed 7 --learning-rate 0.05",
    "deno run --allow-read=my.csv lessons/08_train.ts --data my.csv",
    "deno run --allow-read=out --allow-write=out lessons/08_train.ts --plot out/error.svg",
  ],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
