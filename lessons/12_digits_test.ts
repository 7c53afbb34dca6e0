import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import digitsCsv from "../data/digits.csv" with { type: "text" };
import dataReadme from "../data/README.md" with { type: "text" };
import { stratifiedSplit } from "../lib/data/stratified_split.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";
import { TrainingDivergedError } from "../lib/train.ts";
import {
  commonestMistake,
  deadUnits,
  learnedLittle,
  main,
  readDigits,
  spec,
  trainEpochs,
  wrongHeading,
} from "./12_digits.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** Every run the tests read, each trained once and shared (the default run trains 28,760 steps). */
let defaultRun: ReturnType<typeof run> | undefined;
const runDefault = () => defaultRun ??= run();
let deadRun: ReturnType<typeof run> | undefined;
const runDead = () => deadRun ??= run("--learning-rate", "1");

/** The file read the plain way, independently of the lesson: 64 levels and a label per row. */
const rows = digitsCsv.trim().split("\n").slice(1).map((line) => line.split(",").map(Number));
const labels = rows.map((row) => row[64]);

Deno.test("data/digits.csv holds 1,797 images of 64 grey levels from 0 to 16, 174 to 183 of each digit", () => {
  assert.lengthOf(rows, 1797);
  assert.isTrue(rows.every((row) => row.length === 65));
  assert.isTrue(
    rows.every((row) => row.slice(0, 64).every((v) => Number.isInteger(v) && v >= 0 && v <= 16)),
  );
  const perDigit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => labels.filter((l) => l === d).length);
  assert.deepEqual(perDigit, [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
  const digits = readDigits(digitsCsv);
  assert.deepEqual(digits.labels, labels);
  assert.deepEqual(digits.images, rows.map((row) => row.slice(0, 64)));
  assert.deepEqual(digits.images[0].slice(0, 8), [0, 0, 5, 13, 9, 1, 0, 0], "the first row of a 0");
});

Deno.test("data/digits.csv is the file data/README.md describes: its SHA-256", async () => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(digitsCsv));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const section = dataReadme.slice(dataReadme.indexOf("## `digits.csv`"));
  assert.include(section, `SHA-256\n  \`${hex}\``);
});

Deno.test("with the default seed, lesson 12 reaches 97.2% test accuracy (349/359), at least 95%", async () => {
  const { code, out, err } = await runDefault();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.include(out, "Test accuracy: 97.2% (349/359)");
  assert.isAtLeast(349 / 359, 0.95);
});

Deno.test("lesson 12 prints the data, the split, the network explained, the training, the digits and the confusion matrix", async () => {
  const { out } = await runDefault();
  assert.deepEqual(unwrap(out), [
    "data/digits.csv: 1797 images of 8x8 pixels, grey levels 0 to 16, digits 0 to 9.",
    "Stratified split (seed 42): 1438 to train on, 359 to test.",
    "The split is of images, not of people: all 1797 were written by the same 13 people (data/README.md), so the test images come from hands the network has trained on. Its test accuracy says how well it reads these 13 writers; a stranger's digits may fare worse.",
    "Every pixel divided by 16: each input lies between 0 and 1.",
    "",
    "A network of sizes [64, 32, 10]: 32 ReLU units, then a softmax.",
    "ReLU: each of the 32 hidden units passes on its weighted sum when it is positive and gives 0 otherwise, max(0, sum). A unit whose sum is negative is switched off for that image: its output and its slope are 0, so none of its weights learn from it.",
    "Softmax: the ten output sums become ten probabilities, e^sum of each digit divided by the total of all ten: each positive, together 1, the largest sum the largest share. The guess is the most probable digit.",
    "Cross-entropy: the error of one image is -log(probability of its right digit): 0 when the network is sure and right, growing without bound as that probability falls to 0, so a confident mistake costs far more than a hesitant one. Through the softmax its slope at each output sum is that digit's probability, minus 1 for the right digit.",
    "",
    "Training for 20 epochs at learning rate 0.05: 28760 steps, one image each.",
    "An epoch visits each of the 1438 training images once, in an order shuffled anew every epoch (np.random.shuffle), so none is left out, as picks with replacement leave some out (lesson 14). The error is added up once an epoch, not every 100 steps as the tutorial does: that would predict all 1438 images every 100 steps, 14 predictions per step, which here takes longer than the training itself.",
    "Cumulative cross-entropy over the 1438 training images:",
    "  3370.70490092 before training,",
    "  345.69319937 after epoch 1,",
    "  2.71425261 after epoch 20.",
    "",
    "Test accuracy: 97.2% (349/359)",
    "",
    "The first four test images, as the network sees them, and its guesses:",
    "┌────────────────┐ ┌────────────────┐ ┌────────────────┐ ┌────────────────┐",
    "│    ▓▒█▓▒▒░     │ │  ░ ▓▒███▓▓▒░░  │ │    ▓▒▒▒█▓▓▒    │ │    █▓▓▒░       │",
    "│    ▓▓█▓█▓▓▓    │ │  ░░█▓▒▒▓▒██▒▒  │ │    ▓▒▓▒▓▓██░   │ │  ▒░███▓▒▒      │",
    "│    ▓▒▓▒  ██░░  │ │      ▒░█▓██░░  │ │    ░░▓▓▓▒▓▓    │ │  ░░██▒▒█▓      │",
    "│    ░░██▓▓█▓░   │ │      ▓▓█▓░     │ │    ░ ██▓▒░     │ │  ░ █▓████▒░    │",
    "│    ░░████░     │ │      ░ ██▓▓    │ │    ▓▓█▓░░      │ │    ░ ░░▓▒█▓░   │",
    "│  ░░██▒▒▓▒█▓░   │ │        ░ ██░░  │ │    ▓▓░ ▓▓      │ │          █▓▒░  │",
    "│  ░ ██░ ░░██▒▒  │ │  ░ ▒░▒░█▓██▒░  │ │  ░ ▓▒░ █▓      │ │    ▒░▒▒▒░▓▒█▓  │",
    "│    ▓▓████▓▓░   │ │  ░ ▓▓▓▓█▓▓▓    │ │    ▓▓█▓▒░      │ │    █▓█▓█████▓  │",
    "└────────────────┘ └────────────────┘ └────────────────┘ └────────────────┘",
    " true 8, guess 8    true 3, guess 3    true 8, guess 8    true 9, guess 5",
    "The first 4 of the 10 it got wrong:",
    "┌────────────────┐ ┌────────────────┐ ┌────────────────┐ ┌────────────────┐",
    "│    █▓▓▒░       │ │    ░░▒░▓▓█▓▒░  │ │    ░░██▒▒      │ │    █▓▓▒▒▒▒▒▒▒  │",
    "│  ▒░███▓▒▒      │ │  ░░████▓▓██▒▒  │ │  ░ █▓▓▓██░ ░   │ │  ░░██████████░ │",
    "│  ░░██▒▒█▓      │ │  ▒░██░ ░ ██░░  │ │  ▒▒▓▓  ▓▓▓▓░   │ │    ▓▒██▒░      │",
    "│  ░ █▓████▒░    │ │  ▒░██  ▒░█▓    │ │  ░░▒▒▒░█▓░░    │ │      █▓▓▓      │",
    "│    ░ ░░▓▒█▓░   │ │    ░   ▓▓▓▒    │ │  ░░████░       │ │      ▒░██      │",
    "│          █▓▒░  │ │      ░ ██░░    │ │  ░ ███▓▒░      │ │      ▒▒██      │",
    "│    ▒░▒▒▒░▓▒█▓  │ │      ▒▒██      │ │  ░░██▓▒█▓░░    │ │  ░ ▒░▓▒▓▓      │",
    "│    █▓█▓█████▓  │ │      ▒▒▓▓      │ │    ░ ▓▒▓▓░░    │ │  ░ █▓██▒░      │",
    "└────────────────┘ └────────────────┘ └────────────────┘ └────────────────┘",
    " true 9, guess 5    true 7, guess 5    true 8, guess 2    true 5, guess 3",
    "",
    "Confusion matrix on the test set (rows: the true digit; columns: the guess):",
    "          0   1   2   3   4   5   6   7   8   9",
    "    0    36   .   .   .   .   .   .   .   .   .",
    "    1     .  35   .   .   .   .   .   .   .   1",
    "    2     .   .  35   .   .   .   .   .   .   .",
    "    3     .   .   .  36   .   .   .   .   .   1",
    "    4     .   .   .   .  36   .   .   .   .   .",
    "    5     .   .   .   1   .  35   .   .   .   .",
    "    6     .   .   .   .   .   .  36   .   .   .",
    "    7     .   1   .   .   .   1   .  34   .   .",
    "    8     .   2   1   .   .   1   .   .  31   .",
    "    9     .   .   .   .   .   1   .   .   .  35",
    "The diagonal holds the right guesses; every other number is a kind of mistake.",
    "The commonest: an 8 taken for a 1, 2 times.",
    "",
    "Hidden units that fire for no training image (dead ReLUs): 1 of 32.",
    "",
    "The tutorial says that for a network of several layers there is always one with fewer that predicts the same. That holds only without activations: layers of weighted sums alone are one weighted sum, W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2). On the first test image, with this network's weights, the two layers without the ReLU and that one layer give ten output sums that differ only by rounding (less than 1e-12); with the ReLU between them, by up to 10.94. The tutorial also says a ReLU can \"turn off\" a weight if it is negative: what it turns off is a unit, for an image that makes the unit's weighted sum negative; its weights, of either sign, stay.",
    "",
    "Try this:",
    "  deno run lessons/12_digits.ts --hidden 8",
    "    A quarter of the hidden units: how much accuracy will it lose?",
    "  deno run lessons/12_digits.ts --learning-rate 1",
    "    Steps 20 times larger: faster learning, or none?",
    "  deno task digits",
    "    It draws every test digit it got wrong to out/digits_wrong.svg: would you have read them right?",
    "Your turn: write the softmax and its cross-entropy gradient in exercises/10_softmax.ts, then run",
    "  deno task exercise 10",
  ]);
});

Deno.test("its cumulative errors are NumPy's: 3370.70490092 before training, 2.71425261 after epoch 20", async () => {
  // bench/digits_numpy.py, the same network written with NumPy in the tutorial's style, run on
  // the lesson's job (deno task compare: the same start, the same shuffled epochs), printed
  // 3370.7049009214325 first and 2.714252607284644 last, and agreed on all 21 values to 4e-12.
  const { out } = await runDefault();
  assert.include(out, "  3370.70490092 before training,");
  assert.include(out, "  2.71425261 after epoch 20.");
});

Deno.test("epochs are shuffled, not picked with replacement: each visits every training image once", async () => {
  const { digitsJob } = await import("../bench/compare_digits.ts");
  const job = digitsJob();
  for (let epoch = 0; epoch < 20; epoch++) {
    const order = job.picks.slice(epoch * 1438, (epoch + 1) * 1438);
    assert.equal(new Set(order).size, 1438, `epoch ${epoch + 1}`);
  }
  assert.notDeepEqual(job.picks.slice(0, 1438), job.picks.slice(1438, 2876), "shuffled anew");
  const { out } = await runDefault();
  assert.include(
    unwrap(out),
    "An epoch visits each of the 1438 training images once, in an order shuffled anew every " +
      "epoch (np.random.shuffle), so none is left out, as picks with replacement leave some " +
      "out (lesson 14). The error is added up once an epoch, not every 100 steps as the " +
      "tutorial does: that would predict all 1438 images every 100 steps, 14 predictions per " +
      "step, which here takes longer than the training itself.",
  );
});

Deno.test("the split is stratified: 359 test images, a fifth of each digit", async () => {
  const { test } = stratifiedSplit(labels, 0.2, new RandomState(42));
  const perDigit = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];
  assert.lengthOf(test, perDigit.reduce((sum, n) => sum + Math.round(n / 5), 0));
  assert.lengthOf(test, 359);
  const { out } = await runDefault();
  assert.include(out, "Stratified split (seed 42): 1438 to train on, 359 to test.");
});

Deno.test("the confusion matrix adds up: a row per digit's test images, the 349 right guesses on its diagonal", async () => {
  const { out } = await runDefault();
  const matrix = out.flatMap((line) => {
    const match = /^ {4}(\d) {2}((?: +(?:\d+|\.)){10})$/.exec(line);
    return match ? [match[2].trim().split(/ +/).map((c) => c === "." ? 0 : Number(c))] : [];
  });
  assert.lengthOf(matrix, 10);
  const { test } = stratifiedSplit(labels, 0.2, new RandomState(42));
  matrix.forEach((row, digit) => {
    const images = test.filter((i) => labels[i] === digit).length;
    assert.equal(row.reduce((a, b) => a + b), images, `digit ${digit}`);
  });
  assert.equal(matrix.reduce((sum, row, d) => sum + row[d], 0), 349);
  assert.equal(matrix[8][1], 2, "the commonest mistake, an 8 taken for a 1");
  const off = matrix.flatMap((row, t) => row.filter((_, g) => g !== t));
  assert.equal(Math.max(...off), 2);
  assert.equal(off.filter((c) => c === 2).length, 1, "and the only one twice");
});

Deno.test("the captions name the true digits of the first four test images", async () => {
  const { test } = stratifiedSplit(labels, 0.2, new RandomState(42));
  const { out } = await runDefault();
  const captions =
    out[out.indexOf("The first four test images, as the network sees them, and its guesses:") + 11];
  const truths = [...captions.matchAll(/true (\d)/g)].map((m) => Number(m[1]));
  assert.deepEqual(truths, test.slice(0, 4).map((i) => labels[i]));
});

Deno.test("--plot draws every wrong test digit as SVG, with its true and guessed labels", async () => {
  // One epoch is enough for the drawing (and makes more mistakes to draw): a tenth of the time.
  const files = memoryFiles();
  const args = ["--epochs", "1"];
  const { code, out } = await runLesson(main, [...args, "--plot", "out/wrong.svg"], files);
  assert.equal(code, 0);
  const right = Number(
    /^Test accuracy: .* \((\d+)\/359\)$/.exec(
      out.find((line) => line.startsWith("Test accuracy:"))!,
    )![1],
  );
  const count = 359 - right;
  assert.isAbove(count, 10, "more mistakes than after 20 epochs");
  const written = out.indexOf(`Wrote the ${count} wrong test digits to out/wrong.svg`);
  assert.isAbove(written, 0);
  assert.deepEqual(
    [...out.slice(0, written - 1), ...out.slice(written + 1)],
    (await run(...args)).out,
    "the same run, reproducible, and the file",
  );
  const svg = files.files["out/wrong.svg"];
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.include(svg, `>The ${count} test digits the network got wrong (seed 42)</text>`);
  const captions = [...svg.matchAll(/>(true \d, guess \d)<\/text>/g)].map((m) => m[1]);
  assert.lengthOf(captions, count);
  assert.isTrue(captions.every((c) => c[5] !== c[14]), "each caption is a mistake");
});

Deno.test("--seed changes the split", async () => {
  const other = await run("--epochs", "1", "--seed", "7");
  assert.equal(other.code, 0);
  assert.include(other.out, "Stratified split (seed 7): 1438 to train on, 359 to test.");
  assert.notInclude(other.out, "  3370.70490092 before training,", "another start");
});

Deno.test("too large a step kills every hidden unit: one answer for every image, and the lesson says so", async () => {
  const { code, out } = await runDead();
  assert.equal(code, 0);
  assert.include(out, "Test accuracy: 10.0% (36/359)");
  assert.include(out, "Hidden units that fire for no training image (dead ReLUs): 32 of 32.");
  assert.include(
    unwrap(out),
    "With every hidden unit dead, the hidden layer gives 0 for every training image and the " +
      "output layer sees only its own biases: the network gives one answer for all 359 test " +
      "images, a 1, right only for the 36 that are 1s, 10.0%, about one in ten.",
  );
  const matrix = out.filter((line) => /^ {4}\d {2}/.test(line))
    .map((line) => line.trim().split(/ +/).slice(1).map((c) => c === "." ? 0 : Number(c)));
  assert.lengthOf(matrix, 10);
  const { test } = stratifiedSplit(labels, 0.2, new RandomState(42));
  matrix.forEach((row, digit) => {
    const images = test.filter((i) => labels[i] === digit).length;
    assert.deepEqual(row, row.map((_, g) => g === 1 ? images : 0), `every ${digit} taken for a 1`);
  });
  assert.include(
    unwrap(out),
    "The network learned little: every hidden unit is dead (32 of 32): steps this large throw " +
      "ReLU units into silence for good. Try --learning-rate 0.05.",
  );
});

Deno.test("why a run learned little follows its own numbers: dead units, a small rate, a narrow layer", () => {
  // At the default rate a narrow layer can die whole (--hidden 3): the rate is not to blame.
  assert.equal(
    learnedLittle({ silent: 3, hidden: 3, learningRate: 0.05 }),
    "The network learned little: every hidden unit is dead (3 of 3): a ReLU unit can die at " +
      "this rate too, and in a narrow layer all of them can. Try another --seed or --hidden 32.",
  );
  // One unit alive at the default rate (--hidden 1 --seed 2, 21.4%): its width is the limit.
  assert.equal(
    learnedLittle({ silent: 0, hidden: 1, learningRate: 0.05 }),
    "The network learned little: no unit is dead, but 1 hidden unit is too few to tell ten " +
      "digits apart. Try --hidden 32.",
  );
  assert.include(learnedLittle({ silent: 0, hidden: 2, learningRate: 0.05 }), "2 hidden units are");
  assert.equal(
    learnedLittle({ silent: 0, hidden: 32, learningRate: 0.0001 }),
    "The network learned little: no unit is dead, but steps this small barely move. Try " +
      "--learning-rate 0.05 or more --epochs.",
  );
  assert.include(
    learnedLittle({ silent: 5, hidden: 32, learningRate: 1 }),
    "5 of 32 hidden units are dead: steps this large",
  );
  assert.include(
    learnedLittle({ silent: 1, hidden: 32, learningRate: 0.05 }),
    "Try another --seed.",
  );
  assert.include(
    learnedLittle({ silent: 0, hidden: 32, learningRate: 0.05 }),
    "no unit is dead. Try another --seed",
  );
});

Deno.test("its experiments' answers are what their runs print", async () => {
  const [small, large] = spec.experiments!;
  assert.equal(large.command, "deno run lessons/12_digits.ts --learning-rate 1");
  assert.include(large.answer, "the same answer, a 1, right for the 36 test 1s (10.0%)");
  assert.equal(small.command, "deno run lessons/12_digits.ts --hidden 8");
  const eight = await run("--hidden", "8", "--epochs", "20");
  assert.include(eight.out, "Test accuracy: 94.4% (339/359)");
  assert.include(eight.out, "Hidden units that fire for no training image (dead ReLUs): 1 of 8.");
  assert.include(small.answer, "94.4% (339/359), 2.8 points below 32 units' 97.2%, with one of");
  assert.equal((100 * 349 / 359 - 100 * 339 / 359).toFixed(1), "2.8");
  assert.include(spec.experiments![2].answer, "an 8 taken for a 1");
  assert.include((await runDefault()).out, "The commonest: an 8 taken for a 1, 2 times.");
});

Deno.test("training that overflows stops with the lib's divergence error, naming the step", () => {
  // Even --learning-rate 10 does not overflow here (its ReLUs die first, at every seed from 0
  // to 39): parameters of 1e200 do.
  const huge = (rows: number, columns: number) =>
    Array.from({ length: rows }, (_, j) => new Array(columns).fill(j % 2 ? -1e200 : 1e200));
  const network = new LayeredNetwork({
    learningRate: 10,
    layers: [{ weights: huge(4, 3), biases: [0, 0, 0, 0] }, {
      weights: huge(2, 4),
      biases: [0, 0],
    }],
    hidden: "relu",
    output: "softmax",
    error: "cross-entropy",
  });
  const before = structuredClone(network.layers);
  let error: unknown;
  try {
    trainEpochs(network, [[1, 1, 1], [0.5, 0, 1]], [0, 1], 2, () => {});
  } catch (thrown) {
    error = thrown;
  }
  assert.instanceOf(error, TrainingDivergedError);
  assert.equal(
    error.message,
    "Training diverged at iteration 0: the numbers grew too large to compute. " +
      "Try a smaller learning rate than 10",
  );
  assert.equal(error.iteration, 0);
  assert.deepEqual(network.layers, before, "the step that overflowed changed nothing");
});

Deno.test("lesson 12 refuses bad flags with exit 2 and one line, and answers --help", async () => {
  for (
    const [args, message] of [
      [["--hidden", "0"], 'Invalid --hidden "0": expected a whole number from 1 to 128'],
      [["--epochs", "101"], 'Invalid --epochs "101": expected a whole number from 1 to 100'],
      [["--learning-rate", "0"], 'Invalid --learning-rate "0": expected a number above 0 up to 10'],
      [["--bogus"], "Unknown flag --bogus"],
    ] as const
  ) {
    const { code, out, err } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
  }
  const help = await run("--help");
  assert.equal(help.code, 0);
  assert.include(help.out[0], "Lesson 12: recognise handwritten digits");
});

Deno.test("a broken digits file is a bug in the project: it throws, naming the line", () => {
  const header = digitsCsv.slice(0, digitsCsv.indexOf("\n"));
  const good = "0,".repeat(64) + "3";
  assert.throws(() => readDigits(`${header}\n${good}\n${"0,".repeat(63)}3`), Error, "line 3");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(63)}17,3`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(64)}10`), Error, "line 2");
  assert.throws(() => readDigits(`x,target\n${good}`), Error, "line 1");
  assert.deepEqual(readDigits(`${header}\n${good}`).labels, [3]);
});

// Lesson 12's confusion matrix at the edge of its rule: a dot stands for a mistake never made,
// off the diagonal only; the diagonal shows how many of each digit were guessed right, 0 too. The
// run at rate 1, whose ReLUs all die, guesses 1 for every image: nine digits never right. The commonest mistake, on a tie, is the first in reading order (tools/mutants_list.ts
// plants the bugs these catch).
Deno.test("lesson 12's matrix shows a 0 on the diagonal and dots only off it", async () => {
  const { code, out } = await runDead();
  assert.equal(code, 0);
  const rows = out.filter((line) => /^ {4}\d {2}/.test(line)).map((line) =>
    line.trim().split(/ +/)
  );
  assert.lengthOf(rows, 10);
  rows.forEach(([digit, ...cells]) => {
    const d = Number(digit);
    assert.equal(cells[d], d === 1 ? "36" : "0", `the diagonal of ${digit}`);
    cells.forEach((cell, guess) => {
      if (guess !== d && guess !== 1) assert.equal(cell, ".", `${digit} taken for ${guess}`);
    });
  });
});

Deno.test("lesson 12's commonest mistake: the largest count off the diagonal, the first on a tie", () => {
  // Rows: the true digit; columns: the guess. 0 taken for 2 twice, 2 taken for 1 twice: a tie.
  const tie = [[5, 0, 2], [0, 9, 0], [0, 2, 7]];
  assert.deepEqual(commonestMistake(tie), { truth: 0, guess: 2, count: 2 });
  // One more mistake breaks the tie; the diagonal never counts, however large.
  const broken = [[5, 0, 2], [0, 9, 0], [0, 3, 7]];
  assert.deepEqual(commonestMistake(broken), { truth: 2, guess: 1, count: 3 });
  assert.isUndefined(commonestMistake([[4, 0], [0, 6]]), "no mistake, none named");
  assert.deepEqual(commonestMistake([[4, 1], [0, 6]]), { truth: 0, guess: 1, count: 1 }, "one");
});

Deno.test("a dead ReLU unit: its weighted sum is 0 or less for every training image, a sum of exactly 0 included", () => {
  const network = new LayeredNetwork({
    learningRate: 0.05,
    output: "softmax",
    hidden: "relu",
    layers: [
      { weights: [[0, 0], [1, 0], [-1, 0], [0, 1]], biases: [0, 0, 0, -1] },
      { weights: [[1, 1, 1, 1], [0, 0, 0, 0]], biases: [0, 0] },
    ],
  });
  // Unit 1 sums 0 for both images, unit 3 sums -1 and 0, unit 4 -1 and 0: all dead; unit 2
  // fires for [1, 0].
  assert.equal(deadUnits(network, [[1, 0], [0, 1]]), 3);
  assert.equal(deadUnits(network, [[1, 0], [0, 2]]), 2, "unit 4 sums 1 for [0, 2]: alive");
});

Deno.test("the training's errors: after epoch 1 it ends there, after 2 the last is epoch 2's", async () => {
  const errorsOf = async (epochs: string) => {
    const { out } = await run("--epochs", epochs);
    const at = out.indexOf("Cumulative cross-entropy over the 1438 training images:");
    const plural = epochs === "1" ? "1 epoch" : `${epochs} epochs`;
    assert.include(
      out,
      `Training for ${plural} at learning rate 0.05: ${
        1438 * Number(epochs)
      } steps, one image each.`,
    );
    return out.slice(at + 1, out.indexOf("", at));
  };
  assert.deepEqual(await errorsOf("1"), [
    "  3370.70490092 before training,",
    "  345.69319937 after epoch 1.",
  ]);
  assert.deepEqual(await errorsOf("2"), [
    "  3370.70490092 before training,",
    "  345.69319937 after epoch 1,",
    "  197.74600086 after epoch 2.",
  ]);
});

Deno.test("the heading over the wrong digits drawn: the one, or the first four at most", () => {
  assert.equal(wrongHeading(1), "The one it got wrong:");
  assert.equal(wrongHeading(2), "The first 2 of the 2 it got wrong:");
  assert.equal(wrongHeading(4), "The first 4 of the 4 it got wrong:");
  assert.equal(wrongHeading(5), "The first 4 of the 5 it got wrong:");
});

Deno.test("lesson 12's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("12", spec, await runDefault());
});
