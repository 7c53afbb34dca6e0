import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import digitsCsv from "../data/digits.csv" with { type: "text" };
import dataReadme from "../data/README.md" with { type: "text" };
import { stratifiedSplit } from "../lib/data/stratified_split.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { main, readDigits } from "./12_digits.ts";
import { memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** The default run, trained once and shared by the tests that read it. */
let defaultRun: ReturnType<typeof run> | undefined;
const runDefault = () => defaultRun ??= run();

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

Deno.test("lesson 12 prints the data, the split, the training, the digits and the confusion matrix", async () => {
  const { out } = await runDefault();
  assert.deepEqual(unwrap(out), [
    "data/digits.csv: 1797 images of 8x8 pixels, grey levels 0 to 16, digits 0 to 9.",
    "Stratified split (seed 42): 1438 to train on, 359 to test.",
    "Every pixel divided by 16: each input lies between 0 and 1.",
    "",
    "A network of sizes [64, 32, 10]: 32 ReLU units, then a softmax.",
    "Training for 20 epochs at learning rate 0.05: 28760 iterations,",
    "each picking one of the 1438 training images at random.",
    "Cumulative cross-entropy over the 1438 training images:",
    "  3648.33620691 at iteration 0, 2.93383613 at iteration 28700.",
    "",
    "Test accuracy: 97.2% (349/359)",
    "",
    "The first four test images, as the network sees them, and its guesses:",
    "┌────────────────┐ ┌────────────────┐ ┌────────────────┐ ┌────────────────┐",
    "│    ▒▒▒▒█▓████░ │ │    ▓▒█▓▒▒░     │ │    ░ ▓▒██▓▓    │ │      ▒▒██░     │",
    "│    ▒▒▒▒░░▓▓▓▓  │ │    ▓▓█▓█▓▓▓    │ │    ▓▓██▒▒█▓▒░  │ │    ░ █▓█▓░ ░   │",
    "│        ▒▒█▓░   │ │    ▓▒▓▒  ██░░  │ │  ░ ██▓▒  ▓▒▓▒  │ │    ▓▒██░░██▓▓  │",
    "│  ░░▒▒▒▒████▒░  │ │    ░░██▓▓█▓░   │ │  ░ ██░░  ▒▒▒▒  │ │  ▒▒██▒▒░ ██▒▒  │",
    "│  ░ ▓▓████░░    │ │    ░░████░     │ │  ░░██░░  ▒▒▒▒  │ │  ▓▒███▓█▓██▒░  │",
    "│      ██▒░      │ │  ░░██▒▒▓▒█▓░   │ │  ░ ██▒░░ ▓▓░░  │ │  ░ ▓▒█████▓    │",
    "│    ▓▒██░       │ │  ░ ██░ ░░██▒▒  │ │    ▓▓▓▓▓▒▓▒    │ │      ░ ██▓▒    │",
    "│    █▓▒░        │ │    ▓▓████▓▓░   │ │    ░ ▓▒█▓░░    │ │      ▓▒██░░    │",
    "└────────────────┘ └────────────────┘ └────────────────┘ └────────────────┘",
    " true 7, guess 7    true 8, guess 8    true 0, guess 0    true 4, guess 4",
    "The first 4 of the 10 it got wrong:",
    "┌────────────────┐ ┌────────────────┐ ┌────────────────┐ ┌────────────────┐",
    "│    █▓▓▒░       │ │    ▓▓▓▒▓▓█▓▓▓  │ │    ▒▒██        │ │    ░ █▓░░      │",
    "│  ▒░███▓▒▒      │ │    ████████▒▒  │ │    ████        │ │    ▒▒█▓░       │",
    "│  ░░██▒▒█▓      │ │  ░ ██████▓▓    │ │  ░░██▓▓░░░     │ │    █▓█▓▒▒▒░    │",
    "│  ░ █▓████▒░    │ │  ░ ▒░░ ▓▓██    │ │  ▒░████████▒░  │ │  ░ ████▓▓██▒░  │",
    "│    ░ ░░▓▒█▓░   │ │    ░   ░ ██    │ │  ▒▒██▒▒░ ██▒▒  │ │  ▒▒██░░  ▓▓▒▒  │",
    "│          █▓▒░  │ │  ░░▓▓  ░░██    │ │  ▒▒██    ██░░  │ │  ░ ██▒▒  ▓▓▒░  │",
    "│    ▒░▒▒▒░▓▒█▓  │ │  ▒░██▒▒█▓▓▓    │ │  ░ ██▒▒▓▒▓▓    │ │    ▒░██▒░██▒░  │",
    "│    █▓█▓█████▓  │ │    ▓▒█▓▓▒░     │ │    ░░███▓░░    │ │      █▓██▓▒    │",
    "└────────────────┘ └────────────────┘ └────────────────┘ └────────────────┘",
    " true 9, guess 5    true 5, guess 9    true 6, guess 4    true 6, guess 0",
    "",
    "Confusion matrix on the test set (rows: the true digit; columns: the guess):",
    "          0   1   2   3   4   5   6   7   8   9",
    "    0    36   .   .   .   .   .   .   .   .   .",
    "    1     .  35   .   .   .   .   .   .   1   .",
    "    2     .   .  35   .   .   .   .   .   .   .",
    "    3     .   .   .  37   .   .   .   .   .   .",
    "    4     .   .   .   .  36   .   .   .   .   .",
    "    5     .   .   1   .   .  34   .   .   .   1",
    "    6     1   1   .   .   1   .  33   .   .   .",
    "    7     .   .   .   .   .   .   .  36   .   .",
    "    8     .   1   .   .   .   .   .   1  33   .",
    "    9     .   .   .   .   .   2   .   .   .  34",
    "The diagonal holds the right guesses; every other number is a kind of mistake.",
    "The commonest: a 9 taken for a 5, 2 times.",
    "",
    "Hidden units that fire for no training image (dead ReLUs): 0 of 32.",
    "",
    "Try this:",
    "  deno run lessons/12_digits.ts --hidden 8",
    "    A quarter of the hidden units: how much accuracy will it lose?",
    "  deno run lessons/12_digits.ts --learning-rate 1",
    "    Steps 20 times larger: faster learning, or none?",
    "  deno task digits",
    "    It draws every test digit it got wrong to out/digits_wrong.svg: would you have read them right?",
  ]);
});

Deno.test("its cumulative errors are NumPy's: 3648.33620691 at iteration 0, 2.93383613 at 28700", async () => {
  // bench/digits_numpy.py, the same network written with NumPy in the tutorial's style, run on
  // the lesson's job (deno task compare), printed
  // 3648.3362069091368 first and 2.933836128144176 last, and agreed on all 288 values to 1e-11.
  const { out } = await runDefault();
  assert.include(out, "  3648.33620691 at iteration 0, 2.93383613 at iteration 28700.");
});

Deno.test("the split is stratified: 359 test images, a fifth of each digit", async () => {
  const { test } = stratifiedSplit(labels, 0.2, seededRandom(42));
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
  const { test } = stratifiedSplit(labels, 0.2, seededRandom(42));
  matrix.forEach((row, digit) => {
    const images = test.filter((i) => labels[i] === digit).length;
    assert.equal(row.reduce((a, b) => a + b), images, `digit ${digit}`);
  });
  assert.equal(matrix.reduce((sum, row, d) => sum + row[d], 0), 349);
  assert.equal(matrix[9][5], 2, "the commonest mistake, a 9 taken for a 5");
});

Deno.test("the captions name the true digits of the first four test images", async () => {
  const { test } = stratifiedSplit(labels, 0.2, seededRandom(42));
  const { out } = await runDefault();
  const captions =
    out[out.indexOf("The first four test images, as the network sees them, and its guesses:") + 11];
  const truths = [...captions.matchAll(/true (\d)/g)].map((m) => Number(m[1]));
  assert.deepEqual(truths, test.slice(0, 4).map((i) => labels[i]));
});

Deno.test("every line fits in 80 columns", async () => {
  const { out } = await runDefault();
  for (const line of out.join("\n").split("\n")) assert.isAtMost([...line].length, 80, line);
});

Deno.test("--plot draws every wrong test digit as SVG, with its true and guessed labels", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--epochs", "2", "--plot", "out/wrong.svg"], files);
  assert.equal(code, 0);
  const count = Number(
    /^The first 4 of the (\d+) it got wrong:$/.exec(
      out.find((l) => l.startsWith("The first 4 of"))!,
    )![1],
  );
  assert.include(out, `Wrote the ${count} wrong test digits to out/wrong.svg`);
  const svg = files.files["out/wrong.svg"];
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.include(svg, `>The ${count} test digits the network got wrong (seed 42)</text>`);
  const captions = [...svg.matchAll(/>(true \d, guess \d)<\/text>/g)].map((m) => m[1]);
  assert.lengthOf(captions, count);
  assert.isTrue(captions.every((c) => c[5] !== c[14]), "each caption is a mistake");
});

Deno.test("lesson 12 is reproducible, and --seed changes the split", async () => {
  const once = await run("--epochs", "1");
  assert.deepEqual(await run("--epochs", "1"), once);
  const other = await run("--epochs", "1", "--seed", "7");
  assert.equal(other.code, 0);
  assert.include(other.out, "Stratified split (seed 7): 1438 to train on, 359 to test.");
  assert.notDeepEqual(other.out, once.out);
});

Deno.test("too large a step kills every hidden unit, and the lesson says so", async () => {
  const { code, out } = await run("--learning-rate", "1", "--epochs", "1");
  assert.equal(code, 0);
  assert.include(out, "Test accuracy: 10.0% (36/359)");
  assert.include(out, "Hidden units that fire for no training image (dead ReLUs): 32 of 32.");
  assert.include(out, "silence for good; too small a one barely moves. Try --learning-rate 0.05.");
});

Deno.test("training that overflows is one line and exit 1", async () => {
  const { code, out, err } = await run("--learning-rate", "10", "--epochs", "1");
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: Training diverged at iteration 0: the numbers grew too large to compute. " +
    "Try a smaller learning rate than 10",
  ]);
  assert.equal(out.at(-1), "each picking one of the 1438 training images at random.");
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
