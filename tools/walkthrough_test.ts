import { assert } from "chai";
import { parseFlags } from "../runtime/cli.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { captureIo } from "../runtime/testing.ts";
import {
  END,
  type Lesson,
  LESSON_FILE,
  LESSON_MODULES,
  lessonsFrom,
  spec,
  type Terminal,
  walk,
} from "./walkthrough.ts";
import lesson01 from "../lessons/01_weighted_sum.ts" with { type: "text" };
import lesson02 from "../lessons/02_sigmoid.ts" with { type: "text" };
import lesson03 from "../lessons/03_predict.ts" with { type: "text" };
import lesson04 from "../lessons/04_error.ts" with { type: "text" };
import lesson05 from "../lessons/05_gradient_descent.ts" with { type: "text" };
import lesson06 from "../lessons/06_chain_rule.ts" with { type: "text" };
import lesson07 from "../lessons/07_neural_network.ts" with { type: "text" };
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import lesson09 from "../lessons/09_gradient_check.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };
import lesson11 from "../lessons/11_diagnosis.ts" with { type: "text" };
import lesson12 from "../lessons/12_digits.ts" with { type: "text" };
import lesson13 from "../lessons/13_loss_landscape.ts" with { type: "text" };
import lesson14 from "../lessons/14_batches.ts" with { type: "text" };
import lesson15 from "../lessons/15_generalisation.ts" with { type: "text" };
import lesson16 from "../lessons/16_learning_rates.ts" with { type: "text" };
import lesson17 from "../lessons/17_autograd.ts" with { type: "text" };
import lesson18 from "../lessons/18_framework.ts" with { type: "text" };

// The lessons' sources as the walkthrough reads them from lessons/, here through text imports so
// that the test needs no permission.
const sources: Record<string, string> = {
  "01_weighted_sum.ts": lesson01,
  "02_sigmoid.ts": lesson02,
  "03_predict.ts": lesson03,
  "04_error.ts": lesson04,
  "05_gradient_descent.ts": lesson05,
  "06_chain_rule.ts": lesson06,
  "07_neural_network.ts": lesson07,
  "08_train.ts": lesson08,
  "09_gradient_check.ts": lesson09,
  "10_hidden_layer.ts": lesson10,
  "11_diagnosis.ts": lesson11,
  "12_digits.ts": lesson12,
  "13_loss_landscape.ts": lesson13,
  "14_batches.ts": lesson14,
  "15_generalisation.ts": lesson15,
  "16_learning_rates.ts": lesson16,
  "17_autograd.ts": lesson17,
  "18_framework.ts": lesson18,
};

/** Three small lessons that print one line each and say how often they ran. */
function fakeLessons(): Lesson[] {
  return ["01", "02", "03"].map((number) => ({
    number,
    title: `title ${number}`,
    idea: [`Idea ${number}.`],
    path: `lessons/${number}_fake.ts`,
    command: `deno run lessons/${number}_fake.ts`,
    main: (_args, io) => {
      io!.log(`output ${number}`);
      return Promise.resolve(0);
    },
  }));
}

/**
 * A terminal that types `presses` one read at a time; `screen` gets the walkthrough's lines and
 * its prompts (as "> text") in the order they appear. Input ends after the last press.
 */
function fakeTerminal(presses: string[]) {
  const io = captureIo();
  const screen = io.out;
  const terminal: Terminal = {
    prompt: (text) => {
      if (text !== "") screen.push(`> ${text}`);
    },
    read: () => Promise.resolve(presses.shift() ?? null),
  };
  return { io, screen, terminal };
}

/** The lessons a screen shows run, in order: "01", "02", ... */
const runs = (screen: string[]) =>
  screen.filter((line) => line.startsWith("output ")).map((line) => line.slice(7));

Deno.test("every lesson file is in the walkthrough's list of modules, and nothing else is", () => {
  assert.deepEqual(
    [...Object.keys(LESSON_MODULES), ...Object.keys(SEPARATE_LESSONS)].sort(),
    Object.keys(sources).sort(),
  );
  for (const name of Object.keys(LESSON_MODULES)) assert.match(name, LESSON_FILE);
  assert.notMatch("08_train_test.ts", LESSON_FILE);
  assert.notMatch("_cli.ts", LESSON_FILE);
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
  const help = "Enter/n: next  b: back  r: again  01-03: go to  q: quit";
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
  const prompt = "> Lesson 01. Enter/n: next  b: back  r: again  01-03: go to  q: quit";
  assert.deepEqual(after, [
    prompt,
    "Keys: Enter/n: next  b: back  r: again  01-03: go to  q: quit",
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
  lessons[0].main = () => Promise.resolve(1);
  const { io, screen } = fakeTerminal([]);
  assert.equal(await walk(lessons, 0, io), 1);
  assert.deepEqual(runs(screen), ["02", "03"]);
});

Deno.test("the real lessons, straight through: each header, idea and output, nothing on stderr", async () => {
  const lessons = await lessonsFrom(sources);
  assert.deepEqual(
    lessons.map((lesson) => lesson.number),
    Object.keys(sources).map((name) => name.slice(0, 2)),
  );
  const io = captureIo();
  assert.equal(await walk(lessons, 0, io), 0);
  assert.deepEqual(io.err, []);
  for (const lesson of lessons) {
    const header = io.out.findIndex((line) => line.startsWith(`== Lesson ${lesson.number}: `));
    assert.notEqual(header, -1, lesson.path);
    assert.deepEqual(io.out.slice(header + 1, header + 1 + lesson.idea.length), lesson.idea);
    assert.include(io.out, `$ ${lesson.command}`);
  }
  assert.include(io.out, "The prediction result is: [0.7985731]", "lesson 03's output is there");
  assert.include(io.out, "$ deno task framework", "lesson 18 runs with its own configuration");
  assert.equal(io.out.at(-1), END);
});

Deno.test("lesson 05 starts at lesson 05: deno task walkthrough 05 means --start 05", () => {
  const start = (args: string[]) => parseFlags(args, spec.flags, spec.positional).values.start;
  assert.equal(start(["05"]), 5);
  assert.equal(start(["--start", "5"]), 5);
  assert.equal(start([]), 1);
  assert.throws(() => start(["05", "06"]), 'Unexpected argument "06"');
  assert.throws(() => start(["05", "--start", "6"]), "--start is given twice");
  assert.throws(() => start(["100"]), 'Invalid --start "100"');
});

Deno.test("a lesson missing from the list of modules, or misnumbered, is a bug that names it", async () => {
  const withNew = { ...sources, "14_new.ts": "// Lesson 14: new.\n//\n// An idea.\n" };
  try {
    await lessonsFrom(withNew);
    assert.fail("expected an error");
  } catch (error) {
    assert.include(String(error), "lessons/14_new.ts is missing from LESSON_MODULES");
  }
  const misnumbered = { "01_weighted_sum.ts": lesson01.replace("Lesson 01", "Lesson 02") };
  try {
    await lessonsFrom(misnumbered);
    assert.fail("expected an error");
  } catch (error) {
    assert.include(String(error), 'lessons/01_weighted_sum.ts opens with "// Lesson 02"');
  }
});
