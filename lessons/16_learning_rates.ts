// Lesson 16: learning rates and starting weights.
//
// Two choices come before any training: how large a step to take, and where to start. The step
// size, the learning rate, has three regimes: too small, and the error barely falls in the time
// given; good, and it falls far; too large, and each step overshoots, the error climbs or the
// numbers overflow. Where the regimes lie differs from job to job, so we sweep the rate on a log
// scale over lessons 08, 10 and 12's jobs. The loss decides how hard each sample pulls: with the
// squared error, a sigmoid that is confidently wrong has almost no slope, so the most wrong
// sample learns slowest; the cross-entropy removes that. And the start decides what can be
// learned at all: hidden units that start equal get equal gradients and stay copies, and ReLU
// units that start at 0, with the weights after them, output 0 and learn nothing.
//
// Run it: deno run lessons/16_learning_rates.ts       With the picture: deno task pictures

import digitsCsv from "../data/digits.csv" with { type: "text" };
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { CrossEntropyNeuron, histogramText, LayeredNetwork, matVec } from "../lib/mod.ts";
import { NeuralNetwork, parseDataset, predictedClass, RandomState } from "../lib/mod.ts";
import { linesChartSvg } from "../lib/mod.ts";
import { TrainingDivergedError } from "../lib/mod.ts";
import { digitsSplit, readDigits } from "../lib/mod.ts";
import type { Layer as LayerParameters } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { wrap } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";

/** The lesson itself. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { seed, loss, init, plot } = flags;
  const eight = parseDataset(tutorialCsv, "data/tutorial.csv");
  const digits = digitJob(seed);

  // The sweep: each rate on each job, from the same seeded start.
  io.log(`Learning rates from 0.001 to 10 on a log scale, seed ${seed}, on three jobs:`);
  io.log(`  08: one neuron (${loss} error), the eight points, 10000 steps`);
  io.log(`  10: XOR with 4 hidden sigmoid units, ${XOR_STEPS} steps (a quarter of lesson 10's)`);
  io.log(
    `  12: digits, 16 hidden ReLU units, ${digits.train.length} training images, ` +
      `${digits.steps} steps, ${digits.test.length} test`,
  );
  io.log(
    `      images (lesson 12's 32 units and ${digits.trainAll} images, scaled down to run fast)`,
  );
  const jobs = [
    sweep((rate) => neuronRun(eight.inputs, eight.targets, rate, seed, loss)),
    sweep((rate) => xorRun(rate, seed)),
    sweep((rate) => digitRun(digits, rate, seed)),
  ];
  io.log("");
  io.log("  rate    08: one neuron        10: XOR network       12: digits");
  io.log("          error  right regime   error  right regime   error  right dead regime");
  RATES.forEach((rate, k) => {
    const cell = (run: Run, width: number) =>
      `${(run.diverged ? "--" : four(run.error)).padEnd(6)} ${run.right.padEnd(width)} `;
    const [a, b, c] = jobs.map((job) => job[k]);
    io.log(
      `  ${String(rate).padEnd(6)}  ${cell(a, 5)}${a.regime.padEnd(6)}   ${cell(b, 5)}` +
        `${b.regime.padEnd(6)}   ${cell(c, 5)}${String(c.dead ?? "").padEnd(4)} ${c.regime}`,
    );
  });
  say(
    io,
    "(error: the last cumulative error training recorded, every 100 steps, -- if it diverged; right: correct on " +
      "the eight points, the four XOR cases, the digits' test images; dead: hidden ReLU " +
      "units that output 0 for every training image.)",
  );
  say(io, regimes(jobs));
  io.log("");

  lossSection(io, eight.inputs, eight.targets, seed, loss);
  io.log("");
  initSection(io, init, seed, digits);
  if (plot !== undefined) {
    // Each job's error after training as a fraction of its error before: one scale for all.
    const names = [`08: one neuron (${loss})`, "10: XOR network", "12: digits (scaled down)"];
    const svg = await linesChartSvg({
      series: jobs.map((job, j) => {
        const kept = RATES.map((rate, k) => ({ rate, run: job[k] })).filter(({ run }) =>
          !run.diverged
        );
        return {
          name: names[j],
          x: kept.map(({ rate }) => Math.log10(rate)),
          y: kept.map(({ run }) => run.error / run.start),
        };
      }),
      xTitle: "log10 of the learning rate (-3 is 0.001, 1 is 10)",
      yTitle: "Error after training / error before",
      title: `The learning rate's three regimes, seed ${seed}`,
    });
    await writeTextFileFor("plot", plot, svg, files);
    io.log("");
    io.log(`Wrote the sweep to ${plot}`);
  }
}

/** The experiments "Try this" asks about; the answers are for after the run. */
export const experiments = [
  {
    command: "deno run lessons/16_learning_rates.ts --loss cross-entropy",
    question: "Does the most wrong sample still ask for the smallest step?",
    answer: "No: with the cross-entropy its slope is p - t, the mistake itself, so [4, 1.5], " +
      "the most wrong, asks for the largest step of all (0.918874), where the squared error " +
      "gave it the smallest of the wrong ones (0.136994).",
  },
  {
    command: "deno run lessons/16_learning_rates.ts --init zeros",
    question: "What do the hidden activations look like when every weight starts at 0?",
    answer: "One bar: every hidden unit of every image outputs exactly 0 (ReLU of 0). So the " +
      "output weights get no gradient and stay 0, and through them no error reaches the " +
      "hidden layer: in training no hidden weight moves, the layer stays dead, worth no unit " +
      "at all, and only the 10 output biases learn, giving every test image the same answer " +
      "(36 of 359 right).",
  },
] as const;

/** Lesson 10's XOR: 1 when exactly one input is 1. (Lessons import no other lesson.) */
const xorInputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorTargets = [0, 1, 1, 0];
/** The rates of the sweep, three per decade. */
/** Steps on XOR: a quarter of lesson 10's 20,000, to keep the run within about a second. */
const XOR_STEPS = 5_000;
const RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** The rate the digits' network is trained at from each start: a good one in the sweep. */
const DIGIT_RATE = 0.1;
const LOSSES = ["squared", "cross-entropy"] as const;
const INITS = ["zeros", "normal", "he"] as const;

/** One training's outcome: its error before and after, how many right, dead units. */
export interface Run {
  start: number;
  error: number;
  diverged: boolean;
  right: string;
  dead?: number;
}

/** A job's runs over the rates, each with its regime named from the numbers. */
export function sweep(train: (rate: number) => Run): (Run & { regime: string })[] {
  const runs = RATES.map(train);
  const best = runs.reduce((b, run, k) => (!run.diverged && run.error < runs[b].error ? k : b), 0);
  const bestFell = runs[best].start - runs[best].error;
  return runs.map((run, k) => ({
    ...run,
    regime: !run.diverged && run.start - run.error >= 0.5 * bestFell
      ? "good"
      : k < best
      ? "slow"
      : "wild",
  }));
}

/** The three regimes in words, from the sweep's numbers. */
export function regimes(jobs: (Run & { regime: string })[][]): string {
  const span = (job: (Run & { regime: string })[], regime: string) => {
    const ks = RATES.map((_, k) => k).filter((k) => job[k].regime === regime);
    const contiguous = ks.every((k, i) => i === 0 || k === ks[i - 1] + 1);
    return ks.length === 0
      ? "none"
      : ks.length === 1 || !contiguous
      ? ks.map((k) => RATES[k]).join(", ")
      : `${RATES[ks[0]]} to ${RATES[ks.at(-1)!]}`;
  };
  const names = ["08", "10", "12"];
  return "Regimes, named from these numbers: slow, the error fell less than half as far as " +
    "at the best rate, and the rate is below it; good, at least half as far; wild, less " +
    "than half as far above the best rate, or diverged. Good rates: " +
    names.map((name, j) => `${name}, ${span(jobs[j], "good")}`).join("; ") +
    ". Each job has its own window: the right rate depends on the model and the data, " +
    "which is why it is searched for on a log scale.";
}

/** Lesson 08's job: the tutorial's neuron on the eight points, 10,000 steps. */
function neuronRun(
  inputs: number[][],
  targets: number[],
  rate: number,
  seed: number,
  loss: string,
): Run {
  const random = new RandomState(seed);
  const network = loss === "squared"
    ? new NeuralNetwork({ learningRate: rate, random })
    : new CrossEntropyNeuron({ learningRate: rate, random });
  const total = () => inputs.reduce((sum, x, i) => sum + network.error(x, targets[i]), 0);
  const start = total();
  return attempt(start, () => {
    const errors = network.train(inputs, targets, 10_000);
    const right = inputs.filter((x, i) => predictedClass(network.predict(x)) === targets[i]);
    return { start, error: errors.at(-1)!, diverged: false, right: `${right.length}/8` };
  });
}

/** Lesson 10's job: XOR with 4 hidden sigmoid units. */
function xorRun(rate: number, seed: number, layers?: LayerParameters[]): Run {
  const network = new LayeredNetwork({
    learningRate: rate,
    ...(layers ? { layers } : { sizes: [2, 4, 1] }),
    random: new RandomState(seed),
  });
  const total = () => xorInputs.reduce((sum, x, i) => sum + network.error(x, xorTargets[i]), 0);
  const start = total();
  return attempt(start, () => {
    const errors = network.train(xorInputs, xorTargets, XOR_STEPS);
    const right = xorInputs.filter((x, i) => predictedClass(network.predict(x)) === xorTargets[i]);
    return { start, error: errors.at(-1)!, diverged: false, right: `${right.length}/4` };
  });
}

type Digits = ReturnType<typeof digitJob>;

/** Lesson 12's job, scaled down: its split, the first 300 training images, one pass. */
function digitJob(seed: number) {
  const data = readDigits(digitsCsv);
  const { train, test, inputs } = digitsSplit(data, seed);
  const subset = train.slice(0, 300);
  return {
    /** How many images lesson 12 trains on: the whole training side of the split. */
    trainAll: train.length,
    train: subset.map((i) => inputs[i]),
    labels: subset.map((i) => data.labels[i]),
    test: test.map((i) => inputs[i]),
    testLabels: test.map((i) => data.labels[i]),
    steps: 600,
  };
}

function digitRun(digits: Digits, rate: number, seed: number): Run {
  const network = new LayeredNetwork({
    learningRate: rate,
    sizes: [64, 16, 10],
    hidden: "relu",
    output: "softmax",
    error: "cross-entropy",
    initialisation: "he",
    random: new RandomState(seed),
  });
  const total = () =>
    digits.train.reduce((sum, x, i) => sum + network.error(x, digits.labels[i]), 0);
  const start = total();
  return attempt(start, () => {
    const errors = network.train(digits.train, digits.labels, digits.steps);
    const right = digits.test.filter((x, i) => network.classify(x) === digits.testLabels[i]);
    return {
      start,
      error: errors.at(-1)!,
      diverged: false,
      right: `${Math.round(100 * right.length / digits.test.length)}%`,
      dead: deadUnits(network.layers[0], digits.train),
    };
  });
}

/** The run, or a diverged one when the numbers overflow. */
function attempt(start: number, run: () => Run): Run {
  try {
    const result = run();
    return Number.isFinite(result.error)
      ? result
      : { start, error: Infinity, diverged: true, right: "-" };
  } catch (error) {
    if (!(error instanceof TrainingDivergedError)) throw error;
    return { start, error: Infinity, diverged: true, right: "-" };
  }
}

/** The hidden ReLU units whose weighted sum is at most 0 for every input: they output 0. */
function deadUnits(layer: LayerParameters, inputs: number[][]): number {
  const sums = inputs.map((x) => matVec(layer.weights, x).map((s, j) => s + layer.biases[j]));
  return layer.weights.filter((_, j) => sums.every((row) => row[j] <= 0)).length;
}

/** Which sample pulls hardest, under the squared error and the cross-entropy. */
function lossSection(
  io: Io,
  inputs: number[][],
  targets: number[],
  seed: number,
  loss: string,
): void {
  const make = (kind: string, rate: number) =>
    kind === "squared"
      ? new NeuralNetwork({ learningRate: rate, random: new RandomState(seed) })
      : new CrossEntropyNeuron({ learningRate: rate, random: new RandomState(seed) });
  const network = make(loss, 0.1);
  const p = inputs.map((x) => network.predict(x));
  const slopes = inputs.map((x, i) => network.computeGradients(x, targets[i]).bias);
  say(
    io,
    `The ${loss} error at lesson 08's start (seed ${seed}): each sample's slope at its ` +
      "weighted sum, the factor of every step it asks for (its bias gradient):",
  );
  io.log("  point       t  p            |p - t|      slope");
  inputs.forEach((x, i) => {
    io.log(
      `  ${`[${x.join(", ")}]`.padEnd(10)}  ${targets[i]}  ${six(p[i]).padEnd(11)}  ` +
        `${six(Math.abs(p[i] - targets[i])).padEnd(11)}  ${six(slopes[i])}`,
    );
  });
  say(io, pullsText(inputs, targets, p, slopes, loss));
}

/**
 * Which wrong sample pulls hardest, in words: the samples more than 0.5 from their targets, the
 * most wrong of them (the first on a tie), and its slope beside the smallest of the wrong ones'
 * and the largest of all (the first on a tie).
 */
export function pullsText(
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  p: readonly number[],
  slopes: readonly number[],
  loss: string,
): string {
  // The wrong samples, and the most wrong among them.
  const wrong = inputs.map((_, i) => i).filter((i) => Math.abs(p[i] - targets[i]) > 0.5);
  if (wrong.length < 2) {
    return "Fewer than two samples are wrong at this start: try another --seed to compare them.";
  }
  const worst = wrong.reduce((a, i) =>
    Math.abs(p[i] - targets[i]) > Math.abs(p[a] - targets[a]) ? i : a
  );
  const smallest = wrong.reduce((a, i) => (Math.abs(slopes[i]) < Math.abs(slopes[a]) ? i : a));
  const largest = slopes.reduce(
    (a, _, i) => (Math.abs(slopes[i]) > Math.abs(slopes[a]) ? i : a),
    0,
  );
  const name = (i: number) => `[${inputs[i].join(", ")}]`;
  const size = six(Math.abs(slopes[worst]));
  return (
    `${wrong.length} samples are wrong (|p - t| above 0.5); the most wrong is ${name(worst)}. ` +
    (smallest === worst
      ? `Its slope is the smallest of the wrong ones in size (${size}): the furthest from ` +
        "its target asks for the smallest step. "
      : largest === worst
      ? `Its slope is the largest of all in size (${size}): the furthest from its target ` +
        "asks for the largest step. "
      : `Its slope is ${size} in size, neither the smallest of the wrong ones ` +
        `(${six(Math.abs(slopes[smallest]))}, ${name(smallest)}) nor the largest of all. `) +
    (loss === "squared"
      ? "The squared error's slope 2 (p - t) p (1 - p) holds the sigmoid's slope p (1 - p), " +
        "small where the sigmoid nears 0 or 1, as it does for a confident mistake: a " +
        (smallest === worst
          ? "learning slowdown, here worst for the most wrong. "
          : "learning slowdown. ")
      : "The cross-entropy's slope is p - t, the mistake itself: the more wrong, the harder " +
        "a sample pulls. ") +
    "Lessons 11 and 12 train on the cross-entropy for this reason."
  );
}

/** The three starts on XOR, and the chosen start's hidden activations on the digits. */
function initSection(io: Io, init: string, seed: number, digits: Digits): void {
  io.log("Starting weights: XOR trained at rate 1, and the digits' hidden layer untrained:");
  io.log("  start    XOR right  hidden units alike  digits: dead units  largest activation");
  const xor = new Map<string, { right: number; alike: boolean }>();
  for (const kind of INITS) {
    const xorLayers = startLayers(kind, [2, 4, 1], seed);
    const network = new LayeredNetwork({
      learningRate: 1,
      layers: xorLayers,
      random: new RandomState(seed),
    });
    network.train(xorInputs, xorTargets, XOR_STEPS);
    const right = xorInputs.filter((x, i) => predictedClass(network.predict(x)) === xorTargets[i]);
    const hidden = network.layers[0];
    const alike = hidden.weights.every((w, j) =>
      w.every((v, k) => v === hidden.weights[0][k]) && hidden.biases[j] === hidden.biases[0]
    );
    xor.set(kind, { right: right.length, alike });
    const [layer] = startLayers(kind, [64, 16, 10], seed);
    const activations = hiddenActivations(layer, digits.train);
    io.log(
      `  ${kind.padEnd(7)}  ${`${right.length}/4`.padEnd(9)}  ${
        (alike ? "yes" : "no").padEnd(18)
      }  ` +
        `${String(deadUnits(layer, digits.train)).padEnd(18)}  ${six(Math.max(...activations))}`,
    );
  }
  say(
    io,
    "(zeros: every weight and bias 0; normal: standard normal draws, as lessons 07 and 10 " +
      "start; he: normal draws times sqrt(2 / inputs), as lesson 12 starts.)",
  );
  const [layer] = startLayers(init, [64, 16, 10], seed);
  const activations = hiddenActivations(layer, digits.train);
  const top = Math.max(...activations);
  io.log(
    `The digits' hidden activations with --init ${init}, ${activations.length} values (16 units`,
  );
  io.log(`times ${digits.train.length} images), before training:`);
  io.log(histogramText(activations, { edges: niceEdges(top), width: 40 }));
  const zeros = activations.filter((a) => a === 0).length;
  say(
    io,
    `${Math.round(100 * zeros / activations.length)}% of them are exactly 0.` +
      (init === "normal"
        ? " Standard normal weights over 64 inputs give sums whose size grows with the " +
          "number of inputs: compare the largest activation with he's in the table."
        : init === "he"
        ? " Scaling by sqrt(2 / inputs) keeps each sum about the size of its inputs, " +
          "whatever their number: no unit starts dead here, none far out."
        : ""),
  );
  say(
    io,
    trainedText(digitsFrom(init, seed, digits), init === "zeros" ? xor.get(init) : undefined),
  );
}

/** The digits' network trained from a start as the sweep trains it: what moved, what it learned. */
export interface Trained {
  /** The rate and steps it trained for, and whether the numbers overflowed. */
  rate: number;
  steps: number;
  diverged: boolean;
  /** Whether every weight and bias started at 0. */
  zeroStart: boolean;
  /** How many hidden weights and biases, output weights, output biases moved from the start. */
  moved: { hidden: number; outputWeights: number; outputBiases: number };
  /** How many there are of each. */
  counts: { hidden: number; outputWeights: number; outputBiases: number };
  /** Hidden units that output 0 for every training image, after training; of how many. */
  dead: number;
  units: number;
  /** Test images right, of how many; how many different answers they got, and the commonest. */
  right: number;
  tests: number;
  answers: number;
  answer: number;
}

/** Lesson 12's scaled-down job trained from the start `init`, at rate DIGIT_RATE. */
function digitsFrom(init: string, seed: number, digits: Digits): Trained {
  // One generator draws the start and then the picks, as the sweep's network does: from he's
  // start this is the sweep's run at rate DIGIT_RATE.
  const random = new RandomState(seed);
  const start = startLayers(init, [64, 16, 10], seed, random);
  const network = new LayeredNetwork({
    learningRate: DIGIT_RATE,
    layers: start,
    hidden: "relu",
    output: "softmax",
    error: "cross-entropy",
    random,
  });
  const size = (layer: LayerParameters) => layer.weights.flat().length;
  const counts = {
    hidden: size(start[0]) + start[0].biases.length,
    outputWeights: size(start[1]),
    outputBiases: start[1].biases.length,
  };
  const zeroStart = start.every((l) => [...l.weights.flat(), ...l.biases].every((v) => v === 0));
  const base = {
    rate: DIGIT_RATE,
    steps: digits.steps,
    zeroStart,
    counts,
    units: start[0].biases.length,
  };
  try {
    network.train(digits.train, digits.labels, digits.steps);
  } catch (error) {
    if (!(error instanceof TrainingDivergedError)) throw error;
    const moved = { hidden: 0, outputWeights: 0, outputBiases: 0 };
    const none = { dead: 0, right: 0, tests: 0, answers: 0, answer: 0 };
    return { ...base, diverged: true, moved, ...none };
  }
  const [hidden, output] = network.layers;
  const moved = (now: number[], then: number[]) => now.filter((v, k) => v !== then[k]).length;
  const answers = digits.test.map((x) => network.classify(x));
  const tally = new Map<number, number>();
  for (const a of answers) tally.set(a, (tally.get(a) ?? 0) + 1);
  const answer = [...tally].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return {
    ...base,
    diverged: false,
    moved: {
      hidden: moved(hidden.weights.flat(), start[0].weights.flat()) +
        moved(hidden.biases, start[0].biases),
      outputWeights: moved(output.weights.flat(), start[1].weights.flat()),
      outputBiases: moved(output.biases, start[1].biases),
    },
    dead: deadUnits(hidden, digits.train),
    right: answers.filter((a, i) => a === digits.testLabels[i]).length,
    tests: answers.length,
    answers: tally.size,
    answer,
  };
}

/**
 * What training from a start did, from its numbers; with `xor`, the zero start's XOR row, also
 * what the same start does to XOR's sigmoid units.
 */
export function trainedText(t: Trained, xor?: { right: number; alike: boolean }): string {
  const how = `Trained from this start as the sweep trains (${t.steps} steps at rate ${t.rate})`;
  if (t.diverged) return `${how}, the digits' network diverged.`;
  const of = (moved: number, count: number) => `${moved} of the ${count}`;
  const numbers = `${how}: ${of(t.moved.hidden, t.counts.hidden)} hidden weights and ` +
    `biases moved, ${of(t.moved.outputWeights, t.counts.outputWeights)} output weights and ` +
    `${of(t.moved.outputBiases, t.counts.outputBiases)} output biases; ${t.dead} of the ` +
    `${t.units} hidden units are dead at the end, and ${t.right} of the ${t.tests} test images ` +
    `are right (${Math.round(100 * t.right / t.tests)}%)` +
    (t.answers === 1 ? `, the same answer, ${t.answer}, for every one.` : ".");
  const stuck = t.zeroStart && t.moved.hidden === 0 && t.moved.outputWeights === 0;
  const digits = !stuck ? "" : " Every hidden unit outputs ReLU(0) = 0, and an output " +
    "weight's gradient is the error times the output of the unit it leaves, so the output " +
    "weights get none and stay 0; through output weights of 0 no error flows back to the " +
    "hidden layer (nor would it through ReLU's slope at 0, which is 0 too: " +
    "lib/layers/relu_derivative.ts). The layer is dead from the first step to the last, " +
    "worth no unit at all; only the output biases learn.";
  const sigmoid = xor === undefined
    ? ""
    : xor.alike
    ? " XOR's sigmoid units, started at 0 too, output sigmoid(0) = 0.5, so XOR's output " +
      "weights learn and the error flows back; but equal at the start, the units get equal " +
      "gradients and stay copies (the table's 'yes'): its 4 units are worth one, which gets " +
      `${xor.right}/4 right.`
    : " XOR's sigmoid units, started at 0 too, did not stay copies (the table's 'no').";
  return numbers + digits + sigmoid;
}

/** A network's starting layers for `sizes`: all zeros, standard normal, or He's scaling. */
function startLayers(
  kind: string,
  sizes: number[],
  seed: number,
  random = new RandomState(seed),
): LayerParameters[] {
  return sizes.slice(1).map((units, l) => {
    const scale = kind === "he" ? Math.sqrt(2 / sizes[l]) : 1;
    const draw = () => (kind === "zeros" ? 0 : random.randn() * scale);
    return {
      weights: Array.from({ length: units }, () => Array.from({ length: sizes[l] }, draw)),
      biases: new Array(units).fill(0),
    };
  });
}

/** Every hidden ReLU output for every input. */
function hiddenActivations(layer: LayerParameters, inputs: number[][]): number[] {
  return inputs.flatMap((x) =>
    matVec(layer.weights, x).map((s, j) => Math.max(0, s + layer.biases[j]))
  );
}

/** Eight bins from 0 to a round number at or above `top` (0 to 1 when all are 0). */
function niceEdges(top: number): number[] {
  if (top <= 0) return [0, 1];
  const raw = top / 8;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const bins = Math.ceil(top / step);
  return Array.from({ length: bins + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

const six = (value: number) => String(Number(value.toPrecision(6)));
/**
 * The sweep table's error, in at most 6 characters: 4 significant digits (3 if 4 do not fit), 2
 * in scientific notation below 0.01 (0.01 itself is "0.01").
 */
export const four = (value: number): string => {
  if (Math.abs(value) < 0.01) return value.toExponential(1);
  const text = String(Number(value.toPrecision(4)));
  return text.length <= 6 ? text : String(Number(value.toPrecision(3)));
};
/** One paragraph, wrapped to 80 columns. */
const say = (io: Io, text: string) => io.log(wrap(text, 80).join("\n"));

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 16: learning rates swept on a log scale, the loss, the starting weights.",
  flags: {
    seed: flag.seed("Seed of every start and every pick"),
    loss: flag.choice("squared", LOSSES, "The single neuron's error", "LOSS"),
    init: flag.choice("he", INITS, "The starting weights whose activations are drawn", "START"),
    plot: flag.output("Also write the sweep as SVG (needs --allow-read and --allow-write)"),
  },
  examples: [
    "deno run lessons/16_learning_rates.ts --loss cross-entropy",
    "deno run lessons/16_learning_rates.ts --init normal --seed 7",
    "deno task pictures   (draws docs/learning_rates.svg with --plot)",
  ],
  experiments,
  exercise: {
    task: "find the largest rate at which lesson 08 still ends below 2.0",
    file: "exercises/14_learning_rate.ts",
  },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
