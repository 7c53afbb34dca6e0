// The command line, run in process with a runner that checks in process and files in memory:
// what a learner sees on a fresh clone, after copying one solution, with a wrong sigmoid and
// its hints one level at a time, a type error, a reset, a solution, and every mistake on the
// command line. No permission is needed.

import { assert } from "chai";
import { captureIo } from "../../runtime/testing.ts";
import type { Module } from "./exercise.ts";
import { main, type Store, type Surroundings } from "./main.ts";
import type { RunnerOptions } from "./runner.ts";
import { blank, check, complaint, inProcess, mistaken, solutions } from "./_testing.ts";
import { exercise, exercises, prerequisites } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import type { Progress } from "./progress.ts";
import { heading, listing, report } from "./report.ts";
import * as throwingDot from "./testdata/throws/01_prediction.ts";
import * as waiting from "./testdata/waiting/03_gradients.ts";
import { backpropagateWith, layer1, type Network, planted, sigmoid, trainWith } from "./planted.ts";

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

// Every exercise checked with its solution, the longest run here (each check, the showcase's
// training): made once, and read by the three tests that need it.
let allDone: ReturnType<typeof run> | undefined;
const runAllDone = () => allDone ??= run([], solutions);

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

Deno.test("each command's exit code in each state: 1 for an exercise not done, started or not", async () => {
  const states: [string, Record<number, Module>, string, number][] = [
    ["done", { 1: solutions[1], 2: solutions[2], 3: solutions[3] }, "03", 0],
    ["not started", { 1: solutions[1], 2: solutions[2] }, "03", 1],
    ["not done", { 1: wrongSigmoid }, "01", 1],
    ["waiting for an earlier one", { 1: solutions[1], 3: waiting }, "03", 1],
  ];
  for (const [state, modules, number, code] of states) {
    const { file } = exercise(Number(number));
    const store = () =>
      memoryStore({ [`exercises/_blanks/${file}`]: "", [`exercises/solutions/${file}`]: "" });
    const codes = {
      one: (await run([number], modules)).code,
      hint: (await run([number, "--hint"], modules)).code,
      all: (await (state === "done" ? runAllDone() : run([], modules))).code,
      list: (await run(["--list"], modules)).code,
      reset: (await run(["--reset", number, "--yes"], modules, { store: store() })).code,
      solution: (await run(["--solution", number], modules, { store: store() })).code,
    };
    assert.deepEqual(
      codes,
      { one: code, hint: code, all: code, list: 0, reset: 0, solution: 0 },
      state,
    );
  }
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
  const { code, out } = await runAllDone();
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

// The checks themselves: every solution passes, a blank reads "not started", and each mistake
// the checks know is named from the wrong value itself, with the message a learner reads.
Deno.test("every solution passes its exercise's check", async () => {
  for (const { number } of exercises) {
    const outcome = await check(number, solutions[number]);
    assert.equal(outcome.status, "done", `exercise ${number}: ${JSON.stringify(outcome)}`);
  }
});

Deno.test("a TODO still in place reads 'not started', not a stack trace", async () => {
  for (const { number } of exercises) {
    assert.deepEqual(await check(number, blank(number)), { status: "not started" });
  }
});

Deno.test("each exercise builds on the ones before it", () => {
  assert.deepEqual(prerequisites(3), [1, 2]);
  assert.deepEqual(prerequisites(6), [1, 5]);
  assert.deepEqual(prerequisites(8), [1, 2, 3, 4]);
  assert.deepEqual(prerequisites(9), [1, 2]);
});

Deno.test("an exercise builds on its prerequisites' prerequisites too, however deep", () => {
  // Each names only the one it uses directly: 4 on 3, 3 on 1 and 2, 2 on 1.
  const chain = [
    { number: 1, uses: [] },
    { number: 2, uses: [1] },
    { number: 3, uses: [2, 1] },
    { number: 4, uses: [3] },
  ];
  assert.deepEqual(prerequisites(4, chain), [1, 2, 3]);
  assert.deepEqual(prerequisites(1, chain), []);
  assert.throws(() => prerequisites(5, chain), RangeError, "No exercise 5");
});

Deno.test("every exercise's description is data: it survives a copy to a page as JSON", () => {
  for (const e of exercises) {
    const { check: _, ...info } = e;
    assert.deepEqual(JSON.parse(JSON.stringify(info)), info);
    for (const [key, mistake] of Object.entries(e.mistakes)) {
      assert.lengthOf(mistake.hints, 3, `exercise ${e.number}'s ${key}: question, value, formula`);
    }
    assert.lengthOf(e.hints, 3, `exercise ${e.number}'s hints`);
  }
});

/** The mistakes that a test below has seen named, "01 exponentSign". */
const named = new Set<string>();

/** The message of a planted mistake ("01 exponentSign"), after checking that it is named. */
async function diagnosis(key: string): Promise<string[]> {
  const [number, mistake] = key.split(" ");
  const outcome: Outcome = await check(Number(number), planted[key]);
  assert.equal(outcome.status, "not done", JSON.stringify(outcome));
  assert.equal((outcome as { mistake?: string }).mistake, mistake, JSON.stringify(outcome));
  named.add(key);
  return (outcome as { problem: string[] }).problem;
}

/** The message as one line, wrapping undone. */
const joined = (lines: string[]) => lines.join(" ").replace(/\s+/g, " ");

// The planted mistakes (planted.ts), each recognised from its value and named.

Deno.test("01: 1 - expected from the sigmoid is the exponent's sign", async () => {
  assert.deepEqual(await diagnosis("01 exponentSign"), [
    "sigmoid(1.3774) should be 0.7985731, yours gave 0.2014269",
    "  That is 1 - 0.7985731: the sigmoid of -1.3774.",
  ]);
});

Deno.test("01: NaN from a dot product is reading past the end of an array", async () => {
  assert.deepEqual(await diagnosis("01 pastTheEnd"), [
    "dot([1.72, 1.23], [1.26, 0]) should be 2.1672, yours gave NaN",
    "  A NaN from a sum of products: does the loop read past the end of an array?",
  ]);
});

Deno.test("01: exp(x) / (1 + exp(x)) is an overflow at x = 1000", async () => {
  assert.deepEqual(await diagnosis("01 overflow"), [
    "sigmoid(1000) should be 1, yours gave NaN",
    "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
  ]);
});

Deno.test("03: derror_dprediction alone is the chain stopped early", async () => {
  assert.deepEqual(await diagnosis("03 chainStoppedEarly"), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).bias",
    "  should be 0.19570893, yours gave 1.7420383",
    "  That is derror_dprediction alone, 2 * (prediction - target): the chain",
    "  stopped early.",
  ]);
});

Deno.test("09: expected / output weight is the output weight missing from the hidden delta", async () => {
  assert.deepEqual(await diagnosis("09 outputWeightMissing"), [
    "backpropagate(network, [2, 1.5], 0).hidden[0].bias",
    "  should be 0.06652196, yours gave 0.03326098",
    "  That is the expected value divided by output weight 0, 2: the output weight",
    "  is missing from the hidden delta.",
    "  where network.hidden[0] = { weights: [1.45, -0.66], bias: 0 }",
    "        network.hidden[1] = { weights: [-1, 1], bias: 0.5 }",
    "        network.output    = { weights: [2, -1], bias: -0.5 }",
  ]);
});

Deno.test("08: an error recorded before the update is named", async () => {
  assert.deepEqual(await diagnosis("08 errorBeforeUpdate"), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors[0]",
    "  should be 3.39919641 (as the tutorial's loop gives), yours gave 3.41160717",
    "  That is the error before that iteration's update: it was recorded too early.",
    where,
  ]);
});

Deno.test("08: samples cycled instead of drawn are named", async () => {
  assert.deepEqual(await diagnosis("08 cycled"), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should call random() once per iteration, so once, yours gave 0 calls",
    "  A loop that never draws takes the samples in turn.",
    where,
  ]);
});

Deno.test("08: samples taken in turn by a loop that calls random() anyway are named from the curve", async () => {
  const outcome = await check(8, { train: trainWith({ cycled: true, draws: 1 }) });
  assert.equal((outcome as { mistake?: string }).mistake, "cycled");
  assert.deepEqual((outcome as { problem: string[] }).problem.slice(-3), [
    "  That is the error of a loop that takes the samples in turn: they should be",
    "  drawn.",
    where,
  ]);
});

Deno.test("02: a derivative of the wrong sign is named", async () => {
  assert.deepEqual(await diagnosis("02 flippedSign"), [
    "errorDerivative(0.87101915, 0) should be 1.7420383, yours gave -1.7420383",
    "  That is minus the derivative: target - prediction, where prediction - target",
    "  belongs.",
  ]);
});

Deno.test("04: a step up the slope is named", async () => {
  assert.deepEqual(await diagnosis("04 uphill"), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
    "  should be -0.01957089, yours gave 0.01957089",
    "  That is 0 + 0.19570893 * 0.1: the step went up the slope.",
  ]);
});

Deno.test("05: a one-sided difference is named", async () => {
  assert.deepEqual(await diagnosis("05 oneSided"), [
    "numericalGradient(([x, y]) => x ** 3 + x * y ** 2, [1, 2], 0.1)[0]",
    "  should be 7.01 (central differences with h = 0.1), yours gave 7.31",
    "  That is (f(p + h) - f(p)) / h, a one-sided difference.",
  ]);
});

Deno.test("05: a nudge left in place is named", async () => {
  assert.deepEqual(await diagnosis("05 notRestored"), [
    "numericalGradient(([x, y]) => x ** 3 + x * y ** 2, [1, 2], 0.1)[1]",
    "  should be 4 (central differences with h = 0.1), yours gave 3.6",
    "  That is the slope with parameter 0 still nudged: the nudge was not undone.",
  ]);
});

Deno.test("06: a working gradient check with the planted bug left in is named", async () => {
  assert.include(joined(await diagnosis("06 bugStillThere")), "the planted bug is still there");
});

Deno.test("06: a gradient check that always says 0 is caught on the planted bug", async () => {
  const outcome = await check(6, {
    ...planted["06 bugStillThere"],
    gradientCheck: () => [0, 0, 0],
  });
  assert.isUndefined((outcome as { mistake?: string }).mistake);
  assert.match(
    (outcome as { problem: string[] }).problem[0],
    /^gradientCheck\(network, \[1.5, 0.5\], 0.3\)\[1\]/,
  );
});

Deno.test("07: the mean of the gradients, not their sum, is named", async () => {
  assert.include(
    joined(await diagnosis("07 mean")),
    "That is the sum divided by 8: the mean's gradient.",
  );
});

Deno.test("10: e^sum overflowing to NaN is named", async () => {
  assert.deepEqual(await diagnosis("10 overflow"), [
    "softmax([1000, 0]) should be [1. 0.], yours gave [nan  0.]",
    "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
  ]);
});

Deno.test("10: a cross-entropy gradient without the right class's -1 is named", async () => {
  assert.deepEqual(await diagnosis("10 oneHotMissing"), [
    "crossEntropyGradient([1, 2, 3], 2)[2]",
    "  should be -0.33475904 (by finite differences), yours gave 0.66524096",
    "  That is the probability alone: the right class's -1 is missing.",
  ]);
});

Deno.test("11: a backward that runs a shared node's step once per path is named", async () => {
  assert.include(joined(await diagnosis("11 twice")), "a shared node passed its gradient on");
});

Deno.test("11: a backward that never sets the output's grad to 1 is named", async () => {
  assert.include(joined(await diagnosis("11 noSeed")), "the output's own grad was never set to 1");
});

Deno.test("12: a confusion matrix with rows and columns swapped is named", async () => {
  assert.include(
    joined(await diagnosis("12 transposed")),
    "That is the transpose: rows should be actual classes.",
  );
});

Deno.test("12: a split of the right size that ignores the classes is named", async () => {
  assert.include(
    joined(await diagnosis("12 notStratified")),
    "The total is right; the classes' shares are not.",
  );
});

Deno.test("13: a prediction at the threshold counted as class 0 is named", async () => {
  assert.deepEqual(await diagnosis("13 strict"), [
    "accuracy([0.5, 0.49], [1, 0], 0.5) should be 1, yours gave 0.5",
    "  That counts 0.5 at the threshold 0.5 as class 0: it is class 1.",
  ]);
});

Deno.test("14: a learning rate whose run ends at 2.0 or above is named, with its error", async () => {
  assert.match(
    joined(await diagnosis("14 tooLarge")),
    /Lesson 08 at learning rate 0.28 ends at 2\.\d+, not below 2.0/,
  );
});

Deno.test("14: a rate that works but is not the largest is named", async () => {
  assert.include(joined(await diagnosis("14 notTheLargest")), "a larger rate of the grid does too");
});

Deno.test("14: the answer is taken within half a grid step, from lesson 08's own training", async () => {
  assert.equal((await check(14, { largestLearningRate: () => 0.2749 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2651 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2649 })).status, "not done");
});

Deno.test("every mistake an exercise knows is planted, and named by a test above", () => {
  const known = exercises.flatMap((e) =>
    Object.keys(e.mistakes).map((key) => `${String(e.number).padStart(2, "0")} ${key}`)
  );
  assert.deepEqual(Object.keys(planted).sort(), known.sort());
  assert.deepEqual([...named].sort(), known.sort());
});

// Mistakes named by what was expected and what the code gave.

Deno.test("01: a dot product of the first two elements only is caught on three", async () => {
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1];
  assert.deepEqual(await complaint(1, mistaken(1, { dot })), [
    "dot([1, 2, 3], [4, 5, 6]) should be 32, yours gave 14",
  ]);
});

Deno.test("01: a function under another name is named", async () => {
  const { dot: _, ...rest } = solutions[1];
  assert.deepEqual(await complaint(1, { ...rest, dotProduct: () => 0 }), [
    "exercises/01_prediction.ts should export a function named dot, yours has none",
    "  (keep its first line as it was: export function dot(...)",
  ]);
});

Deno.test("01: a prediction without the bias is caught where the bias is not 0", async () => {
  const makePrediction = (input: number[], weights: number[]) =>
    sigmoid(input[0] * weights[0] + input[1] * weights[1]);
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction })), [
    "makePrediction([2, 1.5], [1.45, -0.66], 1)",
    "  should be 0.94833856, yours gave 0.87101915",
  ]);
});

Deno.test("01: a function that forgets to return is told so", async () => {
  const sigmoid = (x: number) => {
    1 / (1 + Math.exp(-x));
  };
  assert.deepEqual(await complaint(1, mistaken(1, { sigmoid })), [
    "sigmoid(0) should be a number, yours gave undefined (a missing return?)",
  ]);
});

Deno.test("01: an async function is told it should not be", async () => {
  const sigmoid = (x: number) => Promise.resolve(x);
  assert.deepEqual(await complaint(1, mistaken(1, { sigmoid })), [
    "sigmoid(0)",
    "  should be a number, yours gave a Promise (the function should not be async)",
  ]);
});

Deno.test("02: an error that is not squared misses the tutorial's 0.75867436", async () => {
  const squaredError = (prediction: number, target: number) => prediction - target;
  assert.deepEqual(await complaint(2, mistaken(2, { squaredError })), [
    "squaredError(0.87101915, 0) should be 0.75867436, yours gave 0.87101915",
  ]);
});

Deno.test("03: weight gradients taken from the weights, not the input, are caught", async () => {
  const computeGradients = (network: Network, input: number[], target: number) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * (s - target) * s * (1 - s);
    return { weights: network.weights.map((w) => delta * w), bias: delta };
  };
  assert.deepEqual(await complaint(3, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).weights",
    "  should be [0.39141786 0.29356339], yours gave [ 0.28377795 -0.12916789]",
  ]);
});

Deno.test("03: gradients right for target 0 only are caught by finite differences", async () => {
  // 2 * prediction is the derivative for target 0 only: the tutorial's numbers pass.
  const computeGradients = (network: Network, input: number[]) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * s * s * (1 - s);
    return { weights: input.map((x) => delta * x), bias: delta };
  };
  assert.deepEqual(await complaint(3, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1], 1).bias",
    "  should be -0.01673344 (by finite differences), yours gave 0.15718278",
  ]);
});

Deno.test("04: an update that ignores the learning rate is caught on lesson 07's step", async () => {
  const updateParameters = (network: Network, gradients: Network) => ({
    weights: network.weights.map((w, i) => w - gradients.weights[i]),
    bias: network.bias - gradients.bias,
  });
  assert.deepEqual(await complaint(4, { updateParameters }), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
    "  should be -0.01957089, yours gave -0.19570893",
  ]);
});

Deno.test("08: recording at iterations 99, 199, ... instead of 0, 100, ... is caught", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ at: 99 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors",
    "  should have 1 value (iteration 0), yours gave []",
    where,
  ]);
});

Deno.test("08: two random draws per iteration are counted", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ draws: 2 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should call random() once per iteration, so once, yours gave 2 calls",
    where,
  ]);
});

Deno.test("08: returning the errors alone is told the shape to return", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ errorsOnly: true }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should return { network, cumulativeErrors }, yours gave [3.39919641]",
    where,
  ]);
});

Deno.test("08: once it passes, the tutorial's network trains with the learner's code, as in lesson 08", async () => {
  const outcome = await check(8, solutions[8]);
  assert.equal(outcome.status, "done");
  const showcase = (outcome as { showcase: string[] }).showcase;
  const text = showcase.join(" ");
  // Lesson 08's printed numbers (seed 42): first, lowest and last cumulative error.
  assert.include(text, "weights [ 1.50243675 -0.76077415] and bias 2.88733163");
  assert.include(text, "first 3.94362869, lowest 1.8872334 (iteration 9600), last 1.8944097");
  assert.include(text, "4/8 samples classified correctly");
  assert.isAtLeast(showcase.filter((line) => line.includes("┤")).length, 5, "a chart");
  for (const line of showcase) assert.isAtMost(line.length + 2, 80, line);
});

Deno.test("09: code written for two hidden units only is caught on three", async () => {
  const backpropagate = backpropagateWith({ units: 2 });
  assert.deepEqual(await complaint(9, { backpropagate }), [
    "backpropagate(network, [0, 0], 0).output.weights",
    "  should have 3 weights, yours gave [0.17472973 0.15942336]",
    "  where network.hidden[0] = { weights: [-0.33, -0.487], bias: 0.557 }",
    "        network.hidden[1] = { weights: [-0.369, -0.023], bias: 0.323 }",
    "        network.hidden[2] = { weights: [0.198, 0.175], bias: 0.129 }",
    "        network.output    = { weights: [-1.224, -0.36, 0.627], bias: 1.836 }",
  ]);
});

Deno.test("09: once it passes, the learner's backward pass learns XOR as in lesson 10", async () => {
  const outcome = await check(9, solutions[9]);
  const text = (outcome as { showcase: string[] }).showcase.join("\n");
  // Lesson 10's printed predictions (seed 42, 4 hidden units).
  assert.include(text, "[0, 0] -> 0.01168246 class 0, target 0: correct");
  assert.include(text, "[1, 1] -> 0.00924109 class 0, target 0: correct");
  assert.include(text, "XOR accuracy: 4/4");
});

// Code that throws, code that waits for an earlier exercise.

Deno.test("code that throws is named with the call, the error and the line it came from", async () => {
  assert.deepEqual(await complaint(1, throwingDot), [
    "dot([1.72, 1.23], [1.26, 0]) threw RangeError: Maximum call stack size",
    "    exceeded",
    "  at exercises/_checker/testdata/throws/01_prediction.ts:6:30",
  ]);
});

Deno.test("a finished exercise whose code reaches an earlier exercise's TODO waits for it", async () => {
  assert.deepEqual(await check(3, waiting), { status: "waiting", on: 2 });
});

const where = "  where inputs and targets: the eight points of data/tutorial.csv";

// Each check's tolerance, with an answer off by half of it (passes) and by twice it (does not).

/** Whether exercise `number` passes with `changes` over its solution. */
const passes = async (number: number, changes: Record<string, unknown>) =>
  (await check(number, mistaken(number, changes))).status === "done";

Deno.test("02: the derivative is taken within 1e-6 of the error's slope, and no further", async () => {
  const right = solutions[2].errorDerivative as (p: number, t: number) => number;
  // Off only at prediction 0.3, target 0, where the check compares with finite differences.
  const off = (by: number) => ({
    errorDerivative: (p: number, t: number) => right(p, t) * (p === 0.3 && t === 0 ? 1 + by : 1),
  });
  assert.isTrue(await passes(2, off(0.5e-6)));
  assert.isFalse(await passes(2, off(2e-6)));
});

Deno.test("05: central differences within 1e-9 with h = 0.1, slopes within 1e-6, and no further", async () => {
  const right = solutions[5].numericalGradient as (...args: unknown[]) => number[];
  const off = (by: number, when: (p: number[], h?: number) => boolean) => ({
    numericalGradient: (f: unknown, p: number[], h?: number) =>
      right(f, p, ...(h === undefined ? [] : [h])).map((s, i) =>
        i === 0 && when(p, h) ? s * (1 + by) : s
      ),
  });
  const coarse = (_: number[], h?: number) => h === 0.1;
  assert.isTrue(await passes(5, off(0.5e-9, coarse)));
  assert.isFalse(await passes(5, off(2e-9, coarse)));
  const square = (p: number[], h?: number) => p.length === 1 && h === undefined;
  assert.isTrue(await passes(5, off(0.5e-6, square)));
  assert.isFalse(await passes(5, off(2e-6, square)));
});

Deno.test("10: the cross-entropy gradient is taken within 1e-6 of finite differences, and no further", async () => {
  const right = solutions[10].crossEntropyGradient as (s: number[], t: number) => number[];
  const off = (by: number) => ({
    crossEntropyGradient: (sums: number[], target: number) =>
      right(sums, target).map((g, k) => sums[0] === 0.5 && k === 0 ? g * (1 + by) : g),
  });
  assert.isTrue(await passes(10, off(0.5e-6)));
  assert.isFalse(await passes(10, off(2e-6)));
});

Deno.test("06: a right gradient's relative error is any number from 0 to just below 1e-6", async () => {
  const says = (errors: number[]) => passes(6, { gradientCheck: () => errors });
  assert.isTrue(await says([0, 0.99e-6, 1e-10]));
  assert.isFalse(await says([1e-6, 0, 0]), "1e-6 itself is not below 1e-6");
  assert.isFalse(await says([0, -1e-12, 0]), "a relative error is never negative");
});

Deno.test("06: the planted bug's relative errors are taken within 1e-3, and no further", async () => {
  const bugged = planted["06 bugStillThere"];
  const right = bugged.gradientCheck as (...args: unknown[]) => number[];
  const off = (by: number) =>
    check(6, {
      ...bugged,
      gradientCheck: (...args: unknown[]) => right(...args).map((e) => e * (1 + by)),
    });
  const within = await off(0.5e-3);
  assert.equal((within as { mistake?: string }).mistake, "bugStillThere", JSON.stringify(within));
  const beyond = await off(2e-3);
  assert.include(
    joined((beyond as { problem: string[] }).problem),
    "(relative error against the numerical gradient)",
  );
});

Deno.test("06: the fixed gradients are taken within 1e-6 of finite differences, and no further", async () => {
  const { tanhGradients, tanhError } = solutions[6] as Record<
    string,
    (...args: unknown[]) => never
  >;
  const numerical = solutions[5].numericalGradient as (...args: unknown[]) => number[];
  const off = (by: number) => {
    const gradients = (network: Network, input: number[], target: number) => {
      const g = tanhGradients(network, input, target) as { weights: number[]; bias: number };
      return { ...g, bias: g.bias * (1 + by) };
    };
    // The learner's own check of those gradients, as the solution's.
    const gradientCheck = (network: Network, input: number[], target: number) => {
      const g = gradients(network, input, target);
      const slopes = numerical(
        ([bias, ...weights]: number[]) => tanhError({ weights, bias }, input, target),
        [network.bias, ...network.weights],
      );
      return [g.bias, ...g.weights].map((a, k) =>
        Math.abs(a - slopes[k]) / Math.max(Math.abs(a), Math.abs(slopes[k]))
      );
    };
    return passes(6, { tanhGradients: gradients, gradientCheck });
  };
  assert.isTrue(await off(0.5e-6));
  assert.isFalse(await off(2e-6));
});

Deno.test("07: the batch's gradients are taken within 1e-9 of the samples' sum, and no further", async () => {
  const right = solutions[7].batchGradients as (...args: unknown[]) => {
    weights: number[];
    bias: number;
  };
  const off = (by: number, part: "bias" | "weight") => ({
    batchGradients: (...args: unknown[]) => {
      const g = right(...args);
      return part === "bias"
        ? { ...g, bias: g.bias * (1 + by) }
        : { ...g, weights: g.weights.map((w, k) => k === 1 ? w * (1 + by) : w) };
    },
  });
  for (const part of ["bias", "weight"] as const) {
    assert.isTrue(await passes(7, off(0.5e-9, part)), part);
    assert.isFalse(await passes(7, off(2e-9, part)), part);
  }
});

Deno.test("08: the training's errors, weights and bias are taken within 1e-9, and no further", async () => {
  type Training = { network: { weights: number[]; bias: number }; cumulativeErrors: number[] };
  const right = solutions[8].train as (...args: unknown[]) => Training;
  const off = (by: number, part: "error" | "weight" | "bias") => ({
    train: (...args: unknown[]) => {
      const { network, cumulativeErrors } = right(...args);
      const scaled = (x: number, here: boolean) => here ? x * (1 + by) : x;
      return {
        cumulativeErrors: cumulativeErrors.map((e, k) => scaled(e, part === "error" && k === 0)),
        network: {
          weights: network.weights.map((w, k) => scaled(w, part === "weight" && k === 0)),
          bias: scaled(network.bias, part === "bias"),
        },
      };
    },
  });
  for (const part of ["error", "weight", "bias"] as const) {
    assert.isTrue(await passes(8, off(0.5e-9, part)), part);
    assert.isFalse(await passes(8, off(2e-9, part)), part);
  }
});

Deno.test("one exercise checked done shows what the learner's code can do, then the solution", async () => {
  const { code, out } = await run(["08"], solutions);
  assert.equal(code, 0);
  assert.equal(out[0], "Exercise 08, the training loop: done");
  assert.include(out.join("\n"), "Your code trained the tutorial's network as lesson 08 does");
  assert.equal(out.at(-1), "  A solution to compare with: deno task exercise --solution 08");
  // All done: the showcase once, in the finale, without the solution line.
  const all = (await runAllDone()).out;
  const showcase = all.filter((line) => line.includes("trained the tutorial's network"));
  assert.lengthOf(showcase, 1);
  assert.notInclude(all.join("\n"), "A solution to compare with");
});

Deno.test("the progress file is JSON indented by two, an exercise passed on the way kept done", async () => {
  const store = memoryStore();
  await run([], { 1: solutions[1] }, { store });
  // 02 not started: nothing of it to keep.
  assert.equal(store.files["exercises/.progress.json"], '{\n  "01": {\n    "done": true\n  }\n}\n');
});

Deno.test("without write access the report is still shown; another failure to write is thrown", async () => {
  const refusing = (error: Error): Store => ({
    ...memoryStore(),
    write: () => Promise.reject(error),
  });
  const store = refusing(new Deno.errors.NotCapable("no"));
  const denied = await run(["02"], { 2: solutions[2] }, { store });
  assert.equal(denied.code, 0);
  assert.equal(denied.out[0], "Exercise 02, the error and its slope: done");
  const broken = await run(["02"], { 2: solutions[2] }, { store: refusing(new Error("disk full")) })
    .then(() => "no error", (error: Error) => error.message);
  assert.equal(broken, "disk full");
});

Deno.test("13: an accuracy that is always 1, or that ignores the threshold, is caught", async () => {
  assert.deepEqual(await complaint(13, mistaken(13, { accuracy: () => 1 })), [
    "accuracy([0.2, 0.7, 0.4, 0.9], [0, 1, 1, 1], 0.5) should be 0.75, yours gave 1",
  ]);
  const atHalf = (predictions: number[], targets: number[]) =>
    predictions.filter((p, i) => (p >= 0.5 ? 1 : 0) === targets[i]).length / predictions.length;
  assert.deepEqual(await complaint(13, mistaken(13, { accuracy: atHalf })), [
    "accuracy([0.2, 0.7, 0.4, 0.9], [0, 1, 1, 1], 0.3) should be 1, yours gave 0.75",
  ]);
});

Deno.test("01: a sigmoid that reaches 1, stops rising or floors at 1e-12 is caught", async () => {
  const right = solutions[1].sigmoid as (x: number) => number;
  assert.deepEqual(
    await complaint(1, mistaken(1, { sigmoid: (x: number) => x > 20 ? 1 : right(x) })),
    [
      "sigmoid(30) should be between 0 and 1 (never 0 or 1 itself), yours gave 1",
    ],
  );
  assert.deepEqual(
    await complaint(1, mistaken(1, { sigmoid: (x: number) => x < -20 ? 0 : right(x) })),
    [
      "sigmoid(-30) should be between 0 and 1 (never 0 or 1 itself), yours gave 0",
    ],
  );
  const flat = (x: number) => x >= 5 ? right(5) : right(x);
  const stopped = await complaint(1, mistaken(1, { sigmoid: flat }));
  assert.equal(
    joined(stopped as string[]),
    "sigmoid(10) should be above sigmoid(5) = 0.99330715: the sigmoid rises, yours gave 0.99330715",
  );
  const floored = (x: number) => Math.max(1e-12, right(x));
  assert.deepEqual(await complaint(1, mistaken(1, { sigmoid: floored })), [
    "sigmoid(-1000) should be 0, yours gave 1e-12",
  ]);
});

Deno.test("10: sums divided by their total, not exponentiated, are caught on [1, 2, 3]", async () => {
  const linear = (sums: number[]) => {
    const total = sums.reduce((a, b) => a + b, 0);
    return sums.map((s) => s / total);
  };
  const [first] = await complaint(10, mistaken(10, { softmax: linear })) as string[];
  assert.match(first, /^softmax\(\[1, 2, 3\]\)/);
});

Deno.test("12: a split with an index that is no whole number, or one twice and one missing, is named", async () => {
  type Split = { validation: number[]; training: number[] };
  const right = solutions[12].stratifiedSplit as (...args: unknown[]) => Split;
  const changed = (change: (split: Split, targets: number[]) => Split) => ({
    stratifiedSplit: (targets: number[], ...rest: unknown[]) =>
      change(right(targets, ...rest), targets),
  });
  const half = changed(({ validation, training }) => ({
    validation: [...validation.slice(1), validation[0] + 0.5],
    training,
  }));
  assert.include(
    joined(await complaint(12, mistaken(12, half)) as string[]),
    "be a list of indexes",
  );
  // One validation index replaced by a training index of the same class: the counts stay right.
  const twice = changed(({ validation, training }, targets) => {
    const same = training.find((i) => targets[i] === targets[validation[0]])!;
    return { validation: [same, ...validation.slice(1)], training };
  });
  assert.include(
    joined(await complaint(12, mistaken(12, twice)) as string[]),
    "hold every index 0 to 99 exactly once",
  );
});
