// The command line, run in process with a runner that checks in process and files in memory:
// what a learner sees on a fresh clone, after copying one solution, with a wrong sigmoid and
// its hints one level at a time, a type error, a reset, a solution, and every mistake on the
// command line. No permission is needed.

import { assert } from "chai";
import { captureIo } from "../../runtime/testing.ts";
import type { Module } from "./exercise.ts";
import { main, type Store, type Surroundings } from "./main.ts";
import type { RunnerOptions } from "./runner.ts";
import { inProcess, solutions } from "./_testing.ts";
import { exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import type { Progress } from "./progress.ts";
import { heading, listing, report } from "./report.ts";

/** Files in memory, by path from the project's root. */
function memoryStore(files: Record<string, string> = {}): Store & { files: typeof files } {
  const bytes = new TextEncoder();
  return {
    files,
    read: (path) => Promise.resolve(files[path]),
    write: (path, text) => Promise.resolve(void (files[path] = text)),
    readBytes: (path) => {
      if (!(path in files)) return Promise.reject(new Deno.errors.NotFound(path));
      return Promise.resolve(bytes.encode(files[path]));
    },
    writeBytes: (path, data) =>
      Promise.resolve(void (files[path] = new TextDecoder().decode(data))),
  };
}

/** Runs the command line with `modules` as the learner's files (blanks where missing). */
async function run(
  args: string[],
  modules: Record<number, Module> = {},
  more: Surroundings = {},
) {
  const io = captureIo();
  const runner = inProcess(modules);
  const store = more.store ?? memoryStore();
  const code = await main(args, {
    io,
    makeRunner: runner.makeRunner,
    typeCheck: null,
    store,
    ...more,
  });
  // What it prints fits 80 columns; an error stays on one line, however long.
  for (const line of io.out) assert.isAtMost(line.length, 80, line);
  return { code, out: io.out, err: io.err, checked: runner.checked, store };
}

const rows = [
  ["01", "a prediction                      ", "01_prediction.ts          "],
  ["02", "the error and its slope           ", "02_error.ts               "],
  ["03", "the gradients                     ", "03_gradients.ts           "],
  ["04", "one update step                   ", "04_update.ts              "],
  ["05", "the numerical gradient            ", "05_numerical_gradient.ts  "],
  ["06", "a planted bug                     ", "06_planted_bug.ts         "],
  ["07", "the batch gradient                ", "07_batch_gradient.ts      "],
  ["08", "the training loop                 ", "08_train.ts               "],
  ["09", "a hidden layer's backward pass    ", "09_hidden_layer.ts        "],
  ["10", "the softmax                       ", "10_softmax.ts             "],
  ["11", "a scalar autograd                 ", "11_autograd.ts            "],
  ["12", "a split and a confusion matrix    ", "12_split.ts               "],
  ["13", "a threshold chosen on validation  ", "13_threshold.ts           "],
  ["14", "an experiment: the learning rate  ", "14_learning_rate.ts       "],
];
const count = rows.length;
const progressLine = "Your progress is kept in exercises/.progress.json (delete it to start over).";

Deno.test("a fresh clone: deno task exercises lists every one as not started, 0 done", async () => {
  const { code, out, err } = await run(["--list"]);
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out, [
    "Exercises: write each one in its file in exercises/, then check it.",
    "",
    ...rows.map(([n, title, file]) => `  ${n}  ${title}${file}not started`),
    "",
    `0/${count} done. Next: exercise 01, deno task exercise 01`,
    progressLine,
  ]);
});

Deno.test("a fresh clone: deno task exercise says where to start, exit code 1", async () => {
  const { code, out } = await run([]);
  assert.equal(code, 1);
  assert.deepEqual(out, [
    "Exercise 01, a prediction: not started",
    "  Open exercises/01_prediction.ts and write dot, sigmoid and makePrediction in",
    "  place of the TODO.",
    "  Lesson 03 explains the idea: deno run lessons/03_predict.ts",
    "  Then check it: deno task exercise 01",
  ]);
});

Deno.test("copying one solution over its exercise makes that one pass, and offers the solution", async () => {
  const listed = await run(["--list"], { 2: solutions[2] });
  assert.equal(listed.out[3], `  02  ${rows[1][1]}${rows[1][2]}done`);
  assert.equal(listed.out.at(-2), `1/${count} done. Next: exercise 01, deno task exercise 01`);
  const store = memoryStore();
  const checked = await run(["02"], { 2: solutions[2] }, { store });
  assert.equal(checked.code, 0);
  assert.deepEqual(checked.out, [
    "Exercise 02, the error and its slope: done",
    "  A solution to compare with: deno task exercise --solution 02",
  ]);
  assert.deepEqual(JSON.parse(store.files["exercises/.progress.json"]), {
    "02": { done: true },
  });
});

const wrongSigmoid = { ...solutions[1], sigmoid: (x: number) => 1 / (1 + Math.exp(x)) };

Deno.test("the same wrong answer again shows the next hint: a question, the value, the formula", async () => {
  const store = memoryStore();
  const first = await run(["01"], { 1: wrongSigmoid }, { store });
  assert.equal(first.code, 1);
  assert.deepEqual(first.out, [
    "Exercise 01, a prediction: not done",
    "  sigmoid(1.3774) should be 0.7985731, yours gave 0.2014269",
    "    That is 1 - 0.7985731: the sigmoid of -1.3774.",
    "  Diagnosis: the exponent's sign.",
    "  Hint 1 of 3: Your value plus the expected one make 1: what does that say about",
    "  the exponent?",
    "  (The next hint: run it again with the same answer, or add --hint.)",
    "  Your code: exercises/01_prediction.ts",
    "  Lesson 03 explains the idea: deno run lessons/03_predict.ts",
  ]);
  const second = await run(["01"], { 1: wrongSigmoid }, { store });
  assert.include(second.out.join("\n"), "Hint 2 of 3: Your sigmoid gives 1 - sigmoid(x)");
  const third = await run(["01"], { 1: wrongSigmoid }, { store });
  assert.include(third.out.join("\n"), "Hint 3 of 3: sigmoid(x) = 1 / (1 + Math.exp(-x))");
  assert.notInclude(third.out.join("\n"), "The next hint");
  const fourth = await run(["01"], { 1: wrongSigmoid }, { store });
  assert.include(fourth.out.join("\n"), "Hint 3 of 3:");
});

Deno.test("--hint shows the next hint at once; another wrong answer starts again at the first", async () => {
  const store = memoryStore();
  const asked = await run(["01", "--hint"], { 1: wrongSigmoid }, { store });
  assert.include(asked.out.join("\n"), "Hint 2 of 3:");
  const overflow = { ...solutions[1], sigmoid: (x: number) => Math.exp(x) / (1 + Math.exp(x)) };
  const other = await run(["01"], { 1: overflow }, { store });
  assert.include(other.out.join("\n"), "Diagnosis: an overflow in exp(x).");
  assert.include(other.out.join("\n"), "Hint 1 of 3: What is Math.exp(1000) in a float");
});

Deno.test("deno task exercises shows the hints seen of an exercise not done", async () => {
  const store = memoryStore();
  await run(["01"], { 1: wrongSigmoid }, { store });
  await run(["01"], { 1: wrongSigmoid }, { store });
  const { out } = await run(["--list"], { 1: wrongSigmoid }, { store });
  assert.equal(out[2], `  01  ${rows[0][1]}${rows[0][2]}not done`);
  assert.equal(out[2 + count + 1], "Hints seen so far: 01 (2 of 3).");
});

Deno.test("deleting the progress file starts the hints again", async () => {
  const store = memoryStore();
  await run(["01"], { 1: wrongSigmoid }, { store });
  delete store.files["exercises/.progress.json"];
  const again = await run(["01"], { 1: wrongSigmoid }, { store });
  assert.include(again.out.join("\n"), "Hint 1 of 3:");
});

Deno.test("a type error is shown in place of the check's verdict: where it is, TypeScript's words", async () => {
  const { code, out } = await run(["01"], { 1: solutions[1] }, {
    typeCheck: () =>
      Promise.resolve(
        new Map([["exercises/01_prediction.ts", [
          "exercises/01_prediction.ts:7:3: Type 'number[]' is not assignable to type 'number'.",
          "  (TypeScript found this before your code ran: fix it first.)",
        ]]]),
      ),
  });
  assert.equal(code, 1);
  assert.deepEqual(out.slice(0, 7), [
    "Exercise 01, a prediction: not done",
    "  exercises/01_prediction.ts:7:3: Type 'number[]' is not assignable to type",
    "    'number'.",
    "    (TypeScript found this before your code ran: fix it first.)",
    "  Diagnosis: a type error.",
    "  Hint 1 of 3: What type does the function's first line promise, and what does",
    "  your line give?",
  ]);
});

Deno.test("deno task exercise 03 checks 01 and 02 first, and stops at the one not done", async () => {
  const { code, out, checked } = await run(["03"], { 1: solutions[1], 3: solutions[3] });
  assert.equal(code, 1);
  assert.deepEqual(checked, [1, 2]);
  assert.deepEqual(out, [
    "Exercise 03 builds on exercise 02, the error and its slope, not done yet:",
    "",
    "Exercise 02, the error and its slope: not started",
    "  Open exercises/02_error.ts and write squaredError and errorDerivative in place",
    "  of the TODO.",
    "  Lesson 05 explains the idea: deno run lessons/05_gradient_descent.ts",
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
  assert.equal(first.out[0], "Exercise 03, the gradients: done");
});

Deno.test("all done: each exercise done, then what the learner's code can do", async () => {
  const { code, out } = await run([], solutions);
  assert.equal(code, 0);
  assert.deepEqual(
    out.slice(0, count),
    rows.map(([n, title]) => `Exercise ${n}, ${title.trimEnd()}: done`),
  );
  const text = out.join("\n");
  assert.include(text, "Your code trained the tutorial's network as lesson 08 does");
  assert.include(text, "XOR accuracy: 4/4");
  assert.equal(
    out.at(-1),
    `All ${count} exercises done. deno task exercise --solution NN shows a solution.`,
  );
});

Deno.test("all done: deno task exercises reads every one done", async () => {
  const { code, out } = await run(["--list"], solutions);
  assert.equal(code, 0);
  assert.deepEqual(
    out.slice(2, 2 + count),
    rows.map(([n, title, file]) => `  ${n}  ${title}${file}done`),
  );
  assert.equal(
    out.at(-2),
    `${count}/${count} done. All done! deno task exercise --solution NN shows a solution.`,
  );
});

Deno.test("--reset puts back the blank byte for byte after asking, and forgets the hints", async () => {
  const blank = "// the blank\r\nexport function dot() {}\n\n";
  const store = memoryStore({
    "exercises/_blanks/01_prediction.ts": blank,
    "exercises/01_prediction.ts": "my code",
    "exercises/.progress.json": JSON.stringify({ "01": { wrong: "x", level: 2 }, "02": {} }),
  });
  const questions: string[] = [];
  const refused = await run(["--reset", "01"], {}, {
    store,
    confirm: (q) => (questions.push(q), false),
  });
  assert.equal(refused.code, 1);
  assert.equal(store.files["exercises/01_prediction.ts"], "my code");
  assert.deepEqual(questions, [
    "Put back the blank of exercises/01_prediction.ts? Your code in it will be lost.",
  ]);
  assert.deepEqual(refused.out, ["exercises/01_prediction.ts left as it was."]);
  const done = await run(["--reset", "01", "--yes"], {}, {
    store,
    confirm: () => assert.fail("--yes does not ask"),
  });
  assert.equal(done.code, 0);
  assert.equal(store.files["exercises/01_prediction.ts"], blank);
  assert.deepEqual(JSON.parse(store.files["exercises/.progress.json"]), { "02": {} });
  assert.deepEqual(done.out, [
    "exercises/01_prediction.ts is the blank again: deno task exercise 01 checks it.",
  ]);
});

Deno.test("--reset with its blank missing says so in one line, exit 1", async () => {
  const { code, err } = await run(["--reset", "03", "--yes"]);
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: exercises/_blanks/03_gradients.ts is missing, so exercises/03_gradients.ts " +
    "cannot be reset",
  ]);
});

Deno.test("--solution shows the solution's file", async () => {
  const store = memoryStore({ "exercises/solutions/02_error.ts": "// a solution\nline 2\n" });
  const { code, out } = await run(["--solution", "2"], {}, { store });
  assert.equal(code, 0);
  assert.deepEqual(out, ["exercises/solutions/02_error.ts:", "", "// a solution", "line 2"]);
});

Deno.test("--watch clears the screen and shows only the result of the last save", async () => {
  const io = captureIo();
  const runner = inProcess({ 1: solutions[1] });
  let clears = 0;
  async function* saves() {
    yield;
    yield; // Two saves close together: the first one's result is dropped.
    await new Promise((resolve) => setTimeout(resolve, 20));
    yield;
  }
  const code = await main(["01", "--watch"], {
    io,
    makeRunner: runner.makeRunner,
    typeCheck: null,
    store: memoryStore(),
    saves,
    clear: () => clears++,
  });
  assert.equal(code, 0);
  const done = [
    "Exercise 01, a prediction: done",
    "  A solution to compare with: " +
    "deno task exercise --solution 01",
  ];
  const watching = "Watching exercises/ for saves; Ctrl-C stops.";
  assert.deepEqual(io.out, [
    ...done,
    "",
    watching,
    ...done,
    "",
    watching,
    ...done,
    "",
    watching,
  ]);
  assert.equal(clears, 2);
});

Deno.test("--time-limit reaches the runner", async () => {
  let seen: RunnerOptions | undefined;
  await run(["01", "--time-limit", "2.5"], {}, {
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
  const range = `expected a number from 1 to ${count}`;
  await usage(["42"], `Invalid --exercise "42": ${range}`);
  await usage(["0"], `Invalid --exercise "0": ${range}`);
  await usage(["sigmoid"], `Invalid --exercise "sigmoid": ${range}`);
  await usage(["2.5"], `No exercise 2.5: they are 01 to ${String(count).padStart(2, "0")}`);
  await usage(
    ["--reset", "2.5"],
    `No exercise 2.5: they are 01 to ${String(count).padStart(2, "0")}`,
  );
  await usage(["03", "04"], 'Unexpected argument "04": every value follows its flag');
  await usage(["--list", "03"], "--list shows them all: leave out 03");
  await usage(["--yes"], "--yes goes with --reset NN");
  await usage(["--watchh"], "Unknown flag --watchh");
  await usage(
    ["--time-limit", "0"],
    'Invalid --time-limit "0": expected a number above 0 up to 600',
  );
});

Deno.test("--help shows the usage with the exercise number, every flag and the examples", async () => {
  const { code, out } = await run(["--help"]);
  assert.equal(code, 0);
  const text = out.join("\n");
  assert.include(text, "Usage: deno task exercise [NN] [flags]");
  for (
    const flag of [
      "--exercise NN",
      "--hint",
      "--list",
      "--watch",
      "--reset NN",
      "--yes",
      "--solution NN",
      "--time-limit SECONDS",
      "--help, -h",
    ]
  ) {
    assert.include(text, `  ${flag}`);
  }
  assert.include(text, "  deno task exercise --reset 03");
  assert.include(text, "Exit code 1 also means: an exercise checked is not done yet.");
});

const canRead = (await Deno.permissions.query({ name: "read", path: "." })).state === "granted";

Deno.test({
  name: "without read access the checker says which access it needs: one line, exit 1",
  ignore: canRead,
  async fn() {
    const io = captureIo();
    const code = await main([], { io, typeCheck: null, store: memoryStore() });
    assert.equal(code, 1);
    assert.deepEqual(io.out, []);
    assert.deepEqual(io.err, [
      "Error: the checker needs to read exercises/ and lib/; run it with deno task exercise " +
      "(or deno run --allow-read=exercises,lib exercises/_checker/main.ts)",
    ]);
  },
});

// What the checker prints, at the edges of its rules: the exercise list's "Next:" is the first
// exercise not done, whatever else it is (begun and wrong, waiting for another, or not
// started); its hints seen so far are those of exercises not done; a line of exactly 80 columns
// stays one line; an exercise waiting for another is not done, and says for which
// (tools/mutants_list.ts plants the bugs these catch).
const done: Outcome = { status: "done", showcase: [] };
const notStarted: Outcome = { status: "not started" };

/** The list's line that says what comes next. */
const next = (outcomes: Outcome[]) => listing(outcomes).find((line) => /done\. /.test(line));

Deno.test("the list's next exercise is the first not done, begun or not", () => {
  const cases: [Outcome, string][] = [
    [{ status: "not done", problem: ["wrong"] }, "02"],
    [{ status: "waiting", on: 1 }, "02"],
    [notStarted, "02"],
  ];
  for (const [second, number] of cases) {
    const outcomes = exercises.map((_, i) => i === 0 ? done : i === 1 ? second : notStarted);
    assert.equal(
      next(outcomes),
      `1/${exercises.length} done. Next: exercise ${number}, deno task exercise ${number}`,
      second.status,
    );
  }
  assert.equal(
    next(exercises.map(() => done)),
    `${exercises.length}/${exercises.length} done. ` +
      "All done! deno task exercise --solution NN shows a solution.",
  );
});

Deno.test("the hints seen so far are those of the exercises not done, however many were shown", () => {
  const outcomes = exercises.map((_, i): Outcome =>
    i === 0 ? done : i === 1 ? { status: "not done", problem: ["wrong"] } : notStarted
  );
  const hints = exercises[1].hints.length;
  const seen = (progress: Progress) =>
    listing(outcomes, progress).filter((line) => line.startsWith("Hints seen"));
  assert.deepEqual(seen({ "01": { done: true, level: 2 }, "02": { wrong: "wrong", level: 1 } }), [
    `Hints seen so far: 02 (1 of ${hints}).`,
  ]);
  assert.deepEqual(seen({ "01": { done: true, level: 2 } }), []);
});

Deno.test("a line of the checker's report of exactly 80 columns stays one line; of 81 it wraps", () => {
  const printed = (problem: string) =>
    report(exercises[0], { status: "not done", problem: [problem] })
      .filter((line) => /word|abc/.test(line));
  const eighty = `${"word ".repeat(15)}abc`; // 78 columns, 80 with the report's indent
  assert.deepEqual(printed(eighty), [`  ${eighty}`]);
  const wrapped = printed(`${eighty}d`);
  assert.lengthOf(wrapped, 2);
  assert.isTrue(wrapped.every((line) => line.length <= 80));
});

Deno.test("an exercise whose code reached another's TODO is not done, and names that one", () => {
  const [first, , third] = exercises;
  const lines = report(third, { status: "waiting", on: first.number });
  assert.equal(lines[0], `${heading(third)}: not done`);
  const text = lines.slice(1).join(" ").replace(/ +/g, " ");
  assert.include(text, `reached the TODO of exercise 01, ${first.title}`);
  assert.include(text, "do that one first, deno task exercise 01.");
});

Deno.test("not started names the functions to write: one, two, or a list ending in 'and'", () => {
  const told = (n: number) =>
    report(exercises[n], notStarted).join(" ").replace(/ +/g, " ").match(/write (.*) in place/)
      ?.[1];
  assert.equal(told(2), "computeGradients");
  assert.equal(told(1), "squaredError and errorDerivative");
  assert.equal(told(0), "dot, sigmoid and makePrediction");
});

Deno.test("a wrong answer shows the hint it has reached, from the first to the last", () => {
  const e = exercises[1];
  const last = e.hints.length;
  const wrong: Outcome = { status: "not done", problem: ["yours gave 2"] };
  const hint = (level: number) => {
    const text = report(e, wrong, level).join(" ").replace(/ +/g, " ");
    return {
      shown: text.match(/Hint (\d+) of (\d+): /)?.slice(1).map(Number),
      more: text.includes("The next hint: run it again"),
    };
  };
  assert.deepEqual(hint(0), { shown: [1, last], more: true }, "no hint seen yet: the first");
  assert.deepEqual(hint(1), { shown: [1, last], more: true });
  assert.deepEqual(hint(last - 1), { shown: [last - 1, last], more: true });
  assert.deepEqual(hint(last), { shown: [last, last], more: false }, "the last promises no more");
  assert.deepEqual(hint(last + 1), { shown: [last, last], more: false });
  const lines = report(e, wrong, 1);
  assert.include(lines.join("\n"), `Hint 1 of ${last}: ${e.hints[0]}`.slice(0, 60));
});
