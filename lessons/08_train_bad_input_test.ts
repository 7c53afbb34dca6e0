// Learners change the numbers, feed their own CSV and mistype flags. Every mistake gets one clear
// line on stderr and an exit code: 2 for the command line, 1 for data and files. Lesson 08 runs
// in process, with files in memory, so these tests need no permission.

import { assert } from "chai";
import fc from "fast-check";
import { main } from "./08_train.ts";
import { fileErrorOf, type Files, readLimited } from "../runtime/io.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

const run = (args: string[], files: Files = memoryFiles()) => runLesson(main, args, files);

/** Asserts one error line containing `message`, nothing on stdout, and the exit code. */
async function expectError(args: string[], code: number, message: string, files?: Files) {
  const result = await run(args, files);
  assert.equal(result.code, code, `exit code for ${args.join(" ")}`);
  assert.deepEqual(result.out, [], "nothing printed on stdout");
  assert.lengthOf(result.err, 1, "one line on stderr");
  assert.include(result.err[0], message);
  assert.notInclude(result.err[0], "    at ", "no stack trace");
}

/** A usage error: exit 2, and the line ends with the hint to run --help. */
async function usage(args: string[], message: string) {
  await expectError(args, 2, `Error: ${message}`);
  const { err } = await run(args);
  assert.match(err[0], /\. Run with --help for usage\.$/);
}

Deno.test("an unknown flag is named, with a hint to run --help: exit 2", async () => {
  await usage(["--learning_rate", "0.1"], "Unknown flag --learning_rate");
  await usage(["--plott", "x.svg"], "Unknown flag --plott");
  await usage(["-x"], "Unknown flag -x");
});

Deno.test("a flag without its value is named: exit 2", async () => {
  for (const flag of ["--learning-rate", "--iterations", "--seed", "--data", "--plot"]) {
    await usage([flag], `Missing a value for ${flag}`);
  }
  await usage(["--seed", "--iterations", "5"], "Missing a value for --seed");
});

Deno.test("a stray argument is named: exit 2", async () => {
  await usage(["0.5"], 'Unexpected argument "0.5": every value follows its flag');
});

Deno.test("a value that is not a number is quoted with its flag: exit 2", async () => {
  const rate = "expected a number above 0";
  await usage(["--learning-rate", "fast"], `Invalid --learning-rate "fast": ${rate}`);
  await usage(["--learning-rate", "0x"], `Invalid --learning-rate "0x": ${rate}`);
  const whole = "expected a whole number from 1 to 100000000";
  await usage(["--iterations", "many"], `Invalid --iterations "many": ${whole}`);
  const seed = "expected a whole number from 0 to 4294967295";
  await usage(["--seed", "abc"], `Invalid --seed "abc": ${seed}`);
  await usage(["--seed", ""], `Invalid --seed "": ${seed}`);
  await usage(["--seed", " "], `Invalid --seed " ": ${seed}`);
});

Deno.test("a learning rate that is not a positive finite number is refused: exit 2", async () => {
  for (const value of ["0", "-0.1", "-1", "Infinity", "1e999"]) {
    await usage(
      ["--learning-rate", value],
      `Invalid --learning-rate "${value}": expected a number above 0`,
    );
  }
  await usage(["--learning-rate=-2"], 'Invalid --learning-rate "-2": expected a number above 0');
  await usage(
    ["--learning-rate", "-.5"],
    'Invalid --learning-rate "-.5": expected a number above 0',
  );
});

Deno.test("iterations that are not a positive whole number are refused: exit 2", async () => {
  for (const value of ["0", "-5", "2.5"]) {
    await usage(
      ["--iterations", value],
      `Invalid --iterations "${value}": expected a whole number from 1 to 100000000`,
    );
  }
  await usage(
    ["--iterations", "1e12"],
    'Invalid --iterations "1e12": expected a whole number from 1 to 100000000',
  );
});

Deno.test("a seed that is not a whole number from 0 to 2^32 - 1 is refused: exit 2", async () => {
  for (const value of ["1.5", "-1", "4294967296"]) {
    await usage(["--seed", value], `Invalid --seed "${value}": expected a whole number from 0`);
  }
});

Deno.test("valid numbers in other spellings are accepted: 1e4 iterations, .1 learning rate", async () => {
  const { code, out } = await run(["--iterations", "1e3", "--learning-rate", ".1", "--seed=0"]);
  assert.equal(code, 0);
  assert.include(out, "Training for 1000 iterations at learning rate 0.1, one random sample each.");
});

// --data: the file and its content.

const data = (text: string) => memoryFiles({ "my.csv": text });
/** Bad data: exit 1, and the line starts with the file's name. */
async function badData(text: string, message: string) {
  await expectError(["--data", "my.csv"], 1, message, data(text));
  const { err } = await run(["--data", "my.csv"], data(text));
  assert.match(err[0], /^Error: my\.csv/);
}

Deno.test("--data with a missing file or a folder says so: exit 1", async () => {
  await expectError(["--data", "nope.csv"], 1, "Error: --data nope.csv: no such file");
  await expectError(
    ["--data", "data"],
    1,
    "Error: --data data: is a folder, not a file",
    memoryFiles({ "data/a.csv": "" }),
  );
});

Deno.test("--data without read permission names the flag that grants it: exit 1", async () => {
  const denied: Files = {
    ...memoryFiles(),
    readTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.NotCapable("Requires read access"))),
  };
  await expectError(
    ["--data", "my.csv"],
    1,
    "Error: --data my.csv: reading it needs read permission; run with --allow-read=my.csv",
    denied,
  );
});

Deno.test("--data that is empty, or a header only, is refused: exit 1", async () => {
  await badData("", " is empty: expected a header");
  await badData("\n  \n", " is empty");
  await badData("x1,x2,target\n", " has a header but no rows of data");
});

Deno.test("--data with a missing or misspelled target column is refused, quoting the header", async () => {
  await badData(
    "x1,x2\n1,2\n",
    ', line 1: the header must name the input columns and then "target"',
  );
  await badData("x1,x2,Target\n1,2,0\n", 'found "x1", "x2", "Target"');
});

Deno.test("--data with a row of too few or too many cells names the line: exit 1", async () => {
  await badData(
    "x1,x2,target\n1,2,0\n3,1\n",
    ", line 3: expected 3 cells (x1, x2, target), found 2",
  );
  await badData("x1,x2,target\n1,2,0,9\n", ", line 2: expected 3 cells (x1, x2, target), found 4");
});

Deno.test("--data with a bad cell names the line, the column and the value: exit 1", async () => {
  await badData("x1,x2,target\n1,two,0\n", ', line 2, column "x2": "two" is not a number');
  await badData("x1,x2,target\n1,,0\n", ', line 2, column "x2": the cell is empty');
  await badData(
    "x1,x2,target\n1e400,1,0\n",
    ', line 2, column "x1": "1e400" is not a finite number',
  );
  await badData("x1,x2,target\n-Infinity,1,0\n", '"-Infinity" is not a finite number');
});

Deno.test("--data with an unclosed quote is refused: exit 1", async () => {
  await badData('x1,x2,target\n"1,2,0\n', ", line 2: a quote is opened and never closed");
});

Deno.test("--data with a target that is not 0 or 1 is refused: exit 1", async () => {
  await badData("x1,x2,target\n1,2,3\n", ', line 2, column "target": 3 is not a class');
});

Deno.test("--data that is untidy but valid is accepted: BOM, CRLF, trailing blank line, spaces", async () => {
  const text = "\ufeffx1, x2 ,target\r\n 3 ,1.5,0\r\n2,1 , 1\r\n\r\n";
  const { code, out, err } = await run(["--data", "my.csv", "--iterations", "100"], data(text));
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 2), [
    "Training data: my.csv, 2 samples of 2 inputs",
    "  (x1, x2 -> target)",
  ]);
});

Deno.test("--data with three input columns trains a network with three weights", async () => {
  const text = "a,b,c,target\n1,0,0,1\n0,1,0,0\n0,0,1,1\n";
  const { code, out } = await run(["--data", "my.csv", "--iterations", "100"], data(text));
  assert.equal(code, 0);
  assert.deepEqual(out.slice(0, 2), [
    "Training data: my.csv, 3 samples of 3 inputs",
    "  (a, b, c -> target)",
  ]);
  assert.match(out[2], /starting weights \[[^\]]+ [^\]]+ [^\]]+\]/);
});

Deno.test("training that diverges stops with one line that suggests a smaller learning rate: exit 1", async () => {
  // With seed 4 the first step at this absurd learning rate overflows the weights: the step is
  // the gradient, up to 2 * 0.25 * 8 = 4 for an input of 8, times 1e308.
  const args = ["--data", "my.csv", "--learning-rate", "1e308", "--seed", "4"];
  const { code, out, err } = await run(args, data("x1,target\n8,0\n-8,1\n"));
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: Training diverged at iteration 0: the numbers grew too large to compute. " +
    "Try a smaller learning rate than 1e+308",
  ]);
  assert.notInclude(out.join("\n"), "NaN");
});

Deno.test("100 iterations or fewer record one value, and the lesson says it is no curve", async () => {
  const { code, out } = await run(["--iterations", "100"]);
  assert.equal(code, 0);
  assert.include(out, "One value is no curve: train for more than 100 iterations to see one.");
});

Deno.test("a learning rate too large to learn, but finite, says the error did not fall", async () => {
  const { code, out } = await run(["--learning-rate", "100"]);
  assert.equal(code, 0);
  assert.include(
    out.join("\n"),
    [
      "The error did not fall (3.91 to 4.00). From iteration 100 to 9900 it sat at",
      "4.00: every prediction was within 8.2e-18 of 0 or 1, 4 of them wrong, each",
      "costing about 1. So the sigmoid's slope p(1-p) was below 8.2e-18 too, and every",
      "step is the rate times that slope: a plateau, where the weights barely move. At",
      "the start the least sure prediction was 0.27 from 0 or 1; by iteration 100,",
      "steps this large had thrown the weights deep into the sigmoid's flat ends. Try",
      "--learning-rate 0.1.",
    ].join("\n"),
  );
});

// --plot: the output file.

Deno.test("--plot into a folder that does not exist creates it and leaves no temporary file", async () => {
  const files = memoryFiles();
  const { code, out } = await run(["--iterations", "200", "--plot", "new/deep/chart.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the chart to new/deep/chart.svg");
  assert.deepEqual(Object.keys(files.files), ["new/deep/chart.svg"]);
  assert.match(files.files["new/deep/chart.svg"], /^<svg/);
});

Deno.test("--plot without write permission names the flags that grant it: exit 1", async () => {
  const denied: Files = {
    ...memoryFiles(),
    writeTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.NotCapable("Requires write access"))),
  };
  const { code, err } = await run(["--iterations", "100", "--plot", "out/chart.svg"], denied);
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: --plot out/chart.svg: writing it needs write permission, and read permission to " +
    "move it into place; run with --allow-read=out --allow-write=out",
  ]);
});

Deno.test("--plot where the system denies writing says so, without blaming Deno's flags", async () => {
  const denied: Files = {
    ...memoryFiles(),
    mkdir: () => Promise.reject(fileErrorOf(new Deno.errors.PermissionDenied("Permission denied"))),
  };
  const { code, err } = await run(["--iterations", "100", "--plot", "/root/x.svg"], denied);
  assert.equal(code, 1);
  assert.deepEqual(err, ["Error: --plot /root/x.svg: the system denies writing there"]);
});

Deno.test("--data where the system denies reading says so", async () => {
  const denied: Files = {
    ...memoryFiles(),
    readTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.PermissionDenied("Permission denied"))),
  };
  await expectError(
    ["--data", "x.csv"],
    1,
    "Error: --data x.csv: the system denies reading it",
    denied,
  );
});

Deno.test("--plot that fails half-way leaves no half-written file behind", async () => {
  const files = memoryFiles({ "out/chart.svg": "the old chart" });
  const failing: Files = {
    ...files,
    rename: () => Promise.reject(new Error("disk full")),
  };
  const { code, err } = await run(["--iterations", "100", "--plot", "out/chart.svg"], failing);
  assert.equal(code, 1);
  assert.deepEqual(err, ["Error: --plot out/chart.svg: cannot write it (disk full)"]);
  assert.deepEqual(files.files, { "out/chart.svg": "the old chart" }, "old file intact, no temp");
});

Deno.test("--boundary writes the decision boundary of the eight points as SVG", async () => {
  const files = memoryFiles();
  const { code, out } = await run(["--iterations", "200", "--boundary", "out/b.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the decision boundary to out/b.svg");
  assert.include(
    files.files["out/b.svg"],
    "The neuron's decision boundary after training (seed 42)",
  );
});

Deno.test("--boundary with data of three inputs says it needs two: exit 1", async () => {
  const text = "a,b,c,target\n1,0,0,1\n0,1,0,0\n";
  const { code, err } = await run(["--data", "my.csv", "--boundary", "b.svg"], data(text));
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: --boundary draws the plane of two inputs, but my.csv has 3",
  ]);
});

// --data: how large, how its lines end, what its messages may hold.

/** An endless file of zero bytes, like /dev/zero; `read.bytes` counts what was taken from it. */
function endless() {
  const read = { bytes: 0 };
  async function* zeros() {
    const chunk = new Uint8Array(65536);
    for (;;) {
      read.bytes += chunk.byteLength;
      yield chunk;
    }
  }
  const files: Files = {
    ...memoryFiles(),
    readTextFile: (_path, maxBytes) => readLimited(zeros(), maxBytes),
  };
  return { files, read };
}

Deno.test("--data that never ends (/dev/zero) stops at 100 MB with one line: exit 1", async () => {
  const { files, read } = endless();
  await expectError(
    ["--data", "/dev/zero"],
    1,
    "Error: --data /dev/zero: larger than 100 MB, the most --data reads",
    files,
  );
  assert.isAtMost(read.bytes, 100_000_000 + 65536, "reading stopped at the limit");
});

Deno.test("--data /dev/stdin says Deno reads it only with --allow-all, not --allow-read", async () => {
  for (const path of ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]) {
    const stdin: Files = {
      ...memoryFiles(),
      readTextFile: () =>
        Promise.reject(
          fileErrorOf(
            new Deno.errors.NotCapable(
              `Requires all access to "${path}", run again with the --allow-all flag`,
            ),
          ),
        ),
    };
    const { code, err } = await run(["--data", path], stdin);
    assert.equal(code, 1);
    assert.deepEqual(err, [
      `Error: --data ${path}: Deno reads this path only with --allow-all; save the data to a ` +
      "file and pass that file, with --allow-read for it",
    ]);
  }
});

Deno.test("--data with mixed line endings trains on every row: CRLF with one LF line", async () => {
  for (
    const text of [
      "x1,x2,target\r\n3,1.5,0\n2,1,1\r\n4,1.5,0\r\n",
      "x1,x2,target\n3,1.5,0\r\n2,1,1\r4,1.5,0\n",
    ]
  ) {
    const { code, out, err } = await run(["--data", "my.csv", "--iterations", "100"], data(text));
    assert.deepEqual({ code, err }, { code: 0, err: [] });
    assert.equal(out[0], "Training data: my.csv, 3 samples of 2 inputs");
  }
});

Deno.test("--data with an empty or repeated header name is refused, naming the column: exit 1", async () => {
  await badData("x1,,target\n1,2,0\n", ", line 1: column 2 of the header has no name");
  await badData("x1,x1,target\n1,2,0\n", ', line 1: the header names "x1" twice, columns 1 and 2');
});

Deno.test("--data messages stay on one line: line breaks and escape codes are shown escaped", async () => {
  await badData('x1,x2,target\n1,"2\n3",0\n', ', line 2, column "x2": "2\\n3" is not a number');
  await badData('x1,x2,target\n1,"\x1b[2J",0\n', '"\\x1b[2J" is not a number');
  await badData('x1,x2,target\n1,"2\r",0\n', '"2\\r" is not a number');
  await expectError(["--data", "a\nb.csv"], 1, "Error: --data a\\nb.csv: no such file");
});

Deno.test("property: whatever a data file holds, the lesson trains or prints one short safe line", async () => {
  // deno-lint-ignore no-control-regex
  const unsafe = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'x1,target0.5e"\r\n \x1b'), maxLength: 200 }),
  );
  await fc.assert(
    fc.asyncProperty(text, async (csv) => {
      const { code, err } = await run(["--data", "my.csv", "--iterations", "1"], data(csv));
      if (code === 0) return err.length === 0;
      return code === 1 && err.length === 1 && !unsafe.test(err[0]) && err[0].length <= 400;
    }),
    { numRuns: 200 },
  );
});
