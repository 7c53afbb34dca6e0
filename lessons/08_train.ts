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
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { decisionBoundarySvg } from "../lib/charts/decision_boundary_svg.ts";
import { lineChartSvg } from "../lib/charts/line_chart_svg.ts";
import { lineChartText } from "../lib/charts/line_chart_text.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { ERROR_EVERY } from "../lib/train.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { DEFAULT_SEED, MAX_SEED, seededRandom } from "../lib/random/seeded_random.ts";
import {
  type Cli,
  LessonError,
  positiveIntegerFlag,
  positiveNumberFlag,
  readTextFileFor,
  runLesson,
  wholeNumberFlag,
  writeTextFileFor,
} from "./_cli.ts";
import { denoFiles, type Files, type Io } from "./_io.ts";

export const DEFAULT_LEARNING_RATE = 0.1;
export const DEFAULT_ITERATIONS = 10_000;
/** A cap that keeps a typo like 1e12 from running for hours: this many take a few seconds. */
export const MAX_ITERATIONS = 100_000_000;
export const DEFAULT_DATA = "data/tutorial.csv";
export const X_TITLE = "Iterations";
export const Y_TITLE = "Error for all training instances";

export const cli: Cli = {
  summary: "Lesson 08: train the network on eight points and chart the cumulative error.",
  usage: "deno run lessons/08_train.ts [flags]",
  flags: {
    "learning-rate": {
      value: "RATE",
      description: "Step size of gradient descent",
      default: DEFAULT_LEARNING_RATE,
    },
    iterations: {
      value: "N",
      description: `How many training steps, at most ${MAX_ITERATIONS}`,
      default: DEFAULT_ITERATIONS,
    },
    seed: {
      value: "N",
      description: "Seed of the starting weights and the sample picks",
      default: DEFAULT_SEED,
    },
    data: {
      value: "PATH",
      description: "CSV of inputs and a last column target (needs --allow-read)",
      default: DEFAULT_DATA,
    },
    plot: {
      value: "PATH",
      description: "Also write the chart as SVG (needs --allow-read and --allow-write)",
    },
    boundary: {
      value: "PATH",
      description: "Also write the decision boundary as SVG (two input columns only)",
    },
  },
  examples: [
    "deno run lessons/08_train.ts --seed 7 --learning-rate 0.05",
    "deno run --allow-read=my.csv lessons/08_train.ts --data my.csv",
    "deno run --allow-read=out --allow-write=out lessons/08_train.ts --plot out/error.svg",
  ],
};

/** Trains and prints the lesson. Returns the exit code: 0, 1 for bad data or I/O, 2 for a bad flag. */
export function main(
  args: readonly string[] = [],
  io: Io = console,
  files: Files = denoFiles,
): Promise<number> {
  return runLesson(args, io, cli, async (values) => {
    const learningRate = positiveNumberFlag(
      "learning-rate",
      values["learning-rate"],
      DEFAULT_LEARNING_RATE,
    );
    const iterations = positiveIntegerFlag(
      "iterations",
      values.iterations,
      DEFAULT_ITERATIONS,
      MAX_ITERATIONS,
    );
    const seed = wholeNumberFlag("seed", values.seed, DEFAULT_SEED, 0, MAX_SEED);

    // The eight points of the tutorial ship with the lesson; --data reads another file.
    const source = values.data ?? DEFAULT_DATA;
    const text = values.data === undefined
      ? tutorialCsv
      : await readTextFileFor("data", source, files);
    const { features, inputs, targets } = parseDataset(text, source);
    io.log(
      `Training data: ${source}, ${inputs.length} samples (${features.join(", ")} -> target)`,
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
    io.log(`  x: one column per ${ERROR_EVERY} iterations; y: ${Y_TITLE.toLowerCase()}`);
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

    if (values.plot !== undefined) {
      const svg = await lineChartSvg({
        x: errors.map((_, i) => i * ERROR_EVERY),
        y: errors,
        xTitle: X_TITLE,
        yTitle: Y_TITLE,
        title: `Cumulative error, learning rate ${learningRate}, seed ${seed}`,
      });
      await writeTextFileFor("plot", values.plot, svg, files);
      io.log(`Wrote the chart to ${values.plot}`);
    }

    if (values.boundary !== undefined) {
      if (features.length !== 2) {
        throw new LessonError(
          `--boundary draws the plane of two inputs, but ${source} has ${features.length}`,
        );
      }
      const svg = await decisionBoundarySvg({
        predict: (x) => network.predict(x),
        points: inputs,
        targets,
        title: `The neuron's decision boundary after training (seed ${seed})`,
      });
      await writeTextFileFor("boundary", values.boundary, svg, files);
      io.log(`Wrote the decision boundary to ${values.boundary}`);
    }
  });
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
