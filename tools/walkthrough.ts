// deno task walkthrough [NN]: every lesson in order, for a class. For each lesson it shows the
// title and the idea from the lesson's own opening comment, the command that runs it, and its
// output (run in this process, through the lesson's `main`). In a terminal it then waits for a
// key (see walkthrough_keys.ts); otherwise, piped or redirected, it runs straight through.
//
// Run it: deno task walkthrough        (or: deno task walkthrough 05, to start at lesson 05)

import { defineLesson, LessonError, lessonMain, type Main, UsageError } from "../runtime/cli.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { consoleIo, type Io } from "../runtime/io.ts";
import { type LessonIntro, lessonIntro } from "./lesson_intro.ts";
import { keysHelp, keysOf, pressKey, type Step } from "./walkthrough_keys.ts";

/**
 * Every lesson's module, by file name. Each is imported by its literal name, so loading it needs
 * no permission; the walkthrough reads lessons/ only for the opening comments, and to check that
 * this list holds every lesson there.
 */
export const LESSON_MODULES: Record<string, () => Promise<{ main: Main }>> = {
  "01_weighted_sum.ts": () => import("../lessons/01_weighted_sum.ts"),
  "02_sigmoid.ts": () => import("../lessons/02_sigmoid.ts"),
  "03_predict.ts": () => import("../lessons/03_predict.ts"),
  "04_error.ts": () => import("../lessons/04_error.ts"),
  "05_gradient_descent.ts": () => import("../lessons/05_gradient_descent.ts"),
  "06_chain_rule.ts": () => import("../lessons/06_chain_rule.ts"),
  "07_neural_network.ts": () => import("../lessons/07_neural_network.ts"),
  "08_train.ts": () => import("../lessons/08_train.ts"),
  "09_gradient_check.ts": () => import("../lessons/09_gradient_check.ts"),
  "10_hidden_layer.ts": () => import("../lessons/10_hidden_layer.ts"),
  "11_diagnosis.ts": () => import("../lessons/11_diagnosis.ts"),
  "12_digits.ts": () => import("../lessons/12_digits.ts"),
  "13_loss_landscape.ts": () => import("../lessons/13_loss_landscape.ts"),
  "14_batches.ts": () => import("../lessons/14_batches.ts"),
  "15_generalisation.ts": () => import("../lessons/15_generalisation.ts"),
  "16_learning_rates.ts": () => import("../lessons/16_learning_rates.ts"),
  "17_autograd.ts": () => import("../lessons/17_autograd.ts"),
};

/** A lesson file's name: two digits, an underscore, a name; not its test. */
export const LESSON_FILE = /^\d\d_\w+(?<!_test)\.ts$/;

/** A lesson as the walkthrough shows it. */
export interface Lesson extends LessonIntro {
  /** `"lessons/05_gradient_descent.ts"` */
  path: string;
  /** How to run it: `deno run lessons/05_gradient_descent.ts`, or its own task. */
  command: string;
  main: Main;
}

/**
 * Makes the lessons from their file names and sources, in order of their numbers.
 *
 * @throws {Error} If a lesson is missing from {@link LESSON_MODULES}, or its opening comment is
 * not "// Lesson NN: title." with the number of its file name.
 */
export async function lessonsFrom(sources: Record<string, string>): Promise<Lesson[]> {
  const names = Object.keys(sources).filter((name) => LESSON_FILE.test(name)).sort();
  return await Promise.all(names.map(async (name) => {
    const path = `lessons/${name}`;
    const intro = lessonIntro(sources[name], path);
    if (intro.number !== name.slice(0, 2)) {
      throw new Error(`${path} opens with "// Lesson ${intro.number}": its number is ${name}`);
    }
    const separate = SEPARATE_LESSONS[name];
    if (separate !== undefined) {
      const main: Main = (_args, io = consoleIo) => {
        for (const line of separate.note) io.log(line);
        return Promise.resolve(0);
      };
      return { ...intro, path, command: separate.command, main };
    }
    const load = LESSON_MODULES[name];
    if (load === undefined) {
      throw new Error(
        `${path} is missing from LESSON_MODULES in tools/walkthrough.ts: add ` +
          `"${name}": () => import("../lessons/${name}"),`,
      );
    }
    return { ...intro, path, command: `deno run ${path}`, main: (await load()).main };
  }));
}

/** Reads every lesson in the folder (read permission on it is all this needs). */
async function readLessons(folder: URL): Promise<Lesson[]> {
  const sources: Record<string, string> = {};
  try {
    for await (const entry of Deno.readDir(folder)) {
      if (entry.isFile && LESSON_FILE.test(entry.name)) {
        sources[entry.name] = await Deno.readTextFile(new URL(entry.name, folder));
      }
    }
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        "reading the lessons needs --allow-read=lessons; run it as deno task walkthrough",
      );
    }
    throw error;
  }
  return await lessonsFrom(sources);
}

/** The terminal the walkthrough waits on: it shows a prompt and reads one key press at a time. */
export interface Terminal {
  /** Replaces the current line with `text`, with no newline; `""` clears it. */
  prompt(text: string): void;
  /** Waits for a key press and returns the text it sent, or `null` when input has ended. */
  read(): Promise<string | null>;
}

/** Prints a lesson's header (title, idea, command), then runs it; returns its exit code. */
async function show(lesson: Lesson, io: Io): Promise<number> {
  io.log(`== Lesson ${lesson.number}: ${lesson.title} `.padEnd(78, "="));
  for (const line of lesson.idea) io.log(line);
  io.log("");
  io.log(`$ ${lesson.command}`);
  return await lesson.main([], io);
}

/** Prompts and reads keys until one of them moves on: to a lesson, or out. */
async function nextStep(
  index: number,
  numbers: readonly string[],
  io: Io,
  terminal: Terminal,
): Promise<Exclude<Step, { do: "wait" }>> {
  let typed = "";
  const ask = () =>
    terminal.prompt(
      typed === ""
        ? `Lesson ${numbers[index]}. ${keysHelp(numbers)}`
        : `Go to lesson: ${typed}_  (Enter: go  Esc: cancel)`,
    );
  ask();
  for (;;) {
    const text = await terminal.read();
    for (const key of text === null ? ["quit"] : keysOf(text)) {
      const pressed = pressKey({ index, typed }, key, numbers);
      typed = pressed.typed;
      if (pressed.step.do !== "wait") {
        terminal.prompt("");
        return pressed.step;
      }
      if (pressed.step.note !== undefined) {
        terminal.prompt("");
        io.log(pressed.step.note);
      }
    }
    ask();
  }
}

/** The last line when the walkthrough goes past the last lesson. */
export const END = "End of the walkthrough.";

/**
 * Shows and runs the lessons from `start` on. With a terminal, it waits after each lesson for a
 * key that says where to go; without one, it runs straight through to the last lesson.
 *
 * @param lessons The lessons, in order.
 * @param start The position in `lessons` to start at.
 * @param io Where the headers, the lessons' output and the notes go.
 * @param terminal Where to prompt and read keys; none for a straight run.
 * @returns 0, or the largest exit code of a lesson that failed.
 */
export async function walk(
  lessons: readonly Lesson[],
  start: number,
  io: Io,
  terminal?: Terminal,
): Promise<number> {
  const numbers = lessons.map((lesson) => lesson.number);
  let code = 0;
  let index = start;
  for (;;) {
    code = Math.max(code, await show(lessons[index], io));
    io.log("");
    if (terminal === undefined) {
      index++;
      if (index < lessons.length) continue;
      io.log(END);
      return code;
    }
    const step = await nextStep(index, numbers, io, terminal);
    if (step.do === "quit") {
      if (step.done) io.log(END);
      return code;
    }
    index = step.index;
  }
}

/** The real terminal, when both standard input and output are one; raw mode only for a key. */
function denoTerminal(): Terminal | undefined {
  if (!Deno.stdin.isTerminal() || !Deno.stdout.isTerminal()) return undefined;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const buffer = new Uint8Array(64);
  return {
    prompt(text) {
      // Carriage return and "erase line", then the text.
      let bytes = encoder.encode(`\r\x1b[2K${text}`);
      while (bytes.length > 0) bytes = bytes.subarray(Deno.stdout.writeSync(bytes));
    },
    async read() {
      Deno.stdin.setRaw(true);
      try {
        const length = await Deno.stdin.read(buffer);
        return length === null ? null : decoder.decode(buffer.subarray(0, length));
      } finally {
        Deno.stdin.setRaw(false);
      }
    },
  };
}

// The command line, through the lessons' flag spec.
export const spec = defineLesson({
  summary: "Every lesson in order: its title, its idea and its output, then wait for a key.",
  command: "deno task walkthrough",
  positional: "start",
  flags: {
    start: {
      kind: "whole",
      default: 1,
      min: 1,
      max: 99,
      value: "NN",
      help: "The lesson to start at; deno task walkthrough 05 is the same as --start 05",
    },
  },
  examples: [
    "deno task walkthrough 05",
    "deno task walkthrough </dev/null    # every lesson, no pauses",
  ],
});

export const main = lessonMain(import.meta.url, spec, async ({ start }, io) => {
  const lessons = await readLessons(new URL("../lessons/", import.meta.url));
  const index = lessons.findIndex((lesson) => Number(lesson.number) === start);
  if (index === -1) {
    throw new UsageError(
      `No lesson ${String(start).padStart(2, "0")}: the lessons are ` +
        `${lessons[0].number} to ${lessons[lessons.length - 1].number}`,
    );
  }
  const code = await walk(lessons, index, io, denoTerminal());
  if (code !== 0) throw new LessonError(`a lesson failed with exit code ${code}`);
});

if (import.meta.main) Deno.exitCode = await main(Deno.args);
