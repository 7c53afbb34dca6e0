// The exercises' command line, through the lessons' flag spec (runtime/cli.ts).
//
//     deno task exercise            checks the exercises in order, stops at the first not done
//     deno task exercise 03         checks exercise 03 (after the ones it builds on)
//     deno task exercise --watch    checks again every time a file in exercises/ is saved
//     deno task exercises           lists every exercise as done or not, and the progress

import { defineLesson, helpText, LessonError, parseFlags, UsageError } from "../../runtime/cli.ts";
import { consoleIo, type Io } from "../../runtime/io.ts";
import { exercise, exercises, id, prerequisites } from "./catalog.ts";
import { loadContext } from "./context.ts";
import type { Outcome } from "./outcome.ts";
import { heading, listing, report } from "./report.ts";
import { type Runner, type RunnerOptions, workerRunner } from "./runner.ts";

/** How a learner runs the checker. */
const COMMAND = "deno task exercise";

export const spec = defineLesson({
  summary: "Check the exercises in order, up to the first not done, or exercise NN alone.",
  command: COMMAND,
  positional: "exercise",
  flags: {
    exercise: {
      kind: "number",
      min: 1,
      max: exercises.length,
      value: "NN",
      help: "Check this exercise only, after the ones it builds on; deno task exercise 03 is " +
        "the same as --exercise 03",
    },
    list: {
      kind: "switch",
      help: "List every exercise as done, not started or not done, and the progress",
    },
    watch: {
      kind: "switch",
      help: "Check again every time a file in exercises/ is saved (Ctrl-C stops)",
    },
    timeLimit: {
      kind: "number",
      default: 5,
      above: 0,
      max: 600,
      value: "SECONDS",
      help: "How long one exercise's code may run before it is reported as never ending",
    },
  },
  examples: [
    "deno task exercise",
    "deno task exercise 03",
    "deno task exercise --watch",
    "deno task exercises",
  ],
});

/** Every exercise in order, up to the first one not done. */
async function checkAll(runner: Runner, io: Io): Promise<number> {
  const done: { number: number; outcome: Outcome }[] = [];
  for (const e of exercises) {
    const outcome = await runner(e.number);
    if (outcome.status !== "done") {
      report(e, outcome).forEach((line) => io.log(line));
      return 1;
    }
    io.log(`${heading(e)}: done`);
    if (outcome.showcase.length > 0 && e !== exercises.at(-1)) {
      io.log(`  See what your code can do: deno task exercise ${id(e.number)}`);
    }
    done.push({ number: e.number, outcome });
  }
  // All done: the finale shows what the learner's code does, the tutorial's network training.
  for (const { number, outcome } of done) {
    if (outcome.status === "done" && outcome.showcase.length > 0) {
      io.log("");
      report(exercise(number), outcome).forEach((line) => io.log(line));
    }
  }
  io.log("");
  io.log(`All ${exercises.length} exercises done. Compare with exercises/solutions/.`);
  return 0;
}

/** One exercise, after the ones it builds on. */
async function checkOne(number: number, runner: Runner, io: Io): Promise<number> {
  for (const earlier of prerequisites(number)) {
    const outcome = await runner(earlier);
    if (outcome.status !== "done") {
      const e = exercise(earlier);
      io.log(`Exercise ${id(number)} builds on ${heading(e).toLowerCase()}, not done yet:`);
      io.log("");
      report(e, outcome).forEach((line) => io.log(line));
      return 1;
    }
  }
  const outcome = await runner(number);
  report(exercise(number), outcome).forEach((line) => io.log(line));
  return outcome.status === "done" ? 0 : 1;
}

/** Every exercise with its status. */
async function list(runner: Runner, io: Io): Promise<number> {
  const outcomes: Outcome[] = [];
  for (const e of exercises) outcomes.push(await runner(e.number));
  listing(outcomes).forEach((line) => io.log(line));
  return 0;
}

/** Saves of a TypeScript file in `folder`, each burst of events once it has settled. */
export async function* watchSaves(folder: URL, quiet = 200): AsyncGenerator<void> {
  let watcher: Deno.FsWatcher;
  try {
    watcher = Deno.watchFs(decodeURIComponent(folder.pathname), { recursive: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError("--watch needs to read exercises/; run it with deno task exercise");
    }
    throw error;
  }
  const events = watcher[Symbol.asyncIterator]();
  let next = events.next();
  while (true) {
    const first = await next;
    if (first.done) return;
    next = events.next();
    if (first.value.kind === "access" || !first.value.paths.some((p) => p.endsWith(".ts"))) {
      continue;
    }
    // An editor saves in several steps: wait until `quiet` ms pass without another event.
    while (true) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const silence = new Promise<"quiet">((resolve) => {
        timer = setTimeout(() => resolve("quiet"), quiet);
      });
      const more = await Promise.race([next, silence]);
      clearTimeout(timer);
      if (more === "quiet") break;
      if (more.done) return;
      next = events.next();
    }
    yield;
  }
}

/** What main needs from outside; tests hand in their own. */
export interface Surroundings {
  io?: Io;
  /** Makes the runner that checks one exercise; by default a worker with a time limit. */
  makeRunner?: (options: RunnerOptions) => Runner;
  /** The saves that --watch waits for. */
  saves?: (folder: URL) => AsyncIterable<unknown>;
}

/**
 * Runs the command line: checks, lists or watches, and returns the exit code: 0 when the
 * exercises checked are done, 1 when one is not (or the checker may not read its files), 2 for
 * a usage error.
 */
export async function main(
  args: readonly string[] = [],
  { io = consoleIo, makeRunner = workerRunner, saves = watchSaves }: Surroundings = {},
): Promise<number> {
  try {
    const { help, values } = parseFlags(args, spec.flags, spec.positional);
    if (help) {
      helpText(COMMAND, spec).split("\n").forEach((line) => io.log(line));
      io.log("Exit code 1 also means: an exercise checked is not done yet.");
      return 0;
    }
    const number = values.exercise;
    if (number !== undefined && !Number.isInteger(number)) {
      throw new UsageError(`No exercise ${number}: they are 01 to ${id(exercises.length)}`);
    }
    if (values.list && number !== undefined) {
      throw new UsageError(`--list shows them all: leave out ${id(number)}`);
    }
    const folder = new URL("../", import.meta.url);
    const runner = makeRunner({ folder, timeLimit: values.timeLimit, context: loadContext() });
    const once = () =>
      values.list
        ? list(runner, io)
        : number === undefined
        ? checkAll(runner, io)
        : checkOne(number, runner, io);
    let code = await once();
    if (!values.watch) return code;
    const watching = "Watching exercises/ for saves; Ctrl-C stops.";
    io.log("");
    io.log(watching);
    for await (const _ of saves(folder)) {
      io.log("");
      io.log("A file was saved: checking again.");
      io.log("");
      code = await once();
      io.log("");
      io.log(watching);
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`Error: ${error.message}. Run with --help for usage.`);
      return 2;
    }
    if (error instanceof LessonError) {
      io.error(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
