import { assert } from "chai";
import {
  curvesText,
  experiments,
  main,
  secondHalf,
  spec,
  swing,
  unseenFraction,
} from "./14_batches.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { main as lesson08 } from "./08_train.ts";
import { formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

// Every run of the lesson with the same flags prints the same (a test below checks that with two
// separate runs), so the tests share one run per set of flags: the default run was made nine
// times, once per test that reads it.
const runs = new Map<string, ReturnType<typeof runLesson>>();
const run = (...args: string[]) => {
  const key = JSON.stringify(args);
  if (!runs.has(key)) runs.set(key, runLesson(main, args));
  return runs.get(key)!;
};
const text = async (...args: string[]) => (await run(...args)).out.join("\n");

const points = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
const targets = [0, 1, 0, 1, 0, 1, 1, 0];

/** The row of the training table that starts with `name`: its rises, lowest, last and swing. */
function row(output: string, name: string): string[] {
  const line = output.split("\n").find((l) => l.startsWith(`  ${name}`));
  assert.isDefined(line, name);
  return line!.slice(2 + 32).trim().split(/\s+/);
}

// The forward and backward pass below were computed once with NumPy from lesson 08's start,
// np.random.seed(42) and the tutorial's three randn() draws (w = [0.4967141530112327,
// -0.13826430117118466], b = 0.6476885381006925):
// z = X @ w + b, p = 1 / (1 + np.exp(-z)), delta = 2 * (p - t) * p * (1 - p),
// X.T @ delta / 8 and delta.mean().
Deno.test("lesson 14's forward pass over all eight points and its gradient are NumPy's", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 23), [
    "The eight points of data/tutorial.csv as the rows of a matrix X, 8 by 2:",
    "  X = [[3 1.5] [2 1] [4 1.5] [3 4] [3.5 0.5] [2 0.5] [5.5 1] [1 1]]",
    "  t = [0 1 0 1 0 1 1 0]",
    "Lesson 08's start (seed 42): w = [ 0.49671415 -0.1382643 ], b = 0.64768854",
    "",
    "Forward: z = X w + b, one matrix-vector product; p = sigmoid(z). Backward: each",
    "point's slope delta = 2 (p - t) sigmoid'(z).",
    "  point       t  z = X w + b   p = sigmoid(z)  delta",
    "  [3, 1.5]    0  1.93043455    0.87329751      0.19325894",
    "  [2, 1]      1  1.50285254    0.81799954      -0.05419111",
    "  [4, 1.5]    0  2.4271487     0.91887424      0.13699381",
    "  [3, 4]      1  1.58477379    0.82987954      -0.04803504",
    "  [3.5, 0.5]  0  2.31705592    0.91027979      0.148686",
    "  [2, 0.5]    1  1.57198469    0.82806636      -0.04895723",
    "  [5.5, 1]    1  3.24135208    0.96236112      -0.00272673",
    "  [1, 1]      0  1.00613839    0.73226375      0.28712582",
    // NumPy: ((p - t) ** 2).sum() is 3.0648408914795304.
    "Cumulative error sum((p - t)^2): 3.06484089",
    "Gradient of the mean error: X^T delta / 8 = [0.19623501 0.07291392],",
    "  and for the bias the mean of delta, 0.07651931.",
    "The mean of lesson 07's computeGradients over the eight points, one by one, is",
    "  the same, to the last bit.",
    "",
    "10000 steps from that start at learning rate 0.1; the cumulative error",
  ]);
});

// NumPy, computed once from the same start: 10,000 steps of w -= 0.1 * X.T @ delta / 8 (and the
// bias), recording the cumulative error after every 100th step: 100 records, none more than
// 1e-9 above the one before, the last 1.8838062484866938. The claim, verified.
Deno.test("full-batch descent from lesson 08's start at rate 0.1: no rise in 100 records, down to 1.88380625", async () => {
  const output = await text();
  assert.include(output, "over all 8 points after every 100th step (100 records):");
  assert.deepEqual(row(output, "full batch: all 8"), ["0", "1.88380625", "1.88380625", "1.7e-7"]);
  assert.include(output, "The full batch's curve never rises:");
});

Deno.test("one sample picked at random is lesson 08's training: the same lowest and last error", async () => {
  const output = await text();
  const trained = (await runLesson(lesson08, [])).out.join("\n");
  const [, lowest, last] = row(output, "one sample, picked at random");
  assert.include(trained, `  lowest (iteration 9000): ${lowest}`);
  assert.include(trained, `  last   (iteration 9900): ${last}`);
  assert.isAbove(Number(row(output, "one sample, picked at random")[0]), 20, "it wiggles");
});

/**
 * Mini-batch descent computed independently of the lesson: lesson 07's NeuralNetwork, its
 * computeGradients averaged over each batch, its updateParameters; batches cut from a
 * Fisher-Yates shuffle of the eight, reshuffled each epoch, drawn after the start from the
 * same generator.
 */
function miniBatches(seed: number, size: number, rate: number, steps: number): number[] {
  const random = new RandomState(seed);
  const network = new NeuralNetwork({ learningRate: rate, random });
  let order: number[] = [];
  const errors: number[] = [];
  for (let step = 0; step < steps; step++) {
    if (order.length === 0) {
      order = [0, 1, 2, 3, 4, 5, 6, 7];
      for (let i = 7; i > 0; i--) {
        const j = random.randint(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    const batch = order.splice(0, size);
    const sum = { bias: 0, weights: [0, 0] };
    for (const i of batch) {
      const g = network.computeGradients(points[i], targets[i]);
      sum.bias += g.bias;
      sum.weights = sum.weights.map((s, j) => s + g.weights[j]);
    }
    network.updateParameters({
      bias: sum.bias / batch.length,
      weights: sum.weights.map((s) => s / batch.length),
    });
    if (step % 100 === 0) {
      errors.push(points.reduce((e, x, i) => e + network.error(x, targets[i]), 0));
    }
  }
  return errors;
}

Deno.test("the mini-batch and shuffled rows match an independent computation with lesson 07's class", async () => {
  for (const [seed, size] of [[42, 4], [7, 3], [42, 1]]) {
    const output = await text("--seed", String(seed), "--batch-size", String(size));
    const name = size === 1 ? "one sample, epochs" : `mini-batches of ${size}, epochs`;
    const errors = miniBatches(seed, size, 0.1, 10_000);
    const rises = errors.filter((e, i) => i > 0 && e > errors[i - 1] + 1e-9).length;
    assert.deepEqual(row(output, name), [
      String(rises),
      formatNumber(Math.min(...errors)),
      formatNumber(errors.at(-1)!),
      two(swingOf(errors)),
    ], `seed ${seed}, batches of ${size}`);
  }
  const output = await text();
  assert.deepEqual(
    row(output, "mini-batches of 4, epochs"),
    ["45", "1.88386367", "1.88386367", "0.039"],
  );
});

/** Lesson 08's training, its own way: the network's train, a record every 100th step. */
const lesson08Errors = (seed: number, rate: number) =>
  new NeuralNetwork({ learningRate: rate, random: new RandomState(seed) })
    .train(points, targets, 10_000);
/** Over the last 50 of the 100 records, the highest minus the lowest. */
const swingOf = (errors: number[]) => Math.max(...errors.slice(50)) - Math.min(...errors.slice(50));
const two = (v: number) => String(Number(v.toPrecision(2)));

// NumPy, from lesson 08's start, 10,000 steps recorded every 100th: over the last 50 records the
// full batch swings 1.734e-7 at rate 0.1 and exactly 0 at rate 2 (a cycle of two steps, seen at
// even steps only); one sample picked at random (np.random.randint(8) a step) swings 0.56 at
// rate 0.1 and 0.0013 at rate 2, where it ends at 3.0012, its lowest.
Deno.test("the size of the wiggles is measured, not the count of rises: mini-batches swing less than one sample a step at rate 0.1", async () => {
  for (const seed of [42, 7, 1, 3]) {
    const output = (await text("--seed", String(seed))).replaceAll("\n", " ");
    const mini = miniBatches(seed, 4, 0.1, 10_000);
    const epochs = miniBatches(seed, 1, 0.1, 10_000);
    const sgd = lesson08Errors(seed, 0.1);
    const [m, e, r] = [mini, epochs, sgd].map(swingOf);
    assert.isBelow(m, Math.min(e, r) / 5, `seed ${seed}: calmer by far`);
    assert.include(
      output,
      `Mini-batches of 4 swing ${two(m)}, ${two(Math.min(e, r) / m)} times less than one ` +
        `sample a step (${two(r)} picked at random, ${two(e)} in shuffled epochs): averaging 4 ` +
        "samples cancels much of one point's noise, and each step costs more. One sample a step " +
        `in shuffled epochs swings ${two(e)}, against ${two(r)} picked at random: shuffling ` +
        "changes which point comes when, but each step still follows one point's gradient. " +
        "Frameworks use mini-batches: fast on matrices, and calmer than one sample a step, as " +
        "here.",
      `seed ${seed}`,
    );
  }
  // At seeds 7, 1 and 3 mini-batches rise as often as one sample a step, or more: rises do not
  // tell them apart, the swing does.
  const seven = await text("--seed", "7");
  assert.deepEqual(
    [row(seven, "mini-batches of 4, epochs")[0], row(seven, "one sample, picked at random")[0]],
    ["47", "46"],
  );
  assert.deepEqual(row(await text(), "one sample, picked at random").slice(1), [
    "1.88457173",
    "1.90386619",
    "0.56",
  ]);
});

Deno.test("--learning-rate 2: lesson 08's run is stuck on a plateau, not wiggling, and mini-batches swing the most", async () => {
  // Lesson 14 used to print 'One sample at a time wiggles (11 rises)' here, and end with
  // 'Frameworks use mini-batches: smooth enough', while mini-batches rose the most (53).
  const output = (await text("--learning-rate", "2")).replaceAll("\n", " ");
  const sgd = lesson08Errors(42, 2);
  assert.equal(formatNumber(sgd.at(-1)!), formatNumber(Math.min(...sgd)), "it ends at its lowest");
  assert.equal(formatNumber(sgd.at(-1)!), "3.00113908");
  const mini = miniBatches(42, 4, 2, 10_000);
  const epochs = miniBatches(42, 1, 2, 10_000);
  const [m, e, r] = [mini, epochs, sgd].map(swingOf);
  assert.isAbove(m, 10 * Math.max(e, r));
  assert.include(
    output,
    `Mini-batches of 4 swing ${two(m)}, no less than one sample a step (${two(r)} picked at ` +
      `random, ${two(e)} in shuffled epochs): at this rate averaging 4 samples does not calm ` +
      `the steps. One sample picked at random hardly swings (${two(r)}), yet ends at ` +
      `3.00113908, more than 0.5 above the lowest record of any curve ` +
      `(${formatNumber(Math.min(...mini))}): flat because it is stuck on a plateau (lesson ` +
      "13), not because it has settled.",
  );
  assert.include(
    output,
    "Frameworks use mini-batches, fast on matrices; at this rate they are not calmer than " +
      "one sample a step.",
  );
  assert.notInclude(output, "wiggles");
  assert.notInclude(output, "smooth enough");
  assert.deepEqual(row(await text("--learning-rate", "2"), "full batch: all 8")[3], "0");
});

Deno.test("the curves' words follow their numbers: several stuck runs, a batch of all the data", () => {
  const flat = (level: number) => Array.from({ length: 100 }, () => level);
  const falling = Array.from({ length: 100 }, (_, i) => 3 - i / 100);
  const wiggling = falling.map((v, i) => v + (i % 2) * 0.3);
  const both = curvesText([falling, wiggling, flat(3.5), flat(3.6)], 4);
  assert.include(
    both,
    "One sample in shuffled epochs and one sample picked at random hardly swing (0 and 0), " +
      "yet end at 3.5 and 3.6, more than 0.5 above the lowest record of any curve (2.01): " +
      "flat because they are stuck on a plateau (lesson 13), not because they have settled.",
  );
  const same = curvesText([falling, falling.map((v) => v + 1e-10), wiggling, wiggling], 8);
  assert.include(same, "Mini-batches of 8 are the full batch, record for record to within 1e-9");
  assert.notInclude(same, "stuck");
  const apart = curvesText([falling, falling.map((v) => v + 2e-9), wiggling, wiggling], 8);
  assert.notInclude(apart, "are the full batch", "2e-9 apart is more than rounding");
});

Deno.test("picks with replacement miss about (1 - 1/n)^n of the points per epoch, near 1/e", async () => {
  // Independently: lesson 08's generator draws the three starting parameters, then a pick
  // per step.
  const random = new RandomState(42);
  for (let k = 0; k < 3; k++) random.randn();
  const picks = Array.from({ length: 10_000 }, () => random.randint(8));
  const missed = unseenFraction(picks, 8);
  assert.closeTo(missed, (7 / 8) ** 8, 0.01, "near its expectation");
  const many = new RandomState(42);
  const manyPicks = Array.from({ length: 100 * 569 }, () => many.randint(569));
  const output = await text();
  assert.include(
    output,
    `1250 "epochs": each missed on average ${(100 * missed).toFixed(1)}% of the points`,
  );
  assert.include(output, `(7/8)^8 = 34.4%`); // 0.34360891580581665
  assert.include(output, "1/e = 36.8%"); // 0.36787944117144233
  // (1 - 1/569) ** 569 is 0.36755593583887664.
  assert.include(
    output,
    `missed\n${(100 * unseenFraction(manyPicks, 569)).toFixed(1)}%, expected 36.8%.`,
  );
});

Deno.test("unseenFraction counts the points each run of n picks misses", () => {
  assert.equal(unseenFraction([0, 1, 2, 3], 4), 0);
  assert.equal(unseenFraction([0, 0, 0, 0, 1, 1, 2, 3], 4), (3 + 1) / 8);
  assert.equal(unseenFraction([0, 1, 2, 3, 0], 4), 0, "a last run that is short is left out");
});

Deno.test("each 'Try this' question is printed without its answer, and the answer is true", async () => {
  const output = await text();
  for (const { command, question, answer } of experiments) {
    assert.include(output, `  ${command}\n    ${question}`);
    assert.notInclude(output, answer);
  }
  // NumPy, from the same start at rate 2: 11 rises of more than 1e-9, the last record
  // 2.1968019805668613, the lowest 2.18050984690978.
  const large = await text("--learning-rate", "2");
  assert.deepEqual(row(large, "full batch: all 8"), ["11", "2.18050985", "2.19680198", "0"]);
  assert.include(experiments[0].answer, "11 times and ends higher, at 2.19680198");
  assert.include(large, "Even the full batch's curve rises 11 times:");
  const whole = await text("--batch-size", "8");
  assert.deepEqual(row(whole, "mini-batches of 8, epochs"), row(whole, "full batch: all 8"));
  assert.include(
    whole.replaceAll("\n", " "),
    "Mini-batches of 8 are the full batch, record for record to within 1e-9: a batch of all " +
      "the data, in any order, sums the same gradient but for rounding.",
  );
});

Deno.test("lesson 14 is reproducible, --seed changes the start, --steps the records", async () => {
  const first = await run();
  assert.deepEqual(await run("--seed", "42"), first);
  const other = await text("--seed", "7");
  assert.include(
    other,
    "Lesson 08's start (seed 7): w = [ 1.6905257  -0.46593737], b = 0.03282016",
  );
  assert.include(await text("--steps", "1000"), "(10 records)");
});

Deno.test("lesson 14 --plot writes the four curves as SVG; bad values are refused", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--steps", "500", "--plot", "out/b.svg"], files);
  assert.equal(code, 0);
  const wrote = out.indexOf("Wrote the curves to out/b.svg");
  assert.equal(out[wrote - 1], "", "a blank line before it");
  const svg = files.files["out/b.svg"];
  assert.match(svg, /^<svg/);
  for (const name of ["full batch: all 8", "one sample, picked at random"]) {
    assert.include(svg, `>${name}</text>`);
  }
  for (
    const [flag, value] of [["--batch-size", "9"], ["--steps", "99"], ["--learning-rate", "0"]]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, flag);
    assert.deepEqual(bad.out, []);
    assert.match(bad.err[0], new RegExp(`^Error: Invalid ${flag} "${value}": expected`));
  }
});

Deno.test("lesson 14 ends with its exercise, the batch gradient", async () => {
  const out = (await run()).out;
  assert.deepEqual(out.slice(-2), [
    "Your turn: write the batch gradient in exercises/07_batch_gradient.ts, then run",
    "  deno task exercise 07",
  ]);
});

Deno.test("lesson 14's flags at their edges: --batch-size 1 to 8, --steps 100 to 1,000,000, a rate above 0 up to 100", async () => {
  const batch = "expected a whole number from 1 to 8";
  const steps = "expected a whole number from 100 to 1000000";
  const rate = "expected a number above 0 up to 100";
  for (
    const [flag, value, expected] of [
      ["--batch-size", "0", batch],
      ["--batch-size", "9", batch],
      ["--steps", "99", steps],
      ["--steps", "1000001", steps],
      ["--learning-rate", "0", rate],
      ["--learning-rate", "100.5", rate],
    ]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, `${flag} ${value}`);
    assert.deepEqual(bad.err, [
      `Error: Invalid ${flag} "${value}": ${expected}. Run with --help for usage.`,
    ]);
  }
  const smallest = await text("--steps", "100", "--batch-size", "1");
  assert.include(smallest, "over all 8 points after every 100th step (1 records):");
  assert.include(smallest.replaceAll("\n", " "), "over the second half, the last 1 record, the");
});

Deno.test("the swing is over the second half of the records, the middle one with it when they are odd", async () => {
  assert.deepEqual(secondHalf([5, 4, 3, 2]), [3, 2]);
  assert.deepEqual(secondHalf([5, 4, 3]), [4, 3]);
  assert.deepEqual(secondHalf([5]), [5]);
  assert.equal(swing([9, 1, 4, 2]), 2, "the 9 and 1 of the first half left out");
  assert.equal(swing([9, 1, 4]), 3);
  // Three records: the lesson names the two its swing measures.
  const three = (await text("--steps", "300")).replaceAll("\n", " ");
  assert.include(three, "(3 records)");
  assert.include(three, "over the second half, the last 2 records, the highest");
});

Deno.test("lesson 14's table: one row per way of choosing, its columns lined up under their heads", async () => {
  const { out } = await run();
  const at = out.indexOf("over all 8 points after every 100th step (100 records):");
  assert.deepEqual(out.slice(at, at + 7), [
    "over all 8 points after every 100th step (100 records):",
    "  each step's gradient from         rises  lowest       last         swing",
    "  full batch: all 8                     0  1.88380625   1.88380625   1.7e-7",
    "  mini-batches of 4, epochs            45  1.88386367   1.88386367   0.039",
    "  one sample, epochs                   48  1.88666009   2.01471204   0.24",
    "  one sample, picked at random         49  1.88457173   1.90386619   0.56",
    "(A rise: a record more than 1e-9 above the one before, so more than rounding.\n" +
    "Swing: over the second half, the last 50 records, the highest record minus the\n" +
    "lowest, how far the curve still moves once it has had time to settle. The last\n" +
    "row is lesson 08's training.)",
  ]);
  assert.deepEqual(out.slice(at + 7, at + 9), ["", "Full batch:"]);
});

Deno.test("the curves' words at their edges: a rise is more than 1e-9, the full batch's twin within 1e-9, stuck below a swing of 0.01 and more than 0.5 above the floor", () => {
  // Four records each: the swing is over the last two.
  const tied = [0, 1e-9, 1e-9, 1e-9];
  const exact = curvesText([tied, [...tied], [3, 2, 2.5, 2.5], [3, 2, 2.6, 2.6]], 2);
  assert.include(exact, "The full batch's curve never rises:", "exactly 1e-9 up is rounding");
  assert.include(exact, "Mini-batches of 2 are the full batch", "exactly 1e-9 apart");
  const twin = curvesText(
    [[0, 0, 0, 0], [1e-9, 1e-9, 1e-9, 1e-9], [3, 2, 2.5, 2.5], [1, 1, 1, 1]],
    2,
  );
  assert.include(twin, "Mini-batches of 2 are the full batch, record for record to within 1e-9");
  const rise = curvesText([[0, 2e-9, 1e-9, 1e-9], [3, 2, 1, 1], [3, 2, 1, 1], [3, 2, 1, 1]], 2);
  assert.include(rise, "Even the full batch's curve rises 1 times:");
  // The floor is 2: a flat run ending at 2.5 is not more than 0.5 above it; at 2.5000001 it is.
  const high = curvesText([[3, 2, 2, 2], [3, 2, 2, 2], [3, 2, 2.5, 2.5], [3, 2, 2.6, 2.6]], 2);
  assert.include(
    high,
    "One sample picked at random hardly swings (0), yet ends at 2.6, more than 0.5 above the " +
      "lowest record of any curve (2.): flat because it is stuck on a plateau (lesson 13), not " +
      "because it has settled.",
  );
  // A swing of exactly 0.01 is not still; just below it is.
  const swings = curvesText([[3, 2, 1, -1], [3, 2, 0, 0.01], [3, 2, 0.0099, 0], [3, 2, 1, 0]], 2);
  assert.include(swings, "One sample in shuffled epochs hardly swings (0.0099), yet ends at 0.,");
  assert.notInclude(swings, "Mini-batches of 2 hardly");
  // Three stuck runs are listed as "a, b and c".
  const all = curvesText([[0, 2e-9, 1e-9, 1e-9], [3, 2, 2.6, 2.6], [3, 2, 2.6, 2.6], [
    3,
    2,
    2.7,
    2.7,
  ]], 2);
  assert.include(
    all,
    "Mini-batches of 2, one sample in shuffled epochs and one sample picked at random hardly " +
      "swing (0, 0 and 0), yet end at 2.6, 2.6 and 2.7, more than 0.5 above the lowest record " +
      "of any curve (0.): flat because they are stuck on a plateau (lesson 13), not because " +
      "they have settled.",
  );
  // Mini-batches that swing as much as one sample a step are not calmer: a tie is no gain.
  const tie = curvesText([[3, 2, 1, 0], [3, 2, 1, 0.5], [3, 2, 1.5, 1], [3, 2, 1, 0.5]], 2);
  assert.include(tie, "Mini-batches of 2 swing 0.5, no less than one sample a step (0.5 picked");
  assert.include(tie, "at this rate they are not calmer than one sample a step.");
  const calmer = curvesText([[3, 2, 1, 0], [3, 2, 1, 0.9], [3, 2, 1.5, 1], [3, 2, 1, 0.2]], 2);
  assert.include(
    calmer,
    "Mini-batches of 2 swing 0.1, 5 times less than one sample a step (0.8 picked at random, " +
      "0.5 in shuffled epochs): averaging 2 samples cancels much of one point's noise",
  );
});

Deno.test("lesson 14's two charts: six rows from the first record down to the lowest, 80 columns", async () => {
  const { out } = await run();
  const chart = (title: string) => {
    const rows = out[out.indexOf(title) + 1].split("\n");
    return { labels: rows.map((r) => r.slice(0, 4)), widths: rows.map((r) => r.length) };
  };
  assert.deepEqual(chart("Full batch:"), {
    labels: ["3.02", "2.80", "2.57", "2.34", "2.11", "1.88"],
    widths: [7, 7, 7, 7, 8, 80],
  });
  const sgd = chart("One sample picked at random (lesson 08):");
  assert.deepEqual(sgd.labels, ["3.07", "2.83", "2.59", "2.36", "2.12", "1.88"]);
  assert.equal(Math.max(...sgd.widths), 80);
  const axis = out.indexOf("  x: steps 0 to 9900; y: the cumulative error.");
  assert.deepEqual([out[axis - 4], out[axis + 1], out[axis + 3]], ["Full batch:", "", ""]);
});

Deno.test("lesson 14's picks paragraph: 100 epochs of 569 picks, then a blank line before the layer", async () => {
  const { out } = await run();
  const at = out.findIndex((entry) => entry.startsWith("Lesson 08 picks each sample"));
  assert.include(
    out[at].replaceAll("\n", " "),
    "100 epochs of 569 picks among 569 points (the diagnosis data's size) missed 37.0%, " +
      "expected 36.8%. A shuffled epoch sees every point exactly once.",
  );
  assert.deepEqual([out[at - 1], out[at + 1]], ["", ""]);
  assert.match(out[at + 2], /^The layer as a weight matrix/);
});

Deno.test("a curve is stuck by its last record: one that ends exactly 0.5 above the floor is not, whatever the one before", () => {
  const text = curvesText([[3, 2, 2, 2], [3, 2, 2.1, 2.1], [3, 2, 2.505, 2.5], [3, 2, 2.3, 2]], 2);
  assert.notInclude(text, "hardly swing");
});

Deno.test("lesson 14's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("14", spec, await run());
});
