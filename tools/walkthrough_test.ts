import { assert } from "chai";
import { LessonError, parseFlags, UsageError } from "../runtime/cli.ts";
import { CATALOGUE, readCatalogue } from "../lessons/catalogue.ts";
import { captureIo, runLesson } from "../runtime/testing.ts";
import {
  checkCatalogue,
  END,
  type Lesson,
  main,
  runnable,
  spec,
  type Terminal,
  walk,
  walkFrom,
} from "./walkthrough.ts";
import lesson01 from "../lessons/01_weighted_sum.ts" with { type: "text" };
import { pressKey } from "./walkthrough_keys.ts";

const catalogue = await readCatalogue();

/** Three small lessons that print one line each and say how often they ran. */
function fakeLessons(): Lesson[] {
  let ran = 0;
  return ["01", "02", "03"].map((number) => ({
    number,
    title: `title ${number}`,
    idea: [{ kind: "paragraph", text: `Idea ${number}.` }],
    command: `deno run lessons/${number}_fake.ts`,
    main: (_args, io) => {
      // A walk that never ends fails here instead of hanging the suite.
      if (++ran > 50) throw new Error("the walk ran more than 50 lessons: it does not end");
      io!.log(`output ${number}`);
      return Promise.resolve(0);
    },
  }));
}

/** A lesson that fails with `code`, and fails the test if the walk runs it 50 times. */
function failing(code: number): Lesson["main"] {
  let ran = 0;
  return () => {
    if (++ran > 50) throw new Error("the walk ran a lesson 50 times: it does not end");
    return Promise.resolve(code);
  };
}

/**
 * A terminal that types `presses` one read at a time; `screen` gets the walkthrough's lines and
 * its prompts (as "> text") in the order they appear. Input ends after the last press.
 */
function fakeTerminal(presses: string[]) {
  let ended = 0;
  const io = captureIo();
  const screen = io.out;
  const terminal: Terminal = {
    prompt: (text) => {
      if (text !== "") screen.push(`> ${text}`);
    },
    read: () => {
      // After the end of input the walkthrough quits: reading on would never end.
      if (presses.length === 0 && ended++ > 0) throw new Error("read on after the end of input");
      return Promise.resolve(presses.shift() ?? null);
    },
    clear: () => screen.push("<clear>"),
  };
  return { io, screen, terminal };
}

/** The lessons a screen shows run, in order: "01", "02", ... */
const runs = (screen: string[]) =>
  screen.filter((line) => line.startsWith("output ")).map((line) => line.slice(7));

Deno.test("a lesson file missing from the catalogue, or a lib file that is not there, is named", async () => {
  const names = catalogue.map((lesson) => lesson.file);
  const exists = (path: string) => Promise.resolve(path !== "lib/gone.ts");
  await checkCatalogue(catalogue, [...names, "08_train_test.ts", "catalogue.ts", "_x.ts"], exists);
  let error = await checkCatalogue(catalogue, [...names, "15_new.ts"], exists).catch((e) => e);
  assert.include(String(error), "lessons/15_new.ts is missing from the catalogue");
  const gone = [{ ...catalogue[0], lib: "lib/gone.ts" }];
  error = await checkCatalogue(gone, [], exists).catch((e) => e);
  assert.include(String(error), "lessons/01_weighted_sum.ts names lib/gone.ts");
});

Deno.test("each lesson shows its number, title, idea and command, then its output", async () => {
  const { io, screen } = fakeTerminal([]);
  assert.equal(await walk(fakeLessons().slice(0, 1), 0, io), 0);
  assert.deepEqual(screen, [
    "== Lesson 01: title 01 =======================================================",
    "Idea 01.",
    "",
    "$ deno run lessons/01_fake.ts",
    "output 01",
    "",
    END,
  ]);
  assert.lengthOf(screen[0], 78);
});

Deno.test("an idea's formula is indented and its list numbered from 1, a long item wrapped under its text", async () => {
  const { io, screen } = fakeTerminal([]);
  const [lesson] = fakeLessons();
  const long = `a step that goes on ${"and on ".repeat(12)}to the end`;
  const idea: Lesson["idea"] = [
    { kind: "formula", lines: ["y = w x + b"] },
    { kind: "list", items: ["first", long] },
  ];
  await walk([{ ...lesson, idea }], 0, { ...io, columns: 80 });
  const lines = screen.join("\n").split("\n");
  const at = lines.indexOf("  y = w x + b");
  assert.isAbove(at, 0, "the formula, indented two spaces");
  assert.equal(lines[at + 1], "", "a blank line between blocks");
  assert.equal(lines[at + 2], "1. first");
  assert.match(lines[at + 3], /^2\. a step that goes on and on/);
  assert.match(lines[at + 4], /^ {3}\S/, "the wrapped rest under the item's text");
  for (const line of lines) assert.isAtMost(line.length, 80, line);
});

Deno.test("with no terminal, it runs from the start lesson to the last, with no prompt", async () => {
  const { io, screen } = fakeTerminal([]);
  assert.equal(await walk(fakeLessons(), 1, io), 0);
  assert.deepEqual(runs(screen), ["02", "03"]);
  assert.equal(screen.at(-1), END);
  assert.isFalse(screen.some((line) => line.startsWith("> ")));
});

Deno.test("in a terminal, it waits after each lesson: Enter, b, r and 03 move as they say", async () => {
  const { io, screen, terminal } = fakeTerminal(["\r", "b", "r", "0", "3", "\r"]);
  assert.equal(await walk(fakeLessons(), 0, io, terminal), 0);
  assert.deepEqual(runs(screen), ["01", "02", "01", "01", "03"]);
  assert.equal(screen.at(-1), END, "Enter after the last lesson ends it");
  const help = "Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit";
  assert.include(screen, `> Lesson 01. ${help}`);
  assert.include(screen, "> Go to lesson: 0_  (Enter: go  Esc: cancel)");
});

Deno.test("in a terminal, q quits at once, without the closing line", async () => {
  const { io, screen, terminal } = fakeTerminal(["q", "\r"]);
  assert.equal(await walk(fakeLessons(), 0, io, terminal), 0);
  assert.deepEqual(runs(screen), ["01"]);
  assert.notInclude(screen, END);
});

Deno.test("in a terminal, the end of input quits", async () => {
  const { io, screen, terminal } = fakeTerminal(["\r"]);
  await walk(fakeLessons(), 0, io, terminal);
  assert.deepEqual(runs(screen), ["01", "02"]);
});

Deno.test("in a terminal, a key that means nothing gets a note, and the prompt comes back", async () => {
  const { io, screen, terminal } = fakeTerminal(["x", "b", "9", "9", "q"]);
  await walk(fakeLessons(), 0, io, terminal);
  assert.deepEqual(runs(screen), ["01"]);
  const after = screen.slice(screen.indexOf("output 01") + 2);
  const prompt = "> Lesson 01. Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit";
  assert.deepEqual(after, [
    prompt,
    "Keys: Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit",
    prompt,
    "This is the first lesson.",
    prompt,
    "> Go to lesson: 9_  (Enter: go  Esc: cancel)",
    "No lesson 99: the lessons are 01 to 03.",
    prompt,
  ]);
});

Deno.test("a paste of several keys acts key by key: '2\\r' goes to lesson 02", async () => {
  const { io, screen, terminal } = fakeTerminal(["2\r", "q"]);
  await walk(fakeLessons(), 0, io, terminal);
  assert.deepEqual(runs(screen), ["01", "02"]);
});

Deno.test("a lesson that fails makes the walkthrough's exit code, and the walk goes on", async () => {
  const lessons = fakeLessons();
  lessons[0].main = failing(1);
  const { io, screen } = fakeTerminal([]);
  assert.equal(await walk(lessons, 0, io), 1);
  assert.deepEqual(runs(screen), ["02", "03"]);
});

// The walk through the real lessons is tested in lessons/walkthrough_e2e.ts (deno task
// test:walkthrough), which plain deno test leaves out: each lesson's own tests run it already.

Deno.test("lesson 05 starts at lesson 05: deno task walkthrough 05 means --start 05", () => {
  const start = (args: string[]) => parseFlags(args, spec.flags, spec.positional).values.start;
  assert.equal(start(["05"]), 5);
  assert.equal(start(["--start", "5"]), 5);
  assert.equal(start([]), 1);
  assert.throws(() => start(["05", "06"]), 'Unexpected argument "06"');
  assert.throws(() => start(["05", "--start", "6"]), "--start is given twice");
  assert.throws(() => start(["100"]), 'Invalid --start "100"');
  assert.throws(() => start(["0"]), 'Invalid --start "0": expected a whole number from 1 to 99');
  assert.equal(start(["99"]), 99, "the bound itself is read; walkFrom then says there is none");
  assert.equal(start(["1"]), 1);
});

Deno.test("a misnumbered lesson in the catalogue is a bug that names it", async () => {
  const misnumbered = {
    file: "01_weighted_sum.ts",
    source: () => Promise.resolve({ default: lesson01.replace("Lesson 01", "Lesson 02") }),
    module: () => import("../lessons/01_weighted_sum.ts"),
  };
  const error = await readCatalogue([misnumbered]).catch((e) => e);
  assert.include(String(error), 'lessons/01_weighted_sum.ts opens with "// Lesson 02"');
});

Deno.test("the answers to 'Try this' wait for the key a: the lesson's output holds none of them", async () => {
  const lessons = await runnable(catalogue);
  const numbers = lessons.map((lesson) => lesson.number);
  const third = lessons.findIndex((lesson) => lesson.number === "03");
  const answers = lessons[third].answers ?? [];
  assert.deepEqual(answers, [
    "  deno run lessons/03_predict.ts --input 1,2.5\n" +
    "    Class 0: layer_1 is 1.45 * 1 - 0.66 * 2.5 = -0.2, below 0, so the\n" +
    "    prediction sigmoid(-0.2) = 0.450166 is below 0.5.",
  ]);
  const io = captureIo();
  await lessons[third].main([], io);
  assert.notInclude(io.out.join("\n"), "Class 0: layer_1 is");
  const pressed = pressKey({ index: third, typed: "" }, "a", numbers, answers);
  assert.deepEqual(pressed.step, { do: "wait", note: `Answers to "Try this":\n${answers[0]}` });
  const last = lessons.length - 1;
  assert.deepEqual(pressKey({ index: last, typed: "" }, "a", numbers, lessons[last].answers).step, {
    do: "wait",
    note: 'This lesson has no "Try this".',
  });
  for (const lesson of lessons) {
    for (const line of (lesson.answers ?? []).join("\n").split("\n")) {
      assert.isAtMost(line.length, 80, line);
    }
  }
});

Deno.test("in a terminal, each lesson starts on a cleared screen, its header first", async () => {
  const { io, screen, terminal } = fakeTerminal(["\r", "b", "q"]);
  await walk(fakeLessons(), 0, io, terminal);
  const clears = screen.flatMap((line, i) => line === "<clear>" ? [i] : []);
  assert.deepEqual(clears.map((i) => screen[i + 1].slice(0, 25)), [
    "== Lesson 01: title 01 ==",
    "== Lesson 02: title 02 ==",
    "== Lesson 01: title 01 ==",
  ]);
  const piped = captureIo();
  await walk(fakeLessons(), 0, piped);
  assert.notInclude(piped.out, "<clear>", "no terminal, no clearing");
});

// The walkthrough takes the lessons in the catalogue's order (lessons/catalogue.ts), and the
// catalogue holds them in the order of their numbers: an entry out of order, or twice, is a bug
// that readCatalogue names.
Deno.test("the catalogue is in the order of the lessons' numbers, and refuses any other", async () => {
  const numbers = (await readCatalogue()).map((lesson) => lesson.number);
  assert.deepEqual(numbers, [...numbers].sort());
  const [first, second, third, tenth] = [0, 1, 2, 9].map((i) => CATALOGUE[i]);
  for (const order of [[tenth, third, first, second], [first, third, second], [first, first]]) {
    const error = await readCatalogue(order).catch((e) => e);
    assert.instanceOf(error, Error);
    assert.match(
      error.message,
      /^lessons\/\d\d_\w+\.ts comes after lesson \d\d: keep them in order$/,
    );
  }
  const inOrder = await readCatalogue([first, second, third, tenth]);
  assert.deepEqual(inOrder.map((lesson) => lesson.path), [
    "lessons/01_weighted_sum.ts",
    "lessons/02_sigmoid.ts",
    "lessons/03_predict.ts",
    "lessons/10_hidden_layer.ts",
  ]);
});

Deno.test("a lesson's answers are its commands, each with its answer wrapped to 78 columns", async () => {
  const fits = `${"answer ".repeat(10)}four`; // 74 characters: one line, with its indent 78
  assert.lengthOf(fits, 74);
  const module = () =>
    Promise.resolve({
      main: fakeLessons()[0].main,
      spec: {
        summary: "S.",
        flags: {},
        examples: [],
        experiments: [
          { command: "deno run a.ts", question: "Q?", answer: fits },
          { command: "deno run b.ts", question: "Q?", answer: `${fits}s` },
        ],
      },
    });
  const [lesson] = await runnable([{ ...catalogue[0], module }]);
  assert.deepEqual(lesson.answers, [
    `  deno run a.ts\n    ${fits}`,
    `  deno run b.ts\n    ${"answer ".repeat(9)}answer\n    fours`,
  ]);
});

Deno.test("a lesson that runs apart shows why and how to run it, and succeeds", async () => {
  const apart = { command: "deno task far", note: "This lesson runs apart: deno task far." };
  const [lesson] = await runnable([{ ...catalogue[0], module: undefined, apart }]);
  const io = captureIo();
  assert.equal(await lesson.main([], io), 0);
  assert.deepEqual(io.out, [apart.note]);
  assert.isUndefined(lesson.answers);
});

Deno.test("deno task walkthrough 02 starts at the lesson numbered 02; a number with no lesson names the first and last", async () => {
  const { io, screen } = fakeTerminal([]);
  await walkFrom(fakeLessons(), 2, io);
  assert.deepEqual(runs(screen), ["02", "03"]);
  const missing = await walkFrom(fakeLessons(), 4, captureIo()).catch((e) => e);
  assert.instanceOf(missing, UsageError);
  assert.equal(missing.message, "No lesson 04: the lessons are 01 to 03");
});

Deno.test("a lesson that fails fails the walkthrough with its exit code, after the walk", async () => {
  const lessons = fakeLessons();
  lessons[1].main = failing(2);
  const { io, screen } = fakeTerminal([]);
  const failed = await walkFrom(lessons, 1, io).catch((e) => e);
  assert.instanceOf(failed, LessonError);
  assert.equal(failed.message, "a lesson failed with exit code 2");
  assert.deepEqual(runs(screen), ["01", "03"]);
  assert.isUndefined(await walkFrom(fakeLessons(), 1, captureIo()), "all passed: no error");
});

Deno.test("a list item fits the width less its number, 80 columns when none is known; the lib line follows the idea", async () => {
  const { io, screen } = fakeTerminal([]);
  const [lesson] = fakeLessons();
  const fits = `${"word ".repeat(15)}ab`; // 77 characters, with "1. " 80
  assert.lengthOf(fits, 77);
  const idea: Lesson["idea"] = [{ kind: "list", items: [fits, `${fits}c`, `${fits} d`] }];
  await walk([{ ...lesson, idea, lib: "lib/dot.ts" }], 0, io);
  assert.deepEqual(screen.slice(1, 8), [
    `1. ${fits}`,
    `2. ${fits}c`.replace(" abc", "\n   abc"),
    `3. ${fits}\n   d`,
    "",
    "In the lib: lib/dot.ts",
    "",
    "$ deno run lessons/01_fake.ts",
  ]);
});

Deno.test("in a terminal, the prompt is cleared before a lesson runs and before a note", async () => {
  const io = captureIo();
  const presses = ["x", "\r", "q"];
  const terminal: Terminal = {
    prompt: (text) => io.out.push(text === "" ? "<cleared>" : `> ${text}`),
    read: () => {
      if (presses.length === 0) throw new Error("read on after the last key");
      return Promise.resolve(presses.shift()!);
    },
  };
  await walk(fakeLessons(), 0, io, terminal);
  const at = io.out.indexOf("output 02");
  assert.deepEqual(io.out.slice(io.out.indexOf("output 01") + 2, at - 4), [
    "> Lesson 01. Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit",
    "<cleared>",
    "Keys: Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit",
    "> Lesson 01. Enter/n: next  b: back  r: again  a: answers  01-03: go to  q: quit",
    "<cleared>",
  ]);
});

Deno.test({
  name:
    "without permission to read lessons/ and lib/ the walkthrough says which, in one line: exit 1",
  ignore: (await Deno.permissions.query({ name: "read", path: "lessons" })).state === "granted",
  fn: async () => {
    const { code, out, err } = await runLesson(main, ["05"]);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      "Error: checking the lessons needs --allow-read=lessons,lib; run it as deno task walkthrough",
    ]);
  },
});
