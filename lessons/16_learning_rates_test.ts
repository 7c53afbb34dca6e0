import { assert } from "chai";
import { experiments, main } from "./16_learning_rates.ts";
import { CrossEntropyNeuron } from "../lib/cross_entropy_neuron.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);
const text = async (...args: string[]) => (await run(...args)).out.join("\n");
const flat = async (...args: string[]) => (await text(...args)).replaceAll("\n", " ");

const points = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
const targets = [0, 1, 0, 1, 0, 1, 1, 0];
const RATES = ["0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"];

/** The sweep's table: for each rate, the three jobs' columns. */
function table(output: string) {
  const lines = output.split("\n");
  const top = lines.indexOf(
    "          error  right regime   error  right regime   error  right dead regime",
  );
  assert.isAbove(top, 0, "the table's heading");
  return lines.slice(top + 1, top + 10).map((line, k) => {
    const cells = line.trim().split(/\s+/);
    assert.equal(cells[0], RATES[k]);
    const [neuron, xor, digits] = [cells.slice(1, 4), cells.slice(4, 7), cells.slice(7, 11)];
    return { neuron, xor, digits };
  });
}

// Lesson 16 still draws from seededRandom, lesson 08's generator before lesson 08 took NumPy's
// (RandomState): its row at rate 0.1 is that former run of lesson 08, which ended at 1.8944097, 4/8.
Deno.test("lesson 16's sweep at rate 0.1 is lesson 08's former run: its last error, 4/8", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const rows = table(out.join("\n"));
  assert.deepEqual(rows[4].neuron, ["1.894", "4/8", "good"]);
});

Deno.test("the XOR column is lesson 10's network, trained 5,000 steps at each rate", async () => {
  const rows = table(await text());
  for (const [k, rate] of [[0, 0.001], [6, 1]] as const) {
    const network = new LayeredNetwork({
      learningRate: rate,
      sizes: [2, 4, 1],
      random: seededRandom(42),
    });
    const xor = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const errors = network.train(xor, [0, 1, 1, 0], 5_000);
    const right = xor.filter((x, i) => (network.predict(x) > 0.5 ? 1 : 0) === [0, 1, 1, 0][i]);
    const four = (v: number) => (v < 0.01 ? v.toExponential(1) : String(Number(v.toPrecision(4))));
    assert.deepEqual(
      rows[k].xor.slice(0, 2),
      [four(errors.at(-1)!), `${right.length}/4`],
      `rate ${rate}`,
    );
  }
});

Deno.test("the regimes follow the stated rule: slow below the best rate, wild above, good between", async () => {
  const output = await text();
  const rows = table(output);
  for (const job of ["neuron", "xor", "digits"] as const) {
    const regimes = rows.map((row) => row[job].at(-1));
    const first = regimes.indexOf("good");
    const last = regimes.lastIndexOf("good");
    assert.isAbove(first, -1, job);
    regimes.forEach((regime, k) => {
      const expected = k < first ? "slow" : k > last ? "wild" : regime;
      assert.equal(regime, expected, `${job} at ${RATES[k]}`);
    });
  }
  // The slowest rate is slow everywhere; the fastest is wild for the neuron and the digits, and
  // the dead ReLU units of the digits grow with the rate, all 16 dead at the largest.
  assert.deepEqual(rows.map((r) => r.neuron[2]).filter((r) => r === "wild").length, 2);
  assert.equal(rows[0].digits[3], "slow");
  assert.deepEqual(rows.map((r) => r.digits[2]), ["0", "0", "2", "2", "5", "14", "16", "16", "16"]);
  assert.include(
    await flat(),
    "Good rates: 08, 0.01 to 1; 10, 0.03 to 10; 12, 0.03 to 0.1.",
  );
});

// NumPy, computed once at lesson 08's start (w = [1.502436748898717, -0.7607741531821633],
// b = 2.887331630915506): p = 1 / (1 + np.exp(-(X @ w + b))) is [0.99807995 0.9941266
// 0.99957198 0.98727708 0.99957605 0.99597749 0.99996926 0.97414344] and the squared error's
// slope 2 * (p - t) * p * (1 - p) is [3.82537352e-03 -6.85884148e-05 8.55303189e-04
// -3.19626634e-04 8.47179373e-04 -3.22310335e-05 -1.88966886e-09 4.90734464e-02].
Deno.test("the squared error: the most wrong sample has the smallest slope and learns slowest", async () => {
  const output = await text();
  assert.include(
    output,
    [
      "  point       t  p            |p - t|      slope",
      "  [3, 1.5]    0  0.99808      0.99808      0.00382537",
      "  [2, 1]      1  0.994127     0.0058734    -0.0000685884",
      "  [4, 1.5]    0  0.999572     0.999572     0.000855303",
      "  [3, 4]      1  0.987277     0.0127229    -0.000319627",
      "  [3.5, 0.5]  0  0.999576     0.999576     0.000847179",
      "  [2, 0.5]    1  0.995977     0.00402251   -0.000032231",
      "  [5.5, 1]    1  0.999969     0.0000307386  -1.88967e-9",
      "  [1, 1]      0  0.974143     0.974143     0.0490734",
    ].join("\n"),
  );
  const prose = await flat();
  assert.include(prose, "4 samples are wrong (|p - t| above 0.5); the most wrong is [3.5, 0.5].");
  assert.include(prose, "Its slope is the smallest of the wrong ones (0.000847179)");
  assert.include(prose, "it learned slowest of the wrong samples.");
});

Deno.test("the cross-entropy: the slope is p - t, and the most wrong sample no longer learns slowest", async () => {
  const prose = await flat("--loss", "cross-entropy");
  assert.include(prose, "  [3.5, 0.5]  0  0.999576     0.999576     0.999576");
  assert.include(
    prose,
    "Its slope is not the smallest of the wrong ones (0.999576, against 0.974143 for [1, 1])",
  );
  // Independently: the cross-entropy neuron from the same start, 100 steps.
  const neuron = new CrossEntropyNeuron({ learningRate: 0.1, random: seededRandom(42) });
  const before = points.map((x, i) => Math.abs(neuron.predict(x) - targets[i]));
  neuron.train(points, targets, 100);
  const fell = points.map((x, i) => before[i] - Math.abs(neuron.predict(x) - targets[i]));
  const six = (v: number) => String(Number(v.toPrecision(6)));
  assert.include(
    prose,
    `[3.5, 0.5]'s |p - t| fell by ${six(fell[4])}; the slowest was [1, 1] (${six(fell[7])})`,
  );
  assert.isBelow(fell[7], fell[4]);
});

Deno.test("starting weights: zeros leave the hidden units alike and fail XOR; the histogram counts every activation", async () => {
  const output = await text();
  assert.include(
    output,
    "  start    XOR right  hidden units alike  digits: dead units  largest activation",
  );
  assert.match(output, /\n {2}zeros {4}3\/4 {8}yes {17}16 {18}0\n/);
  assert.match(output, /\n {2}normal {3}4\/4 {8}no {18}0 {19}\d/);
  const lines = output.split("\n");
  const start = lines.indexOf("times 300 images), before training:") + 1;
  const histogram = lines.slice(
    start,
    lines.findIndex((l, i) => i >= start && !l.startsWith("  [")),
  );
  const counts = histogram.map((line) => Number(line.split(" ").at(-1)));
  assert.equal(counts.reduce((a, b) => a + b, 0), 4800, "16 units times 300 images");
  assert.include(output, "The digits' hidden activations with --init he, 4800 values (16 units");
  const zeros = await text("--init", "zeros");
  assert.include(zeros, `  [0, 1]  ${"█".repeat(40)} 4800`);
  assert.include(zeros.replaceAll("\n", " "), "100% of them are exactly 0.");
});

Deno.test("each 'Try this' question is printed without its answer, and the answer is true", async () => {
  const output = await text();
  for (const { command, question, answer } of experiments) {
    assert.include(output, `  ${command}\n    ${question}`);
    assert.notInclude(output, answer);
  }
  const cross = await flat("--loss", "cross-entropy");
  assert.include(
    experiments[0].answer,
    "falls by 0.802983; the slowest of the wrong samples is [1, 1] (0.51098)",
  );
  assert.include(cross, "[3.5, 0.5]'s |p - t| fell by 0.802983; the slowest was [1, 1] (0.51098)");
  assert.include(await flat("--init", "zeros"), "100% of them are exactly 0.");
});

Deno.test("lesson 16 --plot writes the sweep as SVG, one curve per job", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--plot", "out/rates.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the sweep to out/rates.svg");
  const svg = files.files["out/rates.svg"];
  assert.match(svg, /^<svg/);
  for (const name of ["08: one neuron (squared)", "10: XOR network", "12: digits (scaled down)"]) {
    assert.include(svg, `>${name}</text>`);
  }
});

Deno.test("lesson 16 is reproducible, --seed changes it, and bad --loss or --init values are refused", async () => {
  assert.deepEqual(await run(), await run("--seed", "42"));
  assert.notDeepEqual((await run("--seed", "7")).out, (await run()).out);
  for (
    const [flag, value, message] of [
      [
        "--loss",
        "hinge",
        'Error: Invalid --loss "hinge": expected one of squared, cross-entropy',
      ],
      [
        "--init",
        "ones",
        'Error: Invalid --init "ones": expected one of zeros, normal, he',
      ],
    ]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2);
    assert.deepEqual(bad.out, []);
    assert.deepEqual(bad.err, [`${message}. Run with --help for usage.`]);
  }
});
