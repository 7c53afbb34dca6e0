// Side by side: lesson 12's LayeredNetwork against the same network written with NumPy in the
// tutorial's style (bench/digits_numpy.py), on lesson 12's own default job: the same training
// images, the same starting weights, the same sample picks, the same number of epochs. Both
// sides' cumulative errors must agree (to 1e-9); then each side's training is timed warm, in
// CPU time, the two sides taking turns run by run, as bench/compare.ts times lesson 08's job.
//
// bench/compare.ts calls compareDigits() and puts its row in the table: deno task compare.

import process from "node:process";
import digitsCsv from "../data/digits.csv" with { type: "text" };
import { prepare, readDigits, spec, trainEpochs } from "../lessons/12_digits.ts";
import { LessonError } from "../runtime/cli.ts";
import { startNumpyServer } from "./_numpy_server.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";

/** Lesson 12's options: ReLU hidden units, a softmax output, the cross-entropy, He's start. */
const DIGITS = {
  hidden: "relu",
  output: "softmax",
  error: "cross-entropy",
  initialisation: "he",
} as const;
import { RandomState } from "../lib/random/random_state.ts";

/** The NumPy side, run as `python3 bench/digits_numpy.py serve`. */
const DIGITS_NUMPY_SCRIPT = "bench/digits_numpy.py";
/** How far apart two trajectories of cumulative errors may be, at most, to agree. */
export const TOLERANCE = 1e-9;

/** Lesson 12's training run, written down: what the NumPy side reads as JSON. */
export interface DigitsJob {
  /** The training images, each pixel divided by 16. */
  inputs: number[][];
  /** Their digits. */
  targets: number[];
  learning_rate: number;
  /** The starting parameters, layer by layer: one row of weights per unit. */
  weights: number[][][];
  biases: number[][];
  /** The training image of each step: every epoch's shuffled order, one after the other. */
  picks: number[];
  epochs: number;
}

/**
 * Lesson 12's run with its default flags: as in the lesson, one seeded generator draws the
 * starting parameters, then shuffles the order of the training images anew every epoch.
 */
export function digitsJob(seed: number = spec.flags.seed.default): DigitsJob {
  const { hidden, epochs, learningRate } = spec.flags;
  const digits = readDigits(digitsCsv);
  const { train, inputs: all } = prepare(digits, seed);
  const inputs = train.map((i) => all[i]);
  const random = new RandomState(seed);
  const start = new LayeredNetwork({
    ...DIGITS,
    learningRate: learningRate.default,
    sizes: [inputs[0].length, hidden.default, 10],
    random,
  });
  const order = inputs.map((_, i) => i);
  return {
    inputs,
    targets: train.map((i) => digits.labels[i]),
    learning_rate: learningRate.default,
    weights: start.layers.map((layer) => layer.weights),
    biases: start.layers.map((layer) => layer.biases),
    picks: Array.from({ length: epochs.default }, () => [...random.shuffle(order)]).flat(),
    epochs: epochs.default,
  };
}

/**
 * Prepares lesson 12's network for the job: each call of the returned function trains a network
 * from the job's start with the lesson's own loop and returns its cumulative errors (before
 * training and after each epoch). Its shuffle replays the job's orders, one per epoch.
 */
export function digitsTrainer(job: DigitsJob): () => number[] {
  const n = job.inputs.length;
  const epochs = job.picks.length / n;
  return () => {
    const network = new LayeredNetwork({
      ...DIGITS,
      learningRate: job.learning_rate,
      layers: job.weights.map((weights, l) => ({ weights, biases: job.biases[l] })),
    });
    return trainEpochs(network, job.inputs, job.targets, epochs, (order, epoch) => {
      for (let k = 0; k < n; k++) order[k] = job.picks[epoch * n + k];
    });
  };
}

/**
 * Checks that two trajectories of cumulative errors agree within the tolerance, 1e-9: the same
 * number of them, and each pair no further apart.
 *
 * @param what What differs, for the message.
 * @returns The largest difference.
 * @throws {LessonError} If they differ in length or by more than the tolerance (or one is NaN).
 */
export function agreement(
  deno: readonly number[],
  numpy: readonly number[],
  what = "The two sides' cumulative errors",
): number {
  const worst = deno.reduce((a, e, i) => Math.max(a, Math.abs(e - numpy[i])), 0);
  if (deno.length !== numpy.length || !(worst <= TOLERANCE)) {
    throw new LessonError(
      `${what} differ: ${deno.length} and ${numpy.length} values, ` +
        `largest difference ${worst} (tolerance ${TOLERANCE})`,
    );
  }
  return worst;
}

/** What compareDigits measured: a row of the table and a note on the agreement. */
export interface DigitsComparison {
  /** The table's first column. */
  measure: string;
  /** Deno's warm training times, in CPU seconds. */
  deno: number[];
  /** NumPy's, or why it was skipped (python3 or NumPy missing). */
  numpy: number[] | string;
  /** ", Python 3.11.2, NumPy 1.24.2" when NumPy ran. */
  versions: string;
  /** One sentence: how closely the two trajectories agree. */
  note: string;
}

/**
 * Trains lesson 12's network on its default job in Deno and with NumPy, checks that their
 * cumulative errors agree to 1e-9, and times each side warm in CPU time: `runs` rounds after
 * one warm-up round, the two sides taking turns.
 *
 * @param sides How to train Deno's side and start NumPy's: lesson 12's network and
 * `python3 bench/digits_numpy.py serve`, unless a test gives its own.
 * @throws {LessonError} If the two sides' cumulative errors differ by more than 1e-9, or the
 * NumPy side stops.
 */
export async function compareDigits(
  runs = 3,
  seed?: number,
  sides = { trainer: digitsTrainer, startNumpy: startNumpyServer },
): Promise<DigitsComparison> {
  const job = digitsJob(seed);
  const train = sides.trainer(job);
  const reference = train();
  const check = (errors: readonly number[]) =>
    agreement(reference, errors, "The digits network's cumulative errors");
  const measure = `Lesson 12's digits network, ${job.epochs} epochs (in process, warm)`;
  const result = { measure };
  const numpy = await sides.startNumpy(DIGITS_NUMPY_SCRIPT, job);
  const deno: number[] = [];
  if (typeof numpy === "string") {
    for (let round = 0; round <= runs; round++) deno.push(cpuSeconds(train));
    return { ...result, deno: deno.slice(1), numpy, versions: "", note: "" };
  }
  const numpyTimes: number[] = [];
  let worst = 0;
  try {
    for (let round = 0; round <= runs; round++) { // round 0 warms both sides up
      const denoTime = cpuSeconds(train);
      const { errors, seconds } = await numpy.run();
      worst = Math.max(worst, check(errors));
      if (round > 0) {
        deno.push(denoTime);
        numpyTimes.push(seconds);
      }
    }
  } finally {
    await numpy.close();
  }
  return {
    ...result,
    deno,
    numpy: numpyTimes,
    versions: numpy.versions,
    note: `Both sides' ${reference.length} cumulative cross-entropies on the digits agree: ` +
      `largest difference ${worst.toExponential(1)} (tolerance ${TOLERANCE}).`,
  };
}

/** The CPU time of one call, in seconds, as the NumPy side counts its own. */
function cpuSeconds(train: () => number[]): number {
  const start = process.cpuUsage();
  train();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}
