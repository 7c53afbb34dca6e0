import { assert } from "chai";
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { DEFAULT_SEED, seededRandom } from "../lib/random/seeded_random.ts";
import { main } from "./08_train.ts";
import { denoFiles } from "./_io.ts";
import { runLesson } from "./_testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** Trains the lib's network as the lesson should, to check the lesson's printed numbers. */
function trainLikeTheLesson(seed: number, learningRate = 0.1, iterations = 10_000) {
  const { inputs, targets } = parseDataset(tutorialCsv);
  const network = new NeuralNetwork({ learningRate, random: seededRandom(seed) });
  const start = { weights: network.weights, bias: network.bias };
  const errors = network.train(inputs, targets, iterations);
  return { start, errors, network };
}

Deno.test("lesson 08 trains on the eight points for 10,000 iterations at learning rate 0.1", async () => {
  const { start, errors } = trainLikeTheLesson(DEFAULT_SEED);
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 4), [
    "Training data: data/tutorial.csv, 8 samples (x1, x2 -> target)",
    `Seed 42: starting weights ${formatArray(start.weights)}, bias ${formatArray([start.bias])}`,
    "Training for 10000 iterations at learning rate 0.1, one random sample each.",
    "Cumulative error over all 8 samples, every 100 iterations (100 values):",
  ]);
  assert.lengthOf(errors, 100);
});

Deno.test("lesson 08 prints the first, lowest and last of the 100 cumulative errors", async () => {
  const { errors } = trainLikeTheLesson(DEFAULT_SEED);
  const lowest = errors.indexOf(Math.min(...errors));
  const { out } = await run();
  assert.deepEqual(out.slice(4, 7), [
    `  first  (iteration 0): ${formatNumber(errors[0])}`,
    `  lowest (iteration ${lowest * 100}): ${formatNumber(errors[lowest])}`,
    `  last   (iteration 9900): ${formatNumber(errors[99])}`,
  ]);
  // The tutorial's NumPy runs started near 3.1-3.9 and bottomed near 1.885-1.889.
  assert.isBelow(errors[99], errors[0]);
  assert.closeTo(errors[lowest], 1.887, 0.01);
});

Deno.test("lesson 08 draws the curve in the terminal, its labels spanning the errors", async () => {
  const { errors } = trainLikeTheLesson(DEFAULT_SEED);
  const { out } = await run();
  const chart = out[8].split("\n");
  assert.lengthOf(chart, 11);
  assert.include(chart[0], Math.max(...errors).toFixed(2));
  assert.include(chart[10], Math.min(...errors).toFixed(2));
  assert.equal(out[9], "  x: one column per 100 iterations; y: error for all training instances");
});

Deno.test("lesson 08 reports the final parameters and how many samples it classifies correctly", async () => {
  const { network } = trainLikeTheLesson(DEFAULT_SEED);
  const { inputs, targets } = parseDataset(tutorialCsv);
  const correct = inputs.filter((x, i) => (network.predict(x) > 0.5 ? 1 : 0) === targets[i]).length;
  const { out } = await run();
  assert.include(
    out,
    `Final weights ${formatArray(network.weights)}, bias ${formatArray([network.bias])}: ` +
      `${correct}/8 samples classified correctly.`,
  );
});

Deno.test("lesson 08 is reproducible byte for byte, and --seed changes it", async () => {
  const first = await run();
  assert.deepEqual(await run(), first);
  assert.deepEqual(await run("--seed", "42"), first);
  const other = await run("--seed", "7");
  assert.notDeepEqual(other.out, first.out);
  const { errors } = trainLikeTheLesson(7);
  assert.include(other.out, `  first  (iteration 0): ${formatNumber(errors[0])}`);
});

Deno.test("lesson 08 honours --learning-rate and --iterations", async () => {
  const { errors } = trainLikeTheLesson(DEFAULT_SEED, 0.05, 1000);
  const { code, out } = await run("--learning-rate", "0.05", "--iterations", "1000");
  assert.equal(code, 0);
  assert.include(
    out,
    "Training for 1000 iterations at learning rate 0.05, one random sample each.",
  );
  assert.include(out, "Cumulative error over all 8 samples, every 100 iterations (10 values):");
  assert.include(out, `  last   (iteration 900): ${formatNumber(errors[9])}`);
});

Deno.test("lesson 08 --help lists every flag with its default and an example", async () => {
  const { code, out } = await run("--help");
  assert.equal(code, 0);
  const help = out.join("\n").replace(/\n {20,}/g, " "); // unwrap the wrapped descriptions
  for (
    const flag of [
      /--learning-rate RATE .*\(default: 0\.1;/,
      /--iterations N .*\(default: 10000;/,
      /--seed N .*\(default: 42/,
      /--data PATH .*\(default: data\/tutorial\.csv\)/,
      /--plot PATH /,
      /Examples:\n {2}deno run lessons\/08_train\.ts/,
    ]
  ) assert.match(help, flag);
});

Deno.test("lesson 08 --data without read permission says which flag grants it, exit 1", async () => {
  const { code, out, err } = await runLesson(main, ["--data", "data/breast_cancer.csv"], denoFiles);
  assert.equal(code, 1);
  assert.deepEqual(out, []);
  assert.deepEqual(err, [
    "Error: --data data/breast_cancer.csv: reading it needs read permission; " +
    "run with --allow-read=data/breast_cancer.csv",
  ]);
});

Deno.test("lesson 08 --plot without write permission says which flags grant it, exit 1", async () => {
  const args = ["--iterations", "100", "--plot", "out/chart.svg"];
  const { code, err } = await runLesson(main, args, denoFiles);
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: --plot out/chart.svg: writing it needs write permission, and read permission to " +
    "move it into place; run with --allow-read=out --allow-write=out",
  ]);
});
