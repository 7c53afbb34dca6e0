// Lesson 14: batches, the whole data set at once.
//
// Lesson 08 steps after every single sample. Stack the eight points as the rows of a matrix X
// (8 rows, 2 columns) and all eight weighted sums are one matrix-vector product, z = X w + b.
// The chain rule gives each point its slope delta = 2 (p - t) sigmoid'(z); the gradient of the
// mean error over the eight is the transposed product X^T delta / 8, the bias's the mean delta.
// A step on that mean is full-batch gradient descent: every step sees all the data, so on a
// smooth error surface a small enough step never goes up. A step on a few samples is a
// mini-batch; on one, lesson 08's stochastic gradient descent, cheap but noisy. An epoch is one
// pass over the data in a shuffled order; lesson 08 picks with replacement, and misses some.
// A layer of many units is the same product with a weight matrix, as in frameworks (lesson 18).
//
//     z = X w + b,   delta = 2 (p - t) sigmoid'(z),   gradient = X^T delta / 8
//     TeX: z = X w + b, \quad \delta = 2 (p - t) \, \sigma'(z), \quad
//     TeX: \nabla_w = \tfrac{1}{8} X^{\mathsf{T}} \delta
//
// In the lib: lib/matrix/mat_vec.ts
//
// Run it: deno run lessons/14_batches.ts       With the picture: deno task pictures

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { ERROR_EVERY, formatArray, formatNumber, lineChartText } from "../lib/mod.ts";
import { linesChartSvg, matVec, NeuralNetwork, parseDataset, RandomState } from "../lib/mod.ts";
import { sigmoid, sigmoidDerivative, transposedMatVec } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, lessonMain, wrap } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";

/** The lesson itself. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { seed, learningRate, steps, batchSize, plot } = flags;
  const { inputs: X, targets: t } = parseDataset(tutorialCsv, "data/tutorial.csv");
  const start = startOf(seed, learningRate);
  io.log("The eight points of data/tutorial.csv as the rows of a matrix X, 8 by 2:");
  io.log(`  X = [${X.map((x) => `[${x.join(" ")}]`).join(" ")}]`);
  io.log(`  t = [${t.join(" ")}]`);
  io.log(`Lesson 08's start (seed ${seed}): w = ${formatArray(start.w)}, b = ${fmt(start.b)}`);
  io.log("");

  // The forward pass for all eight at once, and the backward pass as the transposed product.
  const z = matVec(X, start.w).map((sum) => sum + start.b);
  const p = z.map(sigmoid);
  const delta = p.map((pi, i) => 2 * (pi - t[i]) * sigmoidDerivative(z[i]));
  io.log("Forward: z = X w + b, one matrix-vector product; p = sigmoid(z). Backward: each");
  io.log("point's slope delta = 2 (p - t) sigmoid'(z).");
  io.log("  point       t  z = X w + b   p = sigmoid(z)  delta");
  X.forEach((x, i) => {
    const point = `[${x.join(", ")}]`.padEnd(10);
    io.log(`  ${point}  ${t[i]}  ${pad(z[i], 12)}  ${pad(p[i], 14)}  ${fmt(delta[i])}`);
  });
  const gradient = transposedMatVec(X, delta).map((g) => g / X.length);
  const biasGradient = delta.reduce((sum, d) => sum + d, 0) / X.length;
  io.log(
    `Cumulative error sum((p - t)^2): ${fmt(p.reduce((s, pi, i) => s + (pi - t[i]) ** 2, 0))}`,
  );
  io.log(`Gradient of the mean error: X^T delta / 8 = ${formatArray(gradient)},`);
  io.log(`  and for the bias the mean of delta, ${fmt(biasGradient)}.`);
  const gap = gapToLesson07(X, t, start, gradient, biasGradient);
  io.log(`The mean of lesson 07's computeGradients over the eight points, one by one, is`);
  io.log(
    gap === 0 ? "  the same, to the last bit." : `  the same but for ${gap.toExponential(1)}.`,
  );
  io.log("");

  // Five ways to choose what each step sees, the same number of steps from the same start.
  const runs = [
    { name: "full batch: all 8", run: descend(X, t, seed, flags, fullBatch) },
    { name: `mini-batches of ${batchSize}, epochs`, run: descend(X, t, seed, flags, epochs) },
    { name: "one sample, epochs", run: descend(X, t, seed, { ...flags, batchSize: 1 }, epochs) },
    {
      name: "one sample, picked at random",
      run: descend(X, t, seed, { ...flags, batchSize: 1 }, withReplacement),
    },
  ];
  io.log(`${steps} steps from that start at learning rate ${learningRate}; the cumulative error`);
  io.log(
    `over all 8 points after every ${ERROR_EVERY}th step (${runs[0].run.errors.length} records):`,
  );
  io.log("  each step's gradient from         rises  lowest       last         swing");
  for (const { name, run: { errors } } of runs) {
    io.log(
      `  ${name.padEnd(32)}  ${String(rises(errors)).padStart(5)}  ${
        pad(Math.min(...errors), 11)
      }  ` +
        `${pad(errors.at(-1)!, 11)}  ${two(swing(errors))}`,
    );
  }
  const second = secondHalf(runs[0].run.errors).length;
  say(
    io,
    "(A rise: a record more than 1e-9 above the one before, so more than rounding. Swing: " +
      `over the second half, the last ${second} record${second === 1 ? "" : "s"}, the highest ` +
      "record minus the lowest, how far the curve still moves once it has had time to settle. " +
      "The last row is lesson 08's training.)",
  );
  io.log("");
  const [full, , , sgd] = runs.map(({ run }) => run.errors);
  const width = io.columns ?? 80;
  io.log("Full batch:");
  io.log(lineChartText(full, { height: 5, width }));
  io.log("One sample picked at random (lesson 08):");
  io.log(lineChartText(sgd, { height: 5, width }));
  io.log(`  x: steps 0 to ${(full.length - 1) * ERROR_EVERY}; y: the cumulative error.`);
  io.log("");
  say(io, curvesText(runs.map(({ run }) => run.errors), batchSize));
  io.log("");

  // Picks with replacement leave points out of every "epoch" of picks.
  const picks = runs[3].run.picks;
  const unseen8 = unseenFraction(picks, X.length);
  const n = 569;
  const random = new RandomState(seed);
  const manyPicks = Array.from({ length: 100 * n }, () => random.randint(n));
  const unseenMany = unseenFraction(manyPicks, n);
  say(
    io,
    "Lesson 08 picks each sample at random, with replacement. Cut its picks into runs of " +
      `eight, ${Math.floor(picks.length / 8)} "epochs": each missed on average ` +
      `${percent(unseen8)} of the points (expected: (7/8)^8 = ${percent((7 / 8) ** 8)}). ` +
      `For n points it is (1 - 1/n)^n, which tends to 1/e = ${percent(Math.exp(-1))}: ` +
      `100 epochs of ${n} picks among ${n} points (the diagnosis data's size) missed ` +
      `${percent(unseenMany)}, expected ${percent((1 - 1 / n) ** n)}. A shuffled epoch ` +
      "sees every point exactly once.",
  );
  io.log("");
  say(
    io,
    "The layer as a weight matrix: lesson 10's hidden layer of 4 units has one row of " +
      "weights per unit, a matrix W of 4 by 2. For one point its sums are W x + b, a " +
      "matrix-vector product; for all eight, X W^T + b, 8 by 4: 32 weighted sums in one " +
      "matrix product, and its gradient is again a transposed product. A framework's dense " +
      "layer (lesson 18) is exactly this, on a batch of rows.",
  );

  if (plot !== undefined) {
    const svg = await linesChartSvg({
      series: runs.map(({ name, run: { errors } }) => ({
        name,
        x: errors.map((_, i) => i * ERROR_EVERY),
        y: errors,
      })),
      xTitle: "Steps",
      yTitle: "Error for all training instances",
      title: `Full batch, mini-batches and one sample, learning rate ${learningRate}, seed ${seed}`,
    });
    await writeTextFileFor("plot", plot, svg, files);
    io.log("");
    io.log(`Wrote the curves to ${plot}`);
  }
}

/** The experiments "Try this" asks about; the answers are for after the run. */
export const experiments = [
  {
    command: "deno run lessons/14_batches.ts --learning-rate 2",
    question: "Full batch, steps 20 times larger: does its curve still never rise?",
    answer: "It rises 11 times and ends higher, at 2.19680198: a step that large overshoots " +
      "the valley even with the true gradient. All the data removes the noise, not the " +
      "need for a small enough step.",
  },
  {
    command: "deno run lessons/14_batches.ts --batch-size 8",
    question: "What do mini-batches of all eight, in a shuffled order, print?",
    answer: "The full batch's numbers: the order of a sum changes nothing here, so a batch " +
      "of all the data is the full batch.",
  },
] as const;

/** A start and its parameters: drawn as lesson 08 draws them, from one seeded generator. */
function startOf(seed: number, learningRate: number) {
  const random = new RandomState(seed);
  const network = new NeuralNetwork({ learningRate, random });
  return { w: network.weights, b: network.bias, random };
}

/** How a run chooses the samples of each step: full batch, shuffled epochs, with replacement. */
type Batcher = (n: number, size: number, random: RandomState) => () => number[];

export const fullBatch: Batcher = (n) => () => Array.from({ length: n }, (_, i) => i);

/** Mini-batches in a shuffled order, reshuffled each epoch; the last batch may be short. */
const epochs: Batcher = (n, size, random) => {
  let order: number[] = [];
  return () => {
    if (order.length === 0) order = random.shuffle(Array.from({ length: n }, (_, i) => i));
    return order.splice(0, size);
  };
};

/** `size` samples picked at random, each as lesson 08 picks one. */
const withReplacement: Batcher = (n, size, random) => () =>
  Array.from({ length: size }, () => random.randint(n));

/**
 * Gradient descent on the mean error of each step's batch, from lesson 08's start; the
 * cumulative error over all points after every 100th step, and every sample picked.
 */
export function descend(
  X: readonly (readonly number[])[],
  t: readonly number[],
  seed: number,
  { learningRate, steps, batchSize }: FlagValues<typeof spec.flags>,
  batcher: Batcher,
) {
  let { w, b, random } = startOf(seed, learningRate);
  const next = batcher(X.length, batchSize, random);
  const errors: number[] = [];
  const picks: number[] = [];
  for (let step = 0; step < steps; step++) {
    const batch = next();
    picks.push(...batch);
    const rows = batch.map((i) => X[i]);
    const z = matVec(rows, w).map((sum) => sum + b);
    const delta = z.map((zi, k) => 2 * (sigmoid(zi) - t[batch[k]]) * sigmoidDerivative(zi));
    const gradient = transposedMatVec(rows, delta).map((g) => g / batch.length);
    b -= (delta.reduce((sum, d) => sum + d, 0) / batch.length) * learningRate;
    w = w.map((wj, j) => wj - gradient[j] * learningRate);
    if (step % ERROR_EVERY === 0) {
      const p = matVec(X, w).map((sum) => sigmoid(sum + b));
      errors.push(p.reduce((sum, pi, i) => sum + (pi - t[i]) ** 2, 0));
    }
  }
  return { errors, picks };
}

/** What the curves show, from this run's numbers. */
export function curvesText([full, mini, epoch, sgd]: number[][], batchSize: number): string {
  const smooth = rises(full);
  const [m, e, r] = [mini, epoch, sgd].map(swing);
  const alone = Math.min(e, r);
  const same = mini.every((error, i) => Math.abs(error - full[i]) <= RISE);
  const calmer = m < alone;
  const miniText = same
    ? `Mini-batches of ${batchSize} are the full batch, record for record to within 1e-9: ` +
      "a batch of all the data, in any order, sums the same gradient but for rounding. "
    : calmer
    ? `Mini-batches of ${batchSize} swing ${two(m)}, ${times(alone / m)} less than one sample ` +
      `a step (${two(r)} picked at random, ${two(e)} in shuffled epochs): averaging ` +
      `${batchSize} samples cancels much of one point's noise, and each step costs more. `
    : `Mini-batches of ${batchSize} swing ${two(m)}, no less than one sample a step (${two(r)} ` +
      `picked at random, ${two(e)} in shuffled epochs): at this rate averaging ` +
      `${batchSize} samples does not calm the steps. `;
  // A curve that hardly moves may be stuck high rather than settled low.
  const floor = Math.min(...[full, mini, epoch, sgd].flat());
  const stuck = [
    { name: `mini-batches of ${batchSize}`, errors: mini, swing: m },
    { name: "one sample in shuffled epochs", errors: epoch, swing: e },
    { name: "one sample picked at random", errors: sgd, swing: r },
  ].filter((run) => run.swing < STILL && run.errors.at(-1)! > floor + HIGH);
  const one = stuck.length === 1;
  const stuckText = stuck.length === 0 ? "" : `${capital(and(stuck.map((run) => run.name)))} ` +
    `hardly swing${one ? "s" : ""} (${and(stuck.map((run) => two(run.swing)))}), yet ` +
    `end${one ? "s" : ""} at ${and(stuck.map((run) => fmt(run.errors.at(-1)!)))}, more than ` +
    `${HIGH} above the lowest record of any curve (${fmt(floor)}): flat because ` +
    `${one ? "it is" : "they are"} stuck on a plateau (lesson 13), not because ` +
    `${one ? "it has" : "they have"} settled. `;
  const epochText = `One sample a step in shuffled epochs swings ${two(e)}, against ${two(r)} ` +
    "picked at random: shuffling changes which point comes when, but each step still " +
    "follows one point's gradient. ";
  const frameworks = same
    ? "Frameworks use mini-batches smaller than the data: fast on matrices, and each step " +
      "cheaper than a full batch's."
    : calmer
    ? "Frameworks use mini-batches: fast on matrices, and calmer than one sample a step, as " +
      "here."
    : "Frameworks use mini-batches, fast on matrices; at this rate they are not calmer than " +
      "one sample a step.";
  return (smooth === 0
    ? "The full batch's curve never rises: each step follows the true gradient of the " +
      "whole error, and the step is small enough not to overshoot. "
    : `Even the full batch's curve rises ${smooth} times: each step follows the true ` +
      "gradient, but goes so far that it overshoots the valley. ") +
    miniText + stuckText + epochText + frameworks;
}

/** How far a curve still moves: the highest minus the lowest record over its second half. */
export function swing(errors: readonly number[]): number {
  const half = secondHalf(errors);
  return Math.max(...half) - Math.min(...half);
}

/** The second half of the records, the middle one with it when their count is odd. */
export function secondHalf(errors: readonly number[]): readonly number[] {
  return errors.slice(Math.floor(errors.length / 2));
}

/** The largest difference between the batch gradient and lesson 07's mean of single ones. */
function gapToLesson07(
  X: readonly (readonly number[])[],
  t: readonly number[],
  { w, b }: { w: number[]; b: number },
  gradient: readonly number[],
  biasGradient: number,
): number {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: w, bias: b });
  const sums = X.map((x, i) => network.computeGradients(x, t[i])).reduce(
    (sum, g) => ({ bias: sum.bias + g.bias, weights: sum.weights.map((s, j) => s + g.weights[j]) }),
    { bias: 0, weights: w.map(() => 0) },
  );
  return Math.max(
    Math.abs(sums.bias / X.length - biasGradient),
    ...sums.weights.map((s, j) => Math.abs(s / X.length - gradient[j])),
  );
}

/** The mean fraction of the n points that each run of n consecutive picks misses. */
export function unseenFraction(picks: readonly number[], n: number): number {
  const runs = Math.floor(picks.length / n);
  let missed = 0;
  for (let r = 0; r < runs; r++) missed += n - new Set(picks.slice(r * n, (r + 1) * n)).size;
  return missed / (runs * n);
}

/** How many records are above the one before by more than rounding: 1e-9. */
const rises = (errors: readonly number[]) =>
  errors.filter((e, i) => i > 0 && e > errors[i - 1] + RISE).length;
const RISE = 1e-9;
/** A curve is stuck when its swing is below STILL yet it ends more than HIGH above the lowest
 * record of any curve: flat, but far from the valley the others reached. */
const STILL = 0.01;
const HIGH = 0.5;
const fmt = formatNumber;
/** One paragraph, wrapped to 80 columns. */
const say = (io: Io, text: string) => io.log(wrap(text, 80).join("\n"));
const pad = (value: number, width: number) => formatNumber(value).padEnd(width);
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
/** Two significant digits: 0.56, 0.039, 1.7e-7. */
const two = (value: number) => String(Number(value.toPrecision(2)));
/** "14 times", rounded to two significant digits. */
const times = (ratio: number) => `${two(ratio)} times`;
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
/** "a", "a and b", "a, b and c". */
const and = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 14: batches: the whole data set at once, mini-batches, epochs.",
  flags: {
    seed: flag.seed("Seed of the starting weights, the shuffles and the picks"),
    learningRate: flag.number(0.1, "Step size of every kind of descent", {
      above: 0,
      max: 100,
      value: "RATE",
    }),
    steps: flag.whole(
      10_000,
      100,
      1_000_000,
      "Steps of each descent; every 100th records the cumulative error",
    ),
    batchSize: flag.whole(4, 1, 8, "Samples in each mini-batch", "N"),
    plot: flag.output("Also write the four curves as SVG (needs --allow-read and --allow-write)"),
  },
  examples: [
    "deno run lessons/14_batches.ts --batch-size 2 --seed 7",
    "deno task pictures   (draws docs/batches.svg with --plot)",
  ],
  experiments,
  exercise: { task: "write the batch gradient", file: "exercises/07_batch_gradient.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
