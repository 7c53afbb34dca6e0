// The command line, run in process with a runner that checks in process: what a learner sees
// on a fresh clone, after copying one solution, with a wrong sigmoid, and for every mistake on
// the command line. No permission is needed.

import { assert } from "chai";
import { captureIo } from "../../runtime/testing.ts";
import { main } from "./main.ts";
import type { RunnerOptions } from "./runner.ts";
import { inProcess, solutions } from "./_testing.ts";
import type { Module } from "./catalog.ts";

/** Runs the command line with `modules` as the learner's files (blanks where missing). */
async function run(args: string[], modules: Record<number, Module> = {}) {
  const io = captureIo();
  const runner = inProcess(modules);
  const code = await main(args, { io, makeRunner: runner.makeRunner });
  // What it prints fits 80 columns; an error stays on one line, however long.
  for (const line of io.out) assert.isAtMost(line.length, 80, line);
  return { code, out: io.out, err: io.err, checked: runner.checked };
}

const rows = [
  ["01", "the dot product                 ", "01_dot.ts           "],
  ["02", "the sigmoid                     ", "02_sigmoid.ts       "],
  ["03", "a prediction                    ", "03_prediction.ts    "],
  ["04", "the squared error               ", "04_error.ts         "],
  ["05", "the error's derivative          ", "05_derivative.ts    "],
  ["06", "the gradients                   ", "06_gradients.ts     "],
  ["07", "one update step                 ", "07_update.ts        "],
  ["08", "the training loop               ", "08_train.ts         "],
  ["09", "a hidden layer's backward pass  ", "09_hidden_layer.ts  "],
];

Deno.test("a fresh clone: deno task exercises lists all nine as not started, 0/9 done", async () => {
  const { code, out, err } = await run(["--list"]);
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out, [
    "Exercises: write each one in its file in exercises/, then check it.",
    "",
    ...rows.map(([n, title, file]) => `  ${n}  ${title}${file}not started`),
    "",
    "0/9 done. Next: exercise 01, deno task exercise 01",
  ]);
});

Deno.test("a fresh clone: deno task exercise says where to start, exit code 1", async () => {
  const { code, out } = await run([]);
  assert.equal(code, 1);
  assert.deepEqual(out, [
    "Exercise 01, the dot product: not started",
    "  Open exercises/01_dot.ts and write dot in place of its TODO.",
    "  Lesson 01 explains the idea: deno run lessons/01_weighted_sum.ts",
    "  Then check it: deno task exercise 01",
  ]);
});

Deno.test("copying one solution over its exercise makes that one pass", async () => {
  const listed = await run(["--list"], { 2: solutions[2] });
  assert.equal(listed.out[3], "  02  the sigmoid                     02_sigmoid.ts       done");
  assert.equal(listed.out.at(-1), "1/9 done. Next: exercise 01, deno task exercise 01");
  const checked = await run(["02"], { 2: solutions[2] });
  assert.equal(checked.code, 0);
  assert.deepEqual(checked.out, ["Exercise 02, the sigmoid: done"]);
});

Deno.test("a sigmoid that returns its input is named with the expected and the actual value, exit 1", async () => {
  const { code, out } = await run([], { 1: solutions[1], 2: { sigmoid: (x: number) => x } });
  assert.equal(code, 1);
  assert.deepEqual(out, [
    "Exercise 01, the dot product: done",
    "Exercise 02, the sigmoid: not done",
    "  sigmoid(0) should be 0.5, yours gave 0",
    "  Hint: Math.exp(x) is e^x, so the sigmoid is 1 / (1 + Math.exp(-x)). Mind the",
    "  minus sign.",
    "  Your code: exercises/02_sigmoid.ts",
    "  Lesson 02 explains the idea: deno run lessons/02_sigmoid.ts",
  ]);
});

Deno.test("deno task exercise 03 checks 01 and 02 first, and stops at the one not done", async () => {
  const { code, out, checked } = await run(["03"], { 1: solutions[1], 3: solutions[3] });
  assert.equal(code, 1);
  assert.deepEqual(checked, [1, 2]);
  assert.deepEqual(out, [
    "Exercise 03 builds on exercise 02, the sigmoid, not done yet:",
    "",
    "Exercise 02, the sigmoid: not started",
    "  Open exercises/02_sigmoid.ts and write sigmoid in place of its TODO.",
    "  Lesson 02 explains the idea: deno run lessons/02_sigmoid.ts",
    "  Then check it: deno task exercise 02",
  ]);
});

Deno.test("deno task exercise 3 is exercise 03, and so is --exercise 03, after other flags too", async () => {
  const first = await run(["3"], solutions);
  const after = await run(["--time-limit", "2", "03"], solutions);
  const flag = await run(["--exercise", "03"], solutions);
  assert.deepEqual(first.checked, [1, 2, 3]);
  assert.deepEqual(after.checked, [1, 2, 3]);
  assert.deepEqual(flag.checked, [1, 2, 3]);
  assert.deepEqual(first.out, ["Exercise 03, a prediction: done"]);
});

Deno.test("all done: each exercise done, then the tutorial's network trained by the learner's code", async () => {
  const { code, out } = await run([], solutions);
  assert.equal(code, 0);
  assert.deepEqual(out.slice(0, 10), [
    "Exercise 01, the dot product: done",
    "Exercise 02, the sigmoid: done",
    "Exercise 03, a prediction: done",
    "Exercise 04, the squared error: done",
    "Exercise 05, the error's derivative: done",
    "Exercise 06, the gradients: done",
    "Exercise 07, one update step: done",
    "Exercise 08, the training loop: done",
    "  See what your code can do: deno task exercise 08",
    "Exercise 09, a hidden layer's backward pass: done",
  ]);
  const text = out.join("\n");
  assert.include(text, "Your code trained the tutorial's network as lesson 08 does");
  assert.include(text, "XOR accuracy: 4/4");
  assert.equal(out.at(-1), "All 9 exercises done. Compare with exercises/solutions/.");
});

Deno.test("all done: deno task exercises reads 9/9 done", async () => {
  const { code, out } = await run(["--list"], solutions);
  assert.equal(code, 0);
  assert.deepEqual(out.slice(2, 11), rows.map(([n, title, file]) => `  ${n}  ${title}${file}done`));
  assert.equal(
    out.at(-1),
    "9/9 done. All done! Compare with the solutions in exercises/solutions/.",
  );
});

Deno.test("--watch checks again after every save", async () => {
  const io = captureIo();
  const runner = inProcess({ 1: solutions[1] });
  async function* twoSaves() {
    yield;
    yield;
  }
  const code = await main(["01", "--watch"], {
    io,
    makeRunner: runner.makeRunner,
    saves: twoSaves,
  });
  assert.equal(code, 0);
  assert.deepEqual(runner.checked, [1, 1, 1]);
  assert.deepEqual(io.out, [
    "Exercise 01, the dot product: done",
    "",
    "Watching exercises/ for saves; Ctrl-C stops.",
    "",
    "A file was saved: checking again.",
    "",
    "Exercise 01, the dot product: done",
    "",
    "Watching exercises/ for saves; Ctrl-C stops.",
    "",
    "A file was saved: checking again.",
    "",
    "Exercise 01, the dot product: done",
    "",
    "Watching exercises/ for saves; Ctrl-C stops.",
  ]);
});

Deno.test("--time-limit reaches the runner", async () => {
  let seen: RunnerOptions | undefined;
  const io = captureIo();
  await main(["01", "--time-limit", "2.5"], {
    io,
    makeRunner: (options) => {
      seen = options;
      return inProcess({ 1: solutions[1] }).makeRunner(options);
    },
  });
  assert.equal(seen?.timeLimit, 2.5);
  assert.match(seen!.folder.href, /\/exercises\/$/);
});

Deno.test("every mistake on the command line is one line and exit code 2", async () => {
  const usage = async (args: string[], message: string) => {
    const { code, out, err } = await run(args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
  };
  const range = "expected a number from 1 to 9";
  await usage(["12"], `Invalid --exercise "12": ${range}`);
  await usage(["0"], `Invalid --exercise "0": ${range}`);
  await usage(["sigmoid"], `Invalid --exercise "sigmoid": ${range}`);
  await usage(["2.5"], "No exercise 2.5: they are 01 to 09");
  await usage(["03", "04"], 'Unexpected argument "04": every value follows its flag');
  await usage(["--list", "03"], "--list shows them all: leave out 03");
  await usage(["--watchh"], "Unknown flag --watchh");
  await usage(
    ["--time-limit", "0"],
    'Invalid --time-limit "0": expected a number above 0 up to 600',
  );
  await usage(
    ["--time-limit"],
    "Missing a value for --time-limit: expected a number above 0 up to 600",
  );
});

Deno.test("--help shows the usage with the exercise number, every flag and the examples", async () => {
  const { code, out } = await run(["--help"]);
  assert.equal(code, 0);
  const text = out.join("\n");
  assert.include(text, "Usage: deno task exercise [NN] [flags]");
  for (const flag of ["--exercise NN", "--list", "--watch", "--time-limit SECONDS", "--help, -h"]) {
    assert.include(text, `  ${flag}`);
  }
  assert.include(text, "  deno task exercise 03");
  assert.include(text, "Exit code 1 also means: an exercise checked is not done yet.");
});

const canRead = (await Deno.permissions.query({ name: "read", path: "." })).state === "granted";

Deno.test({
  name: "without read access the checker says which access it needs: one line, exit 1",
  ignore: canRead,
  async fn() {
    const io = captureIo();
    const code = await main([], { io });
    assert.equal(code, 1);
    assert.deepEqual(io.out, []);
    assert.deepEqual(io.err, [
      "Error: the checker needs to read exercises/ and lib/; run it with deno task exercise " +
      "(or deno run --allow-read=exercises,lib exercises/_checker/main.ts)",
    ]);
  },
});
