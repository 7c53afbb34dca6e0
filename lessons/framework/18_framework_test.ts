// Lesson 18's output, run in process with its own configuration (deno task test:framework); and
// what lessons/lessons_test.ts and lessons/_default_run.ts check of every other lesson: --help, an
// unknown flag, 80 columns, the shape of the file.

import { assert } from "chai";
import { main } from "../18_framework.ts";
import { HIDDEN_LEARNING_RATE, trainHiddenLayer } from "../10_hidden_layer.ts";
import { formatNumber } from "../../lib/format_array.ts";
import source from "../18_framework.ts" with { type: "text" };
import { runLesson, unwrap } from "../../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** The default run, shared by the tests that read it. */
let defaultRun: ReturnType<typeof run> | undefined;
const runDefault = () => defaultRun ??= run();

/** A row of the timing table, the only lines that change from run to run: batch, then both. */
const ROW =
  /^ {5}(\d+) +([\d.]+)\u00a0µs \(([\d.]+)-([\d.]+)\) +([\d.]+)\u00a0µs \(([\d.]+)-([\d.]+)\)$/;

Deno.test("lesson 18 prints the tutorial's gradients from both sides, the XOR network in both, and the time", async () => {
  const { code, out, err } = await runDefault();
  assert.equal(code, 0);
  assert.deepEqual(err, [], "no advert for tfjs-node, no warning");
  const lines = unwrap(out);
  const timing = lines.findIndex((line) => line.startsWith("3. What all that help costs"));
  assert.isAbove(timing, 0, "the timing section");
  assert.deepEqual(lines.slice(0, timing), [
    "TensorFlow.js 4.22.0 on its CPU backend, plain JavaScript. It computes",
    "in float32, the lib in float64, so they agree to about 7 significant digits.",
    "",
    "1. The tutorial's neuron: weights [1.45, -0.66], bias 0, input [2, 1.5],",
    "   target 0. Its gradients by the chain rule (lesson 06) and by tf.grad:",
    "                       chain rule    tf.grad       relative error",
    "   derror_dbias        0.19570893    0.19570889    2.3e-7",
    "   derror_dweights[0]  0.39141786    0.39141777    2.3e-7",
    "   derror_dweights[1]  0.29356339    0.29356334    2.0e-7",
    "   The largest relative error is 2.3e-7, 1.9 times float32's epsilon (1.2e-7, " +
    "the gap between 1 and the next float32): the rounding of float32, not a mistake on " +
    "either side.",
    "   tf.grad is lesson 17's autograd on tensors: while error runs, TensorFlow.js records " +
    "each operation (tf.dot, tf.add, tf.sigmoid, tf.sub, tf.square) on a tape, lesson 17's " +
    "graph with tensors for nodes, and tf.grad walks it back, each operation's backward step " +
    "passing the gradient to its inputs; the shares of a tensor used twice add up: tf.grad " +
    "of x * x at 3 gives 6. It works for functions built from TF.js operations: a step done " +
    "in plain JavaScript (a number read out with dataSync) leaves no record on the tape, and " +
    'it stops with "Cannot compute gradient of y=f(x)".',
    "",
    "2. Lesson 10's XOR network, sizes [2, 4, 1], with the lib's starting weights",
    "   (seed 42), and the same in TensorFlow.js: two tf.layers.dense layers.",
    "   Gradients for [0, 1], target 1, by backpropagation and by tf.grad: all",
    "   17 parameters, largest relative error 1.2e-7.",
    "   After 2000 iterations at learning rate 1 on the same samples:",
    "     input     the lib       TensorFlow.js",
    "     [0, 0]    0.03153794    0.03153794",
    "     [0, 1]    0.94687579    0.94687581",
    "     [1, 0]    0.94789096    0.94789088",
    "     [1, 1]    0.08717811    0.08717821",
    "   Largest difference: 1.0e-7.",
    "",
  ]);
  assert.deepEqual(lines.slice(timing, timing + 3), [
    "3. What all that help costs: one step of gradient descent on the mean error",
    "   of a batch (XOR's four cases, repeated), the time per sample after a warm-up: the " +
    "median of 5 runs, and their range.",
    "     batch   the lib               TensorFlow.js",
  ]);
  const rows = lines.slice(timing + 3, timing + 8);
  assert.deepEqual(rows.map((row) => ROW.exec(row)?.[1]), ["1", "4", "64", "1024", "16384"]);
  assert.deepEqual(lines.slice(timing + 9), [
    "",
    "What the framework takes over:",
    "  the lib                               TensorFlow.js",
    "  chain rule by hand: computeGradients  tf.grad, of TF.js operations",
    "  Layer: weights, biases, sigmoid       tf.layers.dense({ units, activation })",
    "  update step: updateParameters         tf.train.sgd(rate).minimize(error)",
  ]);
});

Deno.test("the tutorial's gradients agree to float32 precision: relative errors below 1e-6", async () => {
  const { out } = await runDefault();
  const rows = out.flatMap((line) => {
    const match = /^ {3}(derror_d\w+(?:\[\d\])?) +([\d.]+) +([\d.]+) +([\d.e-]+)$/.exec(line);
    return match ? [match.slice(1).map((cell, i) => i === 0 ? cell : Number(cell))] : [];
  }) as [string, number, number, number][];
  assert.deepEqual(rows.map(([name]) => name), [
    "derror_dbias",
    "derror_dweights[0]",
    "derror_dweights[1]",
  ]);
  // The lib's column is lesson 06's: 0.19570893, [0.39141786, 0.29356339].
  assert.deepEqual(rows.map(([, lib]) => lib), [0.19570893, 0.39141786, 0.29356339]);
  for (const [name, lib, tfjs, error] of rows) {
    assert.isBelow(error, 1e-6, name);
    assert.closeTo(tfjs, lib, 1e-6 * lib + 1e-8, name);
  }
});

Deno.test("trained on the same samples, the XOR network predicts the same in both, and learns XOR", async () => {
  const { out } = await runDefault();
  const predictions = out.flatMap((line) => {
    const match = /^ {5}\[(\d), (\d)\] +([\d.]+) +([\d.]+)$/.exec(line);
    return match ? [match.slice(1).map(Number)] : [];
  });
  assert.lengthOf(predictions, 4);
  for (const [a, b, lib, tfjs] of predictions) {
    assert.closeTo(tfjs, lib, 1e-5, `[${a}, ${b}]`);
    assert.equal(lib > 0.5, a !== b, `XOR of [${a}, ${b}]`);
  }
});

Deno.test("the timings are medians inside their ranges, and the prose after them says what they say", async () => {
  const lines = unwrap((await runDefault()).out);
  // As printed ("0.70"), and as numbers.
  const printed = lines.flatMap((line) => {
    const match = ROW.exec(line);
    return match ? [match.slice(1)] : [];
  });
  const rows = printed.map((row) => row.map(Number));
  assert.lengthOf(rows, 5);
  for (const [, lib, libLow, libHigh, tfjs, tfjsLow, tfjsHigh] of rows) {
    assert.isTrue(libLow <= lib && lib <= libHigh && tfjsLow <= tfjs && tfjs <= tfjsHigh);
  }
  const us = (text: string) => `${text}\u00a0µs`;
  const prose = lines.find((line) => line.includes("On one sample a step"))!;
  const [one, big] = [rows[0], rows[4]];
  // The ratio of the medians as printed, within their rounding.
  const ratio = Number(/takes (\d+) times as long/.exec(prose)![1]);
  assert.closeTo(ratio, one[4] / one[1], ratio * 0.15 + 1);
  assert.include(
    prose,
    `at 16384 a step, a sample takes ${us(printed[4][4])} against ${us(printed[0][4])}`,
  );
  const libs = rows.map((row) => row[1]);
  const libText = (value: number) => us(printed[libs.indexOf(value)][1]);
  assert.include(
    prose,
    `is between ${libText(Math.min(...libs))} and ${libText(Math.max(...libs))} at every batch`,
  );
  const versus = big[4] / big[1];
  if (versus < 0.75) assert.include(prose, `less than the lib's ${us(printed[4][1])}`);
  if (versus > 1.3) assert.include(prose, `times the lib's ${us(printed[4][1])}`);
  assert.include(prose, "native backend (tfjs-node: compiled code on every core) or a GPU");
});

Deno.test("float32's epsilon as the lesson computes it is 2^-23, NumPy's np.finfo(np.float32).eps", async () => {
  const lines = unwrap((await runDefault()).out);
  // python3 -c "import numpy as np; print(np.finfo(np.float32).eps)": 1.1920929e-07 = 2 ** -23
  assert.include(lines.join("\n"), "float32's epsilon (1.2e-7,");
  assert.equal(Math.fround(1 + 2 ** -23), 1 + 2 ** -23);
  assert.equal(Math.fround(1 + 2 ** -24), 1);
  assert.include(lines.join("\n"), `${(2.3e-7 / 2 ** -23).toFixed(1)} times float32's epsilon`);
});

Deno.test("every line fits in 80 columns", async () => {
  const { out } = await runDefault();
  for (const line of out.flatMap((entry) => entry.split("\n"))) {
    assert.isAtMost([...line].length, 80, line);
  }
});

Deno.test("--seed and --iterations change the XOR job; bad flags are exit 2 and one line", async () => {
  const other = await run("--seed", "3", "--iterations", "50");
  assert.equal(other.code, 0);
  assert.include(
    other.out,
    "   (seed 3), and the same in TensorFlow.js: two tf.layers.dense layers.",
  );
  assert.include(other.out, "   After 50 iterations at learning rate 1 on the same samples:");
  for (
    const [args, message] of [
      [["--iterations", "0"], 'Invalid --iterations "0": expected a whole number from 1 to 20000'],
      [["--seed", "-1"], 'Invalid --seed "-1": expected a whole number from 0 to 4294967295'],
      [["--hidden", "4"], "Unknown flag --hidden"],
    ] as const
  ) {
    const { code, out, err } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
  }
});

Deno.test({
  name: "run without its configuration, lesson 18 says in one line how to run it, exit 1",
  ignore: Deno.permissions.querySync({ name: "run", command: "deno" }).state !== "granted",
  async fn() {
    // The root deno.json, as `deno run lessons/18_framework.ts` finds it: TensorFlow.js is not
    // in its import map.
    const { code, stdout, stderr } = await new Deno.Command("deno", {
      args: ["run", "lessons/18_framework.ts"],
      env: { NO_COLOR: "1" },
    }).output();
    const err = new TextDecoder().decode(stderr).trimEnd().split("\n");
    assert.equal(code, 1);
    assert.equal(new TextDecoder().decode(stdout), "");
    assert.lengthOf(err, 1);
    assert.match(
      err[0],
      /^Error: lesson 18 loads TensorFlow\.js with its own configuration: run it as deno task framework \(prepare it once with deno task framework:install\)\. Cause: /,
    );
  },
});

Deno.test({
  name:
    "run as deno task framework runs it, lesson 18 prints nothing on stderr: no tfjs-node advert",
  ignore: Deno.permissions.querySync({ name: "run", command: "deno" }).state !== "granted",
  async fn() {
    const { code, stdout, stderr } = await new Deno.Command("deno", {
      args: ["run", "--config", "lessons/framework/deno.json", "lessons/18_framework.ts"].concat(
        ["--iterations", "10"],
      ),
      env: { NO_COLOR: "1" },
    }).output();
    assert.equal(code, 0);
    assert.equal(new TextDecoder().decode(stderr), "");
    assert.match(new TextDecoder().decode(stdout), /^TensorFlow\.js 4\.22\.0 on its CPU backend/);
  },
});

Deno.test("lesson 18 answers --help with exit 0 and its usage, within 80 columns", async () => {
  const { code, out, err } = await run("--help");
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.lengthOf(out, 1);
  assert.match(out[0], /^Lesson 18: .*\n\nUsage: deno run lessons\/18_framework\.ts/);
  for (const line of out[0].split("\n")) assert.isAtMost(line.length, 80, line);
});

Deno.test("lesson 18's teaching starts within its first 30 lines, and its flag spec sits at the bottom", () => {
  const lines = source.split("\n");
  const start = lines.findIndex((line) => /^(async )?function lesson\(/.test(line));
  assert.isAtLeast(start, 0);
  assert.isBelow(start, 30);
  const spec = lines.findIndex((line) => line.startsWith("export const spec = defineLesson("));
  assert.isAbove(spec, start);
  assert.equal(
    lines.findIndex((line) => line.startsWith("export const main = lessonMain(")),
    lines.length - 4,
  );
});

Deno.test("the XOR job is lesson 10's own network at the seed: its predictions after 2000 steps, lesson 10's", async () => {
  // Lesson 10 draws its weights and then its picks from RandomState(seed), as lesson 18 does.
  const { network } = trainHiddenLayer({
    seed: 42,
    hidden: 4,
    iterations: 2000,
    learningRate: HIDDEN_LEARNING_RATE,
  });
  const lines = (await runDefault()).out;
  for (const x of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
    const row = lines.find((line) => line.startsWith(`     [${x.join(", ")}]`));
    assert.equal(row?.trim().split(/ {2,}/)[1], formatNumber(network.predict(x)), `${x}`);
  }
});
