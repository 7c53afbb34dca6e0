import { assert } from "chai";
import { experiments, main } from "./16_learning_rates.ts";
import { CrossEntropyNeuron } from "../lib/cross_entropy_neuron.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

// Every run of the lesson with the same flags prints the same (the last test checks that with two
// separate runs), so the tests share one run per set of flags: a run trains three jobs at nine
// rates and takes about 0.3 s.
const runs = new Map<string, ReturnType<typeof runLesson>>();
const run = (...args: string[]) => {
  const key = JSON.stringify(args);
  if (!runs.has(key)) runs.set(key, runLesson(main, args));
  return runs.get(key)!;
};
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

// Lesson 16 draws from RandomState, NumPy's legacy generator, as lesson 08 does: its row at rate
// 0.1 is lesson 08's own run, which ends at 1.90386619 with 4/8.
Deno.test("lesson 16's sweep at rate 0.1 is lesson 08's run: its last error, 4/8", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const rows = table(out.join("\n"));
  assert.deepEqual(rows[4].neuron, ["1.904", "4/8", "good"]);
});

Deno.test("the XOR column is lesson 10's network, trained 5,000 steps at each rate", async () => {
  const rows = table(await text());
  for (const [k, rate] of [[0, 0.001], [6, 1]] as const) {
    const network = new LayeredNetwork({
      learningRate: rate,
      sizes: [2, 4, 1],
      random: new RandomState(42),
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
  // The three largest rates are wild for the neuron; the digits' slowest rate is slow, their
  // dead ReLU units grow with the rate, all 16 dead at 1 and 3, and rate 10 diverges.
  assert.deepEqual(rows.map((r) => r.neuron[2]).filter((r) => r === "wild").length, 3);
  assert.equal(rows[0].digits[3], "slow");
  assert.deepEqual(
    rows.map((r) => r.digits[2]),
    ["0", "0", "0", "2", "6", "15", "16", "16", "wild"],
  );
  assert.deepEqual(rows[8].digits, ["--", "-", "wild"]);
  // XOR at rate 10 learns in 5,000 steps: the rate lesson 10 points here for.
  assert.deepEqual(rows[8].xor, ["2.4e-4", "4/4", "good"]);
  assert.include(
    await flat(),
    "Good rates: 08, 0.001 to 0.3; 10, 0.1 to 10; 12, 0.01 to 0.1.",
  );
});

// NumPy, computed once at lesson 08's start (np.random.seed(42): w = [0.49671415 -0.1382643],
// b = 0.6476885381006925): p = 1 / (1 + np.exp(-(X @ w + b))) is [0.87329751 0.81799954
// 0.91887424 0.82987954 0.91027979 0.82806636 0.96236112 0.73226375], the squared error's slope
// 2 * (p - t) * p * (1 - p) is [0.19325894 -0.05419111 0.13699381 -0.04803504 0.148686
// -0.04895723 -0.00272673 0.28712582] and the cross-entropy's p - t is [0.87329751 -0.18200046
// 0.91887424 -0.17012046 0.91027979 -0.17193364 -0.03763888 0.73226375].
Deno.test("the squared error: the most wrong sample has the smallest slope of the wrong ones", async () => {
  const output = await text();
  assert.include(
    output,
    [
      "  point       t  p            |p - t|      slope",
      "  [3, 1.5]    0  0.873298     0.873298     0.193259",
      "  [2, 1]      1  0.818        0.182        -0.0541911",
      "  [4, 1.5]    0  0.918874     0.918874     0.136994",
      "  [3, 4]      1  0.82988      0.17012      -0.048035",
      "  [3.5, 0.5]  0  0.91028      0.91028      0.148686",
      "  [2, 0.5]    1  0.828066     0.171934     -0.0489572",
      "  [5.5, 1]    1  0.962361     0.0376389    -0.00272673",
      "  [1, 1]      0  0.732264     0.732264     0.287126",
    ].join("\n"),
  );
  assert.include(
    await flat(),
    "4 samples are wrong (|p - t| above 0.5); the most wrong is [4, 1.5]. Its slope is the " +
      "smallest of the wrong ones in size (0.136994): the furthest from its target asks for " +
      "the smallest step. The squared error's slope 2 (p - t) p (1 - p) holds the sigmoid's " +
      "slope p (1 - p), small where the sigmoid nears 0 or 1, as it does for a confident " +
      "mistake: a learning slowdown, here worst for the most wrong. Lessons 11 and 12 train " +
      "on the cross-entropy for this reason.",
  );
});

Deno.test("the cross-entropy: the slope is p - t, and the most wrong sample pulls hardest", async () => {
  const prose = await flat("--loss", "cross-entropy");
  assert.include(prose, "  [4, 1.5]    0  0.918874     0.918874     0.918874");
  assert.include(
    prose,
    "4 samples are wrong (|p - t| above 0.5); the most wrong is [4, 1.5]. Its slope is the " +
      "largest of all in size (0.918874): the furthest from its target asks for the largest " +
      "step. The cross-entropy's slope is p - t, the mistake itself: the more wrong, the " +
      "harder a sample pulls.",
  );
  // Independently: the cross-entropy neuron from the same start.
  const neuron = new CrossEntropyNeuron({ learningRate: 0.1, random: new RandomState(42) });
  const slopes = points.map((x, i) => neuron.computeGradients(x, targets[i]).bias);
  assert.closeTo(slopes[2], 0.91887424, 1e-8);
  assert.equal(Math.max(...slopes.map(Math.abs)), Math.abs(slopes[2]));
});

Deno.test("other starts: the most wrong sample's rank is read from the run, not assumed", async () => {
  // Seed 6: under the squared error the most wrong is neither the smallest nor the largest.
  assert.include(
    await flat("--seed", "6"),
    "Its slope is 0.295748 in size, neither the smallest of the wrong ones (0.255046, [2, 0.5]) " +
      "nor the largest of all. The squared error's slope 2 (p - t) p (1 - p) holds the " +
      "sigmoid's slope p (1 - p), small where the sigmoid nears 0 or 1, as it does for a " +
      "confident mistake: a learning slowdown. Lessons 11",
  );
  // Seed 4: its predictions are not saturated, and the most wrong pulls hardest even so.
  assert.include(await flat("--seed", "4"), "Its slope is the largest of all in size (0.296064)");
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
  assert.equal(
    experiments[0].answer,
    "No: with the cross-entropy its slope is p - t, the mistake itself, so [4, 1.5], the most " +
      "wrong, asks for the largest step of all (0.918874), where the squared error gave it the " +
      "smallest of the wrong ones (0.136994).",
  );
  assert.include(
    cross,
    "the most wrong is [4, 1.5]. Its slope is the largest of all in size (0.918874)",
  );
  assert.include(await flat(), "Its slope is the smallest of the wrong ones in size (0.136994)");
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
  // Two separate runs (the default's flags and --seed 42 are not the same key): they print the
  // same, byte for byte, which is also what lets the tests share a run.
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

Deno.test("lesson 16 ends with exercise 14: the largest rate at which lesson 08 still ends below 2.0", async () => {
  assert.isTrue(
    (await text()).endsWith(
      "Your turn: find the largest rate at which lesson 08 still ends below 2.0 in\n" +
        "exercises/14_learning_rate.ts, then run\n" +
        "  deno task exercise 14",
    ),
  );
});
