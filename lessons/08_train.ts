// Lesson 08: training the network.
//
// Now the network learns from eight points. Each iteration picks one sample at random, computes
// its gradients with the chain rule and takes a small step against them: online stochastic
// gradient descent. Every 100 iterations we add up the squared error over all eight points, the
// cumulative error, to watch how the network is doing as a whole. The tutorial's weights are
// unseeded; ours are seeded, so the same flags always print the same output.
//
// In the lib: lib/train.ts
//
// Run it: deno run lessons/08_train.ts      With pictures in out/: deno task train

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { decisionBoundarySvg, lineChartSvg, lineChartText } from "../lib/charts/mod.ts";
import { fitStandardizer, parseDataset } from "../lib/data/mod.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import {
  cumulativeError,
  ERROR_EVERY,
  NeuralNetwork,
  observeTraining,
  predictedClass,
  RandomState,
} from "../lib/mod.ts";
import { defineLesson, flag, LessonError, lessonMain } from "../runtime/cli.ts";
import type { FlagValues } from "../runtime/cli.ts";
import { readDatasetFor, writeTextFileFor } from "../runtime/files.ts";
import { type Files, type Io, paragraph } from "../runtime/io.ts";

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

  // At every record, also how sure the network is of each sample: the sigmoid's slope p(1-p).
  const start = certainty(network, inputs, targets, 0);
  const records: Certainty[] = [];
  const stopWatching = observeTraining({
    progress: ({ iteration }) => records.push(certainty(network, inputs, targets, iteration)),
  });
  const errors = (() => {
    try {
      return network.train(inputs, targets, iterations);
    } finally {
      stopWatching();
    }
  })();
  const lowest = lowestRecord(errors);
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
  const chart = lineChartText(errors, { height: 10, width: io.columns ?? 80 });
  io.log(chart);
  paragraph(
    io,
    `x: iterations 0 to ${last * ERROR_EVERY}${averaged(errors, chart)}; y: the ` +
      "cumulative error. (The tutorial's chart counts hundreds of iterations on an axis " +
      "labelled Iterations.)",
    "  ",
  );
  io.log("");

  const correct = inputs.filter((x, i) => predictedClass(network.predict(x)) === targets[i]);
  io.log(`Final ${parameters(network)}:`);
  io.log(`${correct.length}/${inputs.length} samples classified correctly.`);
  io.log("");
  explain(io, errors, start, records, flags, dataset.inputs);
  if (data === spec.flags.data.default) halfRight(io, correct.length, errors[last]);

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

/** How sure the network is at one record: how near each prediction is to 0 or 1. */
export interface Certainty {
  /** The iteration of the record. */
  iteration: number;
  /** How many samples the network classifies wrongly. */
  wrong: number;
  /** The least sure prediction's distance from 0 or 1: near 0, every sample is saturated. */
  leastSure: number;
  /** How many predictions are exactly 0 or 1 in floating point: their slope is exactly 0. */
  exact: number;
}

function certainty(
  network: NeuralNetwork,
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  iteration: number,
): Certainty {
  const predictions = inputs.map((x) => network.predict(x));
  const distances = predictions.map((p) => Math.min(p, 1 - p));
  return {
    iteration,
    wrong: predictions.filter((p, i) => predictedClass(p) !== targets[i]).length,
    leastSure: distances.reduce((a, b) => Math.max(a, b)),
    exact: distances.filter((distance) => distance === 0).length,
  };
}

/** A prediction within this of 0 or 1 is saturated: the sigmoid's slope p(1-p) is below it. */
const SATURATED = 0.01;
/** Lesson 08's learning rate, the tutorial's. */
const DEFAULT_RATE = 0.1;

/** What the run shows, in words: why the error did what it did, and what to try next. */
export function explain(
  io: Io,
  errors: readonly number[],
  start: Certainty,
  records: readonly Certainty[],
  { learningRate, standardize }: FlagValues<typeof spec.flags>,
  inputs: readonly (readonly number[])[],
): void {
  const [first, last] = [errors[0], errors[errors.length - 1]];
  const n = inputs.length;
  if (errors.length === 1) {
    io.log(`One value is no curve: train for more than ${ERROR_EVERY} iterations to see one.`);
    return;
  }
  if (fellByAFifth(first, last)) {
    // The second half of the run: how far the error fell over it, and how much it rose on the way.
    const middle = Math.floor((errors.length - 1) / 2);
    const { fell, rose } = secondHalf(errors);
    const half = `from iteration ${middle * ERROR_EVERY} to the end`;
    paragraph(
      io,
      `The error fell from ${first.toFixed(2)} to ${last.toFixed(2)}. ` +
        (stillFalling(errors)
          ? `It is still falling: ${half} it fell by ${fell.toFixed(4)}` +
            (rose === 0
              ? ", without a single rise. "
              : ` and its rises add up to only ${rose.toFixed(4)}. `) +
            "Train longer (--iterations) to see where it levels off."
          : `Then it goes up and down: ${half} its rises add up to ${rose.toFixed(4)}, ` +
            (fell >= 0
              ? `more than its net fall of ${fell.toFixed(4)}. `
              : `and it ends ${(-fell).toFixed(4)} higher than it was. `) +
            "Each step follows one random sample, so it can undo a little of what the others " +
            "taught; at the floor each sample's own slope is not 0 (the slopes only cancel " +
            "out summed over all samples), so with a constant learning rate the steps never " +
            "shrink to nothing: the error hovers above its floor instead of settling (a " +
            "smaller rate gives a lower, smoother floor, and takes longer to get there)."),
    );
    return;
  }
  const change = last < first ? "fell by less than a fifth" : "did not fall";
  const fall = `The error ${change} (${first.toFixed(2)} to ${last.toFixed(2)}).`;
  // Every prediction exactly 0 or 1: the slope p(1-p) is exactly 0, and so is every step.
  const sizes = largestSizes(inputs);
  const prose = (x: number) => String(Number(x.toPrecision(4)));
  const scales = standardize ? "" : ` The inputs' largest values go from ` +
    `${prose(sizes.reduce((a, b) => Math.min(a, b)))} in one column to ` +
    `${prose(sizes.reduce((a, b) => Math.max(a, b)))} ` +
    `in another: weighted sums that large put the sigmoid far out on its flat ends. Try ` +
    `--standardize.`;
  const frozen = records.find(({ exact }) => exact === n);
  if (frozen !== undefined) {
    paragraph(
      io,
      `${fall} From iteration ${frozen.iteration} on, every one of the ${n} predictions is ` +
        `exactly 0 or 1 in floating point, so the sigmoid's slope p(1-p) rounds to 0, every ` +
        `gradient is 0 and no parameter moves again: ${frozenWrong(frozen.wrong)}.${scales}`,
    );
    return;
  }
  // The runs of records at which every sample was saturated: plateaus.
  const plateaus = runsOf(records, ({ leastSure }) => leastSure < SATURATED);
  if (plateaus.length > 0) {
    const plateau = plateaus[0];
    const [from, to] = [plateau[0], plateau[plateau.length - 1]];
    const leastSure = plateau.reduce((max, r) => Math.max(max, r.leastSure), 0);
    const range = (run: readonly { iteration: number }[]) => {
      const heights = run.map((r) => errors[r.iteration / ERROR_EVERY].toFixed(2));
      const low = heights.reduce((a, b) => a < b ? a : b);
      const high = heights.reduce((a, b) => a > b ? a : b);
      return low === high ? `at ${low}` : `between ${low} and ${high}`;
    };
    const cause = start.leastSure < SATURATED
      ? `The start was already there: the starting weights put every prediction within ` +
        `${start.leastSure.toPrecision(2)} of 0 or 1, so the rate is not to blame. ` +
        (standardize ? "Try another --seed." : "Try --standardize, or another --seed.")
      : `At the start the least sure prediction was ${start.leastSure.toFixed(2)} from 0 or 1; ` +
        `by iteration ${from.iteration}, steps this large had thrown the weights deep into the ` +
        `sigmoid's flat ends. Try --learning-rate ${smallerRate(learningRate)}.`;
    paragraph(
      io,
      `${fall} From iteration ${from.iteration} to ${to.iteration} it sat ${
        range(plateau)
      }: every ` +
        `prediction was within ${leastSure.toPrecision(2)} of 0 or 1, ${from.wrong} of them ` +
        `wrong, each costing about 1. So the sigmoid's slope p(1-p) was below ` +
        `${leastSure.toPrecision(2)} too, and every step is the rate times that slope: a ` +
        `plateau, where the weights barely move.${again(plateaus.slice(1), range)} ${cause}`,
    );
    return;
  }
  const end = records[records.length - 1];
  if (end.exact > 0) {
    paragraph(
      io,
      `${fall} At the end, ${end.exact} of the ${n} predictions ` +
        `${end.exact === 1 ? "is" : "are"} exactly 0 or 1 in floating point. A prediction ` +
        `that is exactly 0 or 1 has a slope p(1-p) of 0, so its sample no longer moves any ` +
        `parameter, right or wrong.${scales}`,
    );
    return;
  }
  const stuck = end.leastSure < 0.1
    ? ` It ends with every prediction within ${end.leastSure.toFixed(2)} of 0 or 1, ` +
      `${end.wrong} of them wrong: confident mistakes, each costing almost 1, on the sigmoid's ` +
      `flat ends, where its slope p(1-p) is small and so is every step.`
    : "";
  paragraph(
    io,
    `${fall} A learning rate that is too large overshoots: each step jumps past the low ` +
      `ground it aimed at.${stuck} Try --learning-rate ${smallerRate(learningRate)}.`,
  );
}

/**
 * Whether the error fell by a fifth of its start or more: then lesson 08 tells how it fell, else
 * that it "fell by less than a fifth", which at exactly a fifth would be false.
 */
export function fellByAFifth(first: number, last: number): boolean {
  return last <= 0.8 * first;
}

/** The record of the lowest error: on a tie, the first to reach it. */
export function lowestRecord(errors: readonly number[]): number {
  let lowest = 0;
  for (let i = 1; i < errors.length; i++) if (errors[i] < errors[lowest]) lowest = i;
  return lowest;
}

/**
 * The second half of a run's recorded errors: how far the error fell over it (negative when it
 * rose), and the sum of its rises from one record to the next.
 */
export function secondHalf(errors: readonly number[]): { fell: number; rose: number } {
  const middle = Math.floor((errors.length - 1) / 2);
  let rose = 0;
  for (let i = middle + 1; i < errors.length; i++) rose += Math.max(0, errors[i] - errors[i - 1]);
  return { fell: errors[middle] - errors[errors.length - 1], rose };
}

/**
 * Whether a run is still falling: over the second half of its recorded errors, the net fall is
 * larger than the sum of the rises (equal is going up and down, not falling).
 */
export function stillFalling(errors: readonly number[]): boolean {
  const { fell, rose } = secondHalf(errors);
  return fell > rose;
}

/** What the wrong samples of a frozen run cost: each wrong one exactly 1, each right one 0. */
export function frozenWrong(wrong: number): string {
  if (wrong === 0) return "every sample is right, each costing exactly 0 to the error";
  if (wrong === 1) return "1 sample stays wrong, costing exactly 1 to the error";
  return `${wrong} samples stay wrong, each costing exactly 1 to the error`;
}

/** The largest size of each feature over the samples. */
function largestSizes(inputs: readonly (readonly number[])[]): number[] {
  return inputs[0].map((_, j) => inputs.reduce((max, x) => Math.max(max, Math.abs(x[j])), 0));
}

/**
 * How the chart drew the errors: as they are when each has its column, else as means of runs of
 * neighbours (lib/charts/line_chart_text.ts), which the caption must say, with the values the
 * labels then leave out: the first or the lowest error beyond the means' range.
 */
export function averaged(errors: readonly number[], chart: string): string {
  const lines = chart.split("\n");
  // Each line is a label, a space, the axis, then the columns; the longest reaches the last.
  const columns = lines.reduce(
    (most, line) => Math.max(most, line.length - line.search(/[┤┼]/)),
    0,
  );
  if (errors.length <= columns) return "";
  const [fewest, most] = [Math.floor(errors.length / columns), Math.ceil(errors.length / columns)];
  const each = fewest === most ? `${fewest}` : `${fewest} or ${most}`;
  const [top, bottom] = [lines[0], lines[lines.length - 1]].map((line) => line.split(" ")[0]);
  const decimals = top.split(".")[1]?.length ?? 0;
  const shown = (x: number) => x.toFixed(decimals);
  const [first, lowest] = [errors[0], errors.reduce((a, b) => Math.min(a, b))];
  const beyond = [
    ...(Number(shown(first)) > Number(top)
      ? [`the first error, ${shown(first)}, is above the top label, ${top}`]
      : []),
    ...(Number(shown(lowest)) < Number(bottom)
      ? [`the lowest, ${shown(lowest)}, below the bottom one, ${bottom}`]
      : []),
  ];
  return `, each column the mean of ${each} errors` +
    (beyond.length === 0 ? "" : ` (so ${beyond.join(", and ")})`);
}

/** Every run of two or more consecutive records that all pass `test`, in order. */
export function runsOf<T>(records: readonly T[], test: (record: T) => boolean): T[][] {
  const runs: T[][] = [];
  let start = 0;
  while (start < records.length) {
    let end = start;
    while (end < records.length && test(records[end])) end++;
    if (end - start >= 2) runs.push(records.slice(start, end));
    start = Math.max(end, start + 1);
  }
  return runs;
}

/** The later plateaus, as a sentence: " It sat on one again from 2700 to 5200, at 4.00." */
function again<T extends { iteration: number }>(
  later: readonly T[][],
  range: (run: readonly T[]) => string,
): string {
  if (later.length === 0) return "";
  const spans = later.map((run) =>
    `${run[0].iteration} to ${run[run.length - 1].iteration}, ${range(run)}`
  );
  const list = spans.length === 1
    ? spans[0]
    : `${spans.slice(0, -1).join("; ")}; and ${spans[spans.length - 1]}`;
  return ` It sat on ${later.length === 1 ? "one" : "such plateaus"} again from ${list}.`;
}

/** A smaller learning rate to try: a tenth of this one, and never above lesson 08's default. */
export function smallerRate(learningRate: number): number {
  return Math.min(learningRate / 10, DEFAULT_RATE);
}

/**
 * The line with the lowest squared error on the eight points, found by SciPy's minimiser from
 * 200 starts (1.88380625; lesson 14's full batch descends to it), and a line that classifies
 * six of them, the most a straight line can (both checked in 08_train_test.ts).
 */
export const LOWEST_ERROR_LINE = { weights: [0.13347665, 0.4076116], bias: -0.99581016 };
export const SIX_RIGHT_LINE = { weights: [0.14, 0.34], bias: -1.09 };

/** Why the run gets the count it gets on the tutorial's eight points, with its own numbers. */
function halfRight(io: Io, correct: number, error: number): void {
  const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
  const judge = (line: { weights: number[]; bias: number }) => {
    const network = new NeuralNetwork({ learningRate: 0.1, ...line });
    const predict = (x: readonly number[]) => network.predict(x);
    return {
      error: cumulativeError(predict, inputs, targets),
      right: inputs.filter((x, i) => predictedClass(predict(x)) === targets[i]).length,
    };
  };
  const lowest = judge(LOWEST_ERROR_LINE);
  const six = judge(SIX_RIGHT_LINE);
  const n = inputs.length;
  const ones = targets.filter((t) => t === 1).length;
  const chance = Math.max(ones, n - ones);
  // No line's error is below the lowest, so a run that gets more right has a higher error.
  const run = correct > lowest.right
    ? `This run ends higher, at ${error.toFixed(3)}, and gets ${correct}/${n}: a higher ` +
      `error, more points right.`
    : `This run ends at ${error.toFixed(3)} with ${correct}/${n}.`;
  io.log("");
  paragraph(
    io,
    `Why ${correct}/${n}? These ${n} points hold ${ones} of class 1 and ${n - ones} of class 0, ` +
      `so always guessing one class gets ${chance}/${n}: chance level. No straight line ` +
      `separates the classes; the best gets ${six.right}/${n}. Training lowers the squared ` +
      `error, not the count of mistakes, and the two disagree: the line with the lowest squared ` +
      `error any line reaches, ${lowest.error.toFixed(3)}, gets ${lowest.right}/${n}, while ` +
      `the line ${formatArray(SIX_RIGHT_LINE.weights)}, bias ${SIX_RIGHT_LINE.bias}, at ` +
      `${six.error.toFixed(3)}, gets ${six.right}/${n}: near the floor several predictions sit ` +
      `close to 0.5, and the squared error barely cares which side they fall on. ${run} One ` +
      `neuron can only draw a straight line; lesson 10 adds a hidden layer, which can bend it.`,
  );
}

// The command line: every flag once, with its default and bounds.
export const spec = defineLesson({
  summary: "Lesson 08: train the network on eight points and chart the cumulative error.",
  flags: {
    learningRate: flag.number(DEFAULT_RATE, "Step size of gradient descent", {
      above: 0,
      value: "RATE",
    }),
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
