// deno task walkthrough [NN]: every lesson of the catalogue (lessons/catalogue.ts) in order, for
// a class. For each lesson it shows the title, the whole idea and the lib file from the lesson's
// own opening comment, the command that runs it, and its output (run in this process, through
// the lesson's `main`). In a terminal it then waits for a
// key (see walkthrough_keys.ts); otherwise, piped or redirected, it runs straight through.
//
// Run it: deno task walkthrough        (or: deno task walkthrough 05, to start at lesson 05)

import { defineLesson, LessonError, lessonMain, type Main, UsageError } from "../runtime/cli.ts";
import { consoleIo, type Io, paragraph, wrap } from "../runtime/io.ts";
import type { IdeaBlock } from "../runtime/lesson_intro.ts";
import {
  type Lesson as CatalogueLesson,
  LESSON_FILE,
  readCatalogue,
} from "../lessons/catalogue.ts";
import { keysHelp, keysOf, pressKey, type Step } from "./walkthrough_keys.ts";

/** A lesson as the walkthrough shows it: what the catalogue says, and how to run it here. */
export type Lesson = Pick<CatalogueLesson, "number" | "title" | "idea" | "lib" | "command"> & {
  main: Main;
  /** The answers to its "Try this", each its command and then its answer; shown on `a`. */
  answers?: readonly string[];
};

/**
 * Makes the catalogue's lessons runnable here: a lesson that runs apart prints why, and the
 * command that runs it; every other one runs in this process, through its module's `main`.
 */
export async function runnable(lessons: readonly CatalogueLesson[]): Promise<Lesson[]> {
  return await Promise.all(lessons.map(async (lesson) => {
    const { apart, module } = lesson;
    if (apart === undefined) {
      const { main, spec } = await module!();
      const answers = (spec.experiments ?? []).map(({ command, answer }) =>
        [`  ${command}`, ...wrap(answer, 74).map((line) => `    ${line}`)].join("\n")
      );
      return { ...lesson, main, answers };
    }
    const main: Main = (_args, io = consoleIo) => {
      paragraph(io, apart.note);
      return Promise.resolve(0);
    };
    return { ...lesson, main };
  }));
}

/**
 * Checks the catalogue against the disk: every lesson file in lessons/ is in it, and every lib
 * file a lesson names exists.
 *
 * @param names The file names in lessons/.
 * @param exists Whether a file exists, by its path from the project's root.
 * @throws {Error} Naming the lesson file missing from the catalogue, or the lib file missing.
 */
export async function checkCatalogue(
  lessons: readonly CatalogueLesson[],
  names: readonly string[],
  exists: (path: string) => Promise<boolean>,
): Promise<void> {
  const listed = new Set(lessons.map((lesson) => lesson.file));
  for (const name of names.filter((name) => LESSON_FILE.test(name)).sort()) {
    if (!listed.has(name)) {
      throw new Error(
        `lessons/${name} is missing from the catalogue: add it to lessons/catalogue.ts`,
      );
    }
  }
  for (const { path, lib } of lessons) {
    if (lib !== undefined && !await exists(lib)) {
      throw new Error(`${path} names ${lib} in its opening comment, but there is no such file`);
    }
  }
}

/** Reads the catalogue, checked against lessons/ and lib/ (read permission on them is all). */
async function readLessons(root: URL): Promise<Lesson[]> {
  const lessons = await readCatalogue();
  try {
    const names: string[] = [];
    for await (const entry of Deno.readDir(new URL("lessons/", root))) {
      if (entry.isFile) names.push(entry.name);
    }
    await checkCatalogue(lessons, names, async (path) => {
      try {
        return (await Deno.stat(new URL(path, root))).isFile;
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) return false;
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        "checking the lessons needs --allow-read=lessons,lib; run it as deno task walkthrough",
      );
    }
    throw error;
  }
  return await runnable(lessons);
}

/** The terminal the walkthrough waits on: it shows a prompt and reads one key press at a time. */
export interface Terminal {
  /** Replaces the current line with `text`, with no newline; `""` clears it. */
  prompt(text: string): void;
  /** Waits for a key press and returns the text it sent, or `null` when input has ended. */
  read(): Promise<string | null>;
  /** Clears the screen, so that each lesson starts on a page of its own. */
  clear?(): void;
}

/** Prints one block of an idea: a paragraph wrapped, a formula as it is, a numbered list. */
function printBlock(io: Io, block: IdeaBlock): void {
  switch (block.kind) {
    case "paragraph":
      return paragraph(io, block.text);
    case "formula":
      for (const line of block.lines) io.log(`  ${line}`);
      return;
    case "list":
      block.items.forEach((item, i) => {
        const [first, ...rest] = wrap(item, (io.columns ?? 80) - 3);
        io.log([`${i + 1}. ${first}`, ...rest.map((line) => `   ${line}`)].join("\n"));
      });
  }
}

/** Prints a lesson's header (title, the whole idea, its lib file, command), then runs it. */
async function show(lesson: Lesson, io: Io): Promise<number> {
  io.log(`== Lesson ${lesson.number}: ${lesson.title} `.padEnd(78, "="));
  lesson.idea.forEach((block, i) => {
    if (i > 0) io.log("");
    printBlock(io, block);
  });
  if (lesson.lib !== undefined) {
    io.log("");
    io.log(`In the lib: ${lesson.lib}`);
  }
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
  answers: readonly string[] = [],
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
      const pressed = pressKey({ index, typed }, key, numbers, answers);
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
    terminal?.clear?.();
    code = Math.max(code, await show(lessons[index], io));
    io.log("");
    if (terminal === undefined) {
      index++;
      if (index < lessons.length) continue;
      io.log(END);
      return code;
    }
    const step = await nextStep(index, numbers, io, terminal, lessons[index].answers);
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
    clear() {
      // Erase the screen (the scrollback keeps the lesson before) and go to the top left.
      let bytes = encoder.encode("\x1b[2J\x1b[H");
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

/**
 * The walkthrough as `deno task walkthrough` runs it: from the lesson numbered `start`.
 *
 * @throws {UsageError} If no lesson has that number, naming the first and the last.
 * @throws {LessonError} If a lesson failed, with the largest exit code.
 */
export async function walkFrom(
  lessons: readonly Lesson[],
  start: number,
  io: Io,
  terminal?: Terminal,
): Promise<void> {
  const index = lessons.findIndex((lesson) => Number(lesson.number) === start);
  if (index === -1) {
    throw new UsageError(
      `No lesson ${String(start).padStart(2, "0")}: the lessons are ` +
        `${lessons[0].number} to ${lessons[lessons.length - 1].number}`,
    );
  }
  const code = await walk(lessons, index, io, terminal);
  if (code !== 0) throw new LessonError(`a lesson failed with exit code ${code}`);
}

export const main = lessonMain(import.meta.url, spec, async ({ start }, io) => {
  const lessons = await readLessons(new URL("../", import.meta.url));
  await walkFrom(lessons, start, io, denoTerminal());
});

if (import.meta.main) Deno.exitCode = await main(Deno.args);
