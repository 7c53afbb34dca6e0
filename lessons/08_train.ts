// Lesson 08: training the network.
//
// Now the network learns from eight points. Each iteration picks one sample at random, computes
// its gradients with the chain rule and takes a small step against them: online stochastic
// gradient descent. Every 100 iterations we add up the squared error over all eight points, the
// cumulative error, to watch how the network is doing as a whole. The tutorial's weights are
// unseeded; ours are seeded, so the same flags always print the same output.
//
// Run it: deno run lessons/08_train.ts      With pictures in out/: deno task train

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { decisionBoundarySvg, lineChartSvg, lineChartText } from "../lib/charts/mod.ts";
import { fitStandardizer, parseDataset } from "../lib/data/mod.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { ERROR_EVERY, NeuralNetwork, predictedClass, RandomState } from "../lib/mod.ts";
import { defineLesson, flag, LessonError, lessonMain } from "../runtime/cli.ts";
import type { FlagValues } from "../runtime/cli.ts";
import { readDatasetFor, writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";

/** Trains on the data and prints what happened. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { learningRate, iterations, seed, data, standardize, plot, boundary } = flags;
  // The eight points of the tutorial ship with the lesson; --data reads another file.
  const dataset = data === spec.flags.data.default
    ? parseDataset(tutorialCsv, data)
    : await readDatasetFor("data", data, files);
  const { features, targets } = dataset;
  if (boundary !== undefined && features.length !== 2) {
    throw new LessonError(
      `--boundary draws the plane of two inputs, but ${data} has ${features.length}`,
    );
  }
  io.log(`Training data: ${data}, ${targets.length} samples of ${features.length} inputs`);
  io.log(
    features.length <= 6
      ? `  (${features.join(", ")} -> target)`
      : `  (${features[0]}, ..., ${features.at(-1)} -> target)`,
  );

  // --standardize rescales each feature to mean 0 and deviation 1 (as lesson 11 does), with
  // the numbers of the training data.
  const scaler = standardize ? fitStandardizer(dataset.inputs) : undefined;
  const inputs = scaler ? dataset.inputs.map(scaler.transform) : dataset.inputs;
  if (scaler) io.log("Features standardised: each has mean 0 and deviation 1.");

  // One seeded generator draws the starting weights and bias, then every sample pick, as
  // np.random.seed(seed) does in the tutorial's code: the same weights, the same picks.
  const network = new NeuralNetwork({
    learningRate,
    random: new RandomState(seed),
    inputSize: features.length,
  });
  io.log(`Seed ${seed}: starting ${parameters(network)}`);
  io.log(
    `Training for ${iterations} iterations at learning rate ${learningRate}, ` +
      `one random sample each.`,
  );

  const errors = network.train(inputs, targets, iterations);
  let lowest = 0;
  for (let i = 1; i < errors.length; i++) if (errors[i] < errors[lowest]) lowest = i;
  const last = errors.length - 1;
  const at = (i: number) => `iteration ${i * ERROR_EVERY}`;
  io.log(
    `Cumulative error over all ${targets.length} samples, every ${ERROR_EVERY} iterations ` +
      `(${errors.length} values):`,
  );
  io.log(`  first  (${at(0)}): ${formatNumber(errors[0])}`);
  io.log(`  lowest (${at(lowest)}): ${formatNumber(errors[lowest])}`);
  io.log(`  last   (${at(last)}): ${formatNumber(errors[last])}`);
  io.log("");
  io.log(lineChartText(errors, { height: 10, width: io.columns ?? 80 }));
  io.log(`  x: iterations 0 to ${last * ERROR_EVERY}; y: the cumulative error. (The tutorial's`);
  io.log("  chart counts hundreds of iterations on an axis labelled Iterations.)");
  io.log("");

  const correct = inputs.filter((x, i) => predictedClass(network.predict(x)) === targets[i]);
  io.log(`Final ${parameters(network)}:`);
  io.log(`${correct.length}/${inputs.length} samples classified correctly.`);
  io.log("");
  explain(io, errors, flags, dataset.inputs);

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
    const svg = await decisionBoundarySvg({
      predict: (x) => network.predict(scaler ? scaler.transform(x) : x),
      points: dataset.inputs,
      targets,
      title: `The neuron's decision boundary after training (seed ${seed})`,
    });
    await writeTextFileFor("boundary", boundary, svg, files);
    io.log(`Wrote the decision boundary to ${boundary}`);
  }
}

/** "weights [ 1.5 -0.76], bias [2.89]", or a summary when there are too many weights for a line. */
function parameters({ weights, bias }: NeuralNetwork): string {
  const range = (values: number[]) =>
    `[${values.reduce((a, b) => Math.min(a, b)).toPrecision(3)}, ` +
    `${values.reduce((a, b) => Math.max(a, b)).toPrecision(3)}]`;
  const shown = weights.length <= 4
    ? `weights ${formatArray(weights)}`
    : `${weights.length} weights in ${range(weights)}`;
  return `${shown}, bias ${formatArray([bias])}`;
}

/** What the run shows, in words: why the error did what it did, and what to try next. */
function explain(
  io: Io,
  errors: readonly number[],
  { learningRate, data, standardize }: FlagValues<typeof spec.flags>,
  inputs: readonly (readonly number[])[],
): void {
  const [first, last] = [errors[0], errors[errors.length - 1]];
  if (errors.length === 1) {
    io.log(`One value is no curve: train for more than ${ERROR_EVERY} iterations to see one.`);
  } else if (last < 0.8 * first) {
    io.log("The error falls steeply, then goes up and down: each step follows one random");
    io.log("sample, so it can undo a little of what the others taught. With a constant");
    io.log("learning rate it never settles; it hovers above its floor (a smaller rate gives");
    io.log("a lower, smoother floor, and takes longer to get there).");
  } else {
    // A feature whose values are far larger than another's dominates every step.
    const widest = (j: number) => inputs.reduce((max, x) => Math.max(max, Math.abs(x[j])), 0);
    const scales = inputs[0].map((_, j) => widest(j));
    const small = scales.reduce((a, b) => Math.min(a, b)); // one per feature: never spread them
    const large = scales.reduce((a, b) => Math.max(a, b));
    if (!standardize && large > 100 * small) {
      io.log("The error did not fall. The features are on very different scales: their");
      io.log(
        `largest values go from ${formatNumber(small)} in one column to ${formatNumber(large)} in`,
      );
      io.log("another. The large ones swamp every step and saturate the sigmoid. Try");
      io.log("--standardize.");
    } else {
      const change = last < first ? "fell by less than a fifth" : "did not fall";
      io.log(`The error ${change} (${first.toFixed(2)} to ${last.toFixed(2)}).`);
      io.log("A learning rate that is too large overshoots and");
      io.log(`saturates the sigmoid. Try --learning-rate ${learningRate / 10}.`);
    }
  }
  if (data === spec.flags.data.default) {
    io.log("");
    io.log("Why only about half right? These eight points hold four of each class, so");
    io.log("always guessing one class also gets 4/8: chance level. No straight line");
    io.log("separates the classes (the best line gets 6/8), and the line with the lowest");
    io.log("squared error, whose summed error of about 1.88 is the curve's floor, still");
    io.log("gets only 4/8. One neuron can only draw a straight line; lesson 10 adds a");
    io.log("hidden layer, which can bend it.");
  }
}

// The command line: every flag once, with its default and bounds.
export const spec = defineLesson({
  summary: "Lesson 08: train the network on eight points and chart the cumulative error.",
  flags: {
    learningRate: flag.number(0.1, "Step size of gradient descent", { above: 0, value: "RATE" }),
    // A cap that keeps a typo like 1e12 from running for hours.
    iterations: flag.whole(
      10_000,
      1,
      100_000_000,
      "How many training steps. Every 100 steps the error is also computed over all rows: a " +
        "run costs about iterations * (1 + rows / 100) predictions",
    ),
    seed: flag.seed("Seed of the starting weights and the sample picks"),
    data: flag.input("data/tutorial.csv", "CSV of inputs and a last column target, at most 100 MB"),
    standardize: flag.switch("Rescale each feature to mean 0 and deviation 1 before training"),
    plot: flag.output("Also write the chart as SVG (needs --allow-read and --allow-write)"),
    boundary: flag.output("Also write the decision boundary as SVG (two input columns only)"),
  },
  examples: [
    "deno run lessons/08_train.ts --seed 7 --learning-rate 0.05",
    "deno run --allow-read=my.csv lessons/08_train.ts --data my.csv --standardize",
    "deno task train   (writes the chart and the boundary to out/)",
  ],
  experiments: [{
    command: "deno run lessons/08_train.ts --learning-rate 5",
    question: "Steps 50 times larger: will the error fall faster?",
    answer: "No: it jumps from 3.19 to about 4.00 and stays there for half the run, then " +
      "drops to 3.00. Steps that large throw the weights deep into the sigmoid's flat ends, " +
      "where its slope, and so every step, is near 0; the run ends with 5/8 right.",
  }, {
    command: "deno task train",
    question: "It writes the chart and the learned line over the eight points to out/: " +
      "where will the line fall, for 4/8 right?",
    answer: "Open out/tutorial_boundary.svg: one straight line, with four points on the " +
      "wrong side of it; no straight line gets these eight all right.",
  }],
  exercise: { task: "write the training loop", file: "exercises/08_train.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
