// Side by side: lesson 12's SoftmaxNetwork against the same network written with NumPy in the
// tutorial's style (bench/digits_numpy.py), on lesson 12's own job: the same training images,
// the same starting weights, the same sample picks, the same number of epochs. Both sides'
// cumulative errors must agree (to 1e-9); then each side's training time is the median of
// several runs after a warm-up, each side in its own process.
//
// bench/compare.ts calls compareDigits() and puts its row in the table. Alone:
//   deno run --allow-run=python3 bench/compare_digits.ts [--runs N]

import { parseArgs } from "node:util";
import { prepare, readDigits, spec } from "../lessons/12_digits.ts";
import digitsCsv from "../data/digits.csv" with { type: "text" };
import { SoftmaxNetwork } from "../lib/layers/softmax_network.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";

const SCRIPT = "bench/digits_numpy.py";
const TOLERANCE = 1e-9;

/** Lesson 12's job with its default flags: the training images, the start, the picks. */
export function digitsJob(seed: number = spec.flags.seed.default) {
  const { hidden, epochs, learningRate } = spec.flags;
  const digits = readDigits(digitsCsv);
  const { train, inputs: all } = prepare(digits, seed);
  const inputs = train.map((i) => all[i]);
  const targets = train.map((i) => digits.labels[i]);
  // As in the lesson, one generator draws the starting parameters, then every pick.
  const random = seededRandom(seed);
  const start = new SoftmaxNetwork({
    learningRate: learningRate.default,
    sizes: [inputs[0].length, hidden.default, 10],
    random,
  });
  const iterations = epochs.default * inputs.length;
  const picks = Array.from({ length: iterations }, () => Math.floor(random() * inputs.length));
  return {
    inputs,
    targets,
    learningRate: learningRate.default,
    layers: start.layers,
    picks,
    epochs: epochs.default,
  };
}

/** What compareDigits measured: a row for the table and a note on the agreement. */
export interface DigitsComparison {
  /** The table's first column. */
  measure: string;
  /** The median time of one training run in Deno, in seconds. */
  denoSeconds: number;
  /** The same for NumPy, or undefined when python3 or NumPy is missing. */
  numpySeconds?: number;
  /** The target ratio, for the table's last column. */
  target: string;
  /** One sentence: the agreement of the two trajectories, or why NumPy was skipped. */
  note: string;
  /** Every cumulative error of the Deno run, and NumPy's when it ran. */
  errors: { deno: number[]; numpy?: number[] };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Trains lesson 12's network on its default job in Deno and with NumPy, checks that the two
 * agree to 1e-9, and times each: the median of `runs` runs after a warm-up.
 *
 * @throws {Error} If the two sides' cumulative errors differ by more than 1e-9.
 */
export async function compareDigits(runs = 7, seed?: number): Promise<DigitsComparison> {
  const job = digitsJob(seed);
  const trainDeno = () => {
    let k = 0;
    const network = new SoftmaxNetwork({
      learningRate: job.learningRate,
      layers: job.layers,
      // Replays the picks: train draws Math.floor(random() * n), one call per iteration.
      random: () => (job.picks[k++] + 0.5) / job.inputs.length,
    });
    return network.train(job.inputs, job.targets, job.picks.length);
  };
  const deno = trainDeno(); // also the warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    trainDeno();
    times.push((performance.now() - t0) / 1e3);
  }
  const measure = `Lesson 12's digits network, ${job.epochs} epochs (in process)`;
  const result = { measure, denoSeconds: median(times), target: "at least 10x" };

  const python = await runPython(JSON.stringify({
    inputs: job.inputs,
    targets: job.targets,
    learning_rate: job.learningRate,
    weights: job.layers.map((layer) => layer.weights),
    biases: job.layers.map((layer) => layer.biases),
    picks: job.picks,
    runs,
  }));
  if (typeof python === "string") {
    return { ...result, note: `${python}: the NumPy side was skipped.`, errors: { deno } };
  }
  const numpy: number[] = python.errors;
  const worst = Math.max(...deno.map((e, i) => Math.abs(e - numpy[i])));
  if (numpy.length !== deno.length || !(worst <= TOLERANCE)) {
    throw new Error(
      `The digits trajectories differ: largest difference ${worst} over ${deno.length} errors`,
    );
  }
  return {
    ...result,
    numpySeconds: median(python.seconds),
    note: `Both sides' ${deno.length} cumulative cross-entropies on the digits agree: largest ` +
      `difference ${worst.toExponential(1)} (tolerance ${TOLERANCE}).`,
    errors: { deno, numpy },
  };
}

/** Runs the NumPy side on the job; returns its results, or why it could not run. */
async function runPython(job: string) {
  let child;
  try {
    child = new Deno.Command("python3", {
      args: [SCRIPT, "compare"],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "python3 is missing (Debian: python3-numpy)";
    throw error;
  }
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(job));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  if (code !== 0) {
    const text = new TextDecoder().decode(stderr);
    return text.includes("No module named") ? "NumPy is missing (Debian: python3-numpy)" : text;
  }
  return JSON.parse(new TextDecoder().decode(stdout)) as { errors: number[]; seconds: number[] };
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { runs: { type: "string", default: "3" } },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`Error: invalid --runs "${values.runs}": expected a whole number of at least 1`);
    Deno.exit(2);
  }
  const result = await compareDigits(runs);
  const ms = (s: number) => `${(s * 1e3).toFixed(0)} ms`;
  const numpy = result.numpySeconds;
  console.log(
    `${result.measure}: Deno ${ms(result.denoSeconds)}` +
      (numpy === undefined
        ? ""
        : `, NumPy ${ms(numpy)}, ${(numpy / result.denoSeconds).toFixed(1)}x faster`),
  );
  console.log(result.note);
  const first = result.errors.deno[0];
  const last = result.errors.deno.at(-1)!;
  console.log(`First and last cumulative error (Deno): ${first} and ${last}`);
  if (result.errors.numpy) {
    console.log(
      `First and last cumulative error (NumPy): ${result.errors.numpy[0]} and ` +
        `${result.errors.numpy.at(-1)}`,
    );
  }
}
