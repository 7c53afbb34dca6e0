// The exercises' command line, through the lessons' flag spec (runtime/cli.ts).
//
//     deno task exercise              checks the exercises in order, stops at the first not done
//     deno task exercise 03           checks exercise 03 (after the ones it builds on)
//     deno task exercise 03 --hint    the same, with the next hint
//     deno task exercise --watch      checks again every time a file in exercises/ is saved
//     deno task exercise --reset 03   puts back exercise 03's blank (asks first; --yes does not)
//     deno task exercise --solution 03  shows a solution
//     deno task exercises             lists every exercise as done or not, and the progress

import { defineLesson, helpText, LessonError, parseFlags, UsageError } from "../../runtime/cli.ts";
import { consoleIo, type Io } from "../../runtime/io.ts";
import { TIME_LIMIT } from "./channel.ts";
import { loadContext } from "./context.ts";
import { type Exercise, id } from "./exercise.ts";
import { exercise, exercises, prerequisites } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import { parseProgress, type Progress, PROGRESS_FILE, record } from "./progress.ts";
import { heading, listing, report } from "./report.ts";
import { type Runner, type RunnerOptions, workerRunner } from "./runner.ts";
import { denoTypeCheck, type TypeCheck, warmTypeCheck } from "./typecheck.ts";

/** How a learner runs the checker. */
const COMMAND = "deno task exercise";

const exerciseNumber = (help: string) => ({
  kind: "number" as const,
  min: 1,
  max: exercises.length,
  value: "NN",
  help,
});

export const spec = defineLesson({
  summary: "Check the exercises in order, up to the first not done, or exercise NN alone.",
  command: COMMAND,
  positional: "exercise",
  flags: {
    exercise: exerciseNumber(
      "Check this exercise only, after the ones it builds on; deno task exercise 03 is " +
        "the same as --exercise 03",
    ),
    hint: {
      kind: "switch",
      help: "Show the next hint now (each further run with the same wrong answer shows one too)",
    },
    list: {
      kind: "switch",
      help: "List every exercise as done, not started or not done, and the progress",
    },
    watch: {
      kind: "switch",
      help: "Check again every time a file in exercises/ is saved (Ctrl-C stops)",
    },
    reset: exerciseNumber("Put back this exercise's blank, byte for byte (asks first)"),
    yes: { kind: "switch", help: "With --reset: do not ask" },
    solution: exerciseNumber("Show a solution of this exercise"),
    timeLimit: {
      kind: "number",
      default: TIME_LIMIT,
      above: 0,
      max: 600,
      value: "SECONDS",
      help: "How long one exercise's code may run before it is reported as never ending",
    },
  },
  examples: [
    "deno task exercise",
    "deno task exercise 03",
    "deno task exercise 03 --hint",
    "deno task exercise --watch",
    "deno task exercise --reset 03",
    "deno task exercise --solution 03",
    "deno task exercises",
  ],
});

/** The files the checker reads and writes, by their paths from the project's root. */
export interface Store {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): Promise<void>;
  readBytes(path: string): Promise<Uint8Array>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
}

/** The project's files, through Deno. */
function denoStore(root: URL): Store {
  const at = (path: string) => new URL(path, root);
  return {
    async read(path) {
      try {
        return await Deno.readTextFile(at(path));
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) return undefined;
        throw error;
      }
    },
    write: (path, text) => Deno.writeTextFile(at(path), text),
    readBytes: (path) => Deno.readFile(at(path)),
    writeBytes: (path, bytes) => Deno.writeFile(at(path), bytes),
  };
}

/** One checking session: the runner, the type check, the progress and where lines go. */
class Session {
  constructor(
    readonly runner: Runner,
    readonly typeCheck: TypeCheck | undefined,
    readonly store: Store,
    readonly io: Io,
    readonly askedForHint: boolean,
    public progress: Progress,
  ) {
    // Every exercise file, type-checked once for this round of checks, while the checks run.
    this.typeErrors = typeCheck
      ? typeCheck(exercises.map((e) => `exercises/${e.file}`))
      : Promise.resolve(new Map());
  }

  private readonly typeErrors: Promise<Map<string, string[]>>;

  /** Checks one exercise: its type errors first, else its check's outcome. */
  async check(number: number): Promise<Outcome> {
    const e = exercise(number);
    const [errors, outcome] = await Promise.all([this.typeErrors, this.runner(number)]);
    const typeError = errors.get(`exercises/${e.file}`);
    return typeError ? { status: "not done", problem: typeError, mistake: "typeError" } : outcome;
  }

  /** The report of a checked exercise, with its hint level, the progress saved. */
  async report(e: Exercise, outcome: Outcome, showcase = true): Promise<string[]> {
    const { progress, level } = record(this.progress, e, outcome, this.askedForHint);
    if (JSON.stringify(progress) !== JSON.stringify(this.progress)) {
      this.progress = progress;
      try {
        await this.store.write(PROGRESS_FILE, JSON.stringify(progress, null, 2) + "\n");
      } catch (error) {
        // Without write access the hints still work; they only do not move on by themselves.
        if (!(error instanceof Deno.errors.NotCapable)) throw error;
      }
    }
    return report(e, outcome, level, showcase);
  }

  log(lines: string[]): void {
    lines.forEach((line) => this.io.log(line));
  }
}

/** Every exercise in order, up to the first one not done. */
async function checkAll(session: Session): Promise<number> {
  const done: { e: Exercise; outcome: Outcome }[] = [];
  for (const e of exercises) {
    const outcome = await session.check(e.number);
    if (outcome.status !== "done") {
      session.log(await session.report(e, outcome));
      return 1;
    }
    await session.report(e, outcome);
    session.io.log(`${heading(e)}: done`);
    done.push({ e, outcome });
  }
  // All done: the finale shows what the learner's code does, the tutorial's network training.
  for (const { e, outcome } of done) {
    if (outcome.status === "done" && outcome.showcase.length > 0) {
      session.io.log("");
      session.log(report(e, outcome).slice(0, -1));
    }
  }
  session.io.log("");
  session.io.log(
    `All ${exercises.length} exercises done. deno task exercise --solution NN shows a solution.`,
  );
  return 0;
}

/** One exercise, after the ones it builds on. */
async function checkOne(number: number, session: Session): Promise<number> {
  for (const earlier of prerequisites(number)) {
    const outcome = await session.check(earlier);
    if (outcome.status !== "done") {
      const e = exercise(earlier);
      session.io.log(`Exercise ${id(number)} builds on ${heading(e).toLowerCase()}, not done yet:`);
      session.io.log("");
      session.log(await session.report(e, outcome));
      return 1;
    }
  }
  const outcome = await session.check(number);
  session.log(await session.report(exercise(number), outcome));
  return outcome.status === "done" ? 0 : 1;
}

/** Every exercise with its status. */
async function list(session: Session): Promise<number> {
  const outcomes: Outcome[] = [];
  for (const e of exercises) outcomes.push(await session.check(e.number));
  session.log(listing(outcomes, session.progress));
  return 0;
}

/** Puts back the blank of exercise `number`, byte for byte, after asking. */
async function reset(
  number: number,
  yes: boolean,
  { io, store, confirm }: Required<Pick<Surroundings, "io" | "store" | "confirm">>,
): Promise<number> {
  const { file } = exercise(number);
  const path = `exercises/${file}`;
  if (!yes && !confirm(`Put back the blank of ${path}? Your code in it will be lost.`)) {
    io.log(`${path} left as it was.`);
    return 1;
  }
  const blank = `exercises/_blanks/${file}`;
  try {
    await store.writeBytes(path, await store.readBytes(blank));
    const progress = parseProgress(await store.read(PROGRESS_FILE));
    delete progress[id(number)];
    await store.write(PROGRESS_FILE, JSON.stringify(progress, null, 2) + "\n");
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new LessonError(`${blank} is missing, so ${path} cannot be reset`);
    }
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(`--reset needs to write exercises/; run it with ${COMMAND}`);
    }
    throw error;
  }
  io.log(`${path} is the blank again: deno task exercise ${id(number)} checks it.`);
  return 0;
}

/** Prints a solution of exercise `number`. */
async function solution(number: number, { io, store }: Pick<Surroundings, "io" | "store">) {
  const path = `exercises/solutions/${exercise(number).file}`;
  const text = await store!.read(path);
  if (text === undefined) throw new LessonError(`${path} is missing`);
  io!.log(`${path}:`);
  io!.log("");
  text.trimEnd().split("\n").forEach((line) => io!.log(line));
  return 0;
}

/** Saves of a TypeScript file in `folder`, each burst of events once it has settled. */
export async function* watchSaves(folder: URL, quiet = 100): AsyncGenerator<void> {
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

/**
 * Runs `once` on every save, showing only the result of the last: while a check runs, later
 * saves are counted, and a result that a save overtook is dropped unseen.
 */
async function watch(
  saves: AsyncIterable<unknown>,
  once: (io: Io) => Promise<number>,
  io: Io,
  clear: () => void,
): Promise<number> {
  const watching = "Watching exercises/ for saves; Ctrl-C stops.";
  let code = 0;
  let pending = 0;
  let wake: (() => void) | undefined;
  let ended = false;
  const consumer = (async () => {
    for await (const _ of saves) {
      pending++;
      wake?.();
    }
    ended = true;
    wake?.();
  })();
  while (true) {
    if (pending === 0 && !ended) await new Promise<void>((resolve) => wake = resolve);
    if (pending === 0 && ended) break;
    const seen = pending;
    const lines: string[] = [];
    code = await once({ log: (line) => lines.push(line), error: (line) => lines.push(line) });
    if (pending > seen) continue; // A newer save came in: check that one instead.
    pending = 0;
    clear();
    lines.forEach((line) => io.log(line));
    io.log("");
    io.log(watching);
  }
  await consumer;
  return code;
}

/** What main needs from outside; tests hand in their own. */
export interface Surroundings {
  io?: Io;
  /** Makes the runner that checks one exercise; by default a worker with a time limit. */
  makeRunner?: (options: RunnerOptions) => Runner;
  /** Type-checks files before they run; by default TypeScript (warm with --watch, deno check
   * without), when the checker may run deno. */
  typeCheck?: TypeCheck | null;
  /** The saves that --watch waits for. */
  saves?: (folder: URL) => AsyncIterable<unknown>;
  /** The project's files: the progress, the blanks, the solutions. */
  store?: Store;
  /** Asks a yes-or-no question (--reset); by default on the terminal. */
  confirm?: (question: string) => boolean;
  /** Clears the screen before each result of --watch. */
  clear?: () => void;
}

const root = new URL("../../", import.meta.url);

const clearTerminal = () => {
  if (Deno.stdout.isTerminal()) consoleIo.log("\x1b[2J\x1b[H");
};

/**
 * Runs the command line: checks, lists, watches, resets or shows a solution, and returns the
 * exit code: 0 when the exercises checked are done, 1 when one is not (or the checker may not
 * read its files), 2 for a usage error.
 */
export async function main(
  args: readonly string[] = [],
  {
    io = consoleIo,
    makeRunner = workerRunner,
    typeCheck,
    saves = watchSaves,
    store = denoStore(root),
    confirm = (question) => globalThis.confirm(question),
    clear = clearTerminal,
  }: Surroundings = {},
): Promise<number> {
  try {
    const { help, values } = parseFlags(args, spec.flags, spec.positional);
    if (help) {
      helpText(COMMAND, spec).split("\n").forEach((line) => io.log(line));
      io.log("Exit code 1 also means: an exercise checked is not done yet.");
      return 0;
    }
    for (const key of ["exercise", "reset", "solution"] as const) {
      const number = values[key];
      if (number !== undefined && !Number.isInteger(number)) {
        throw new UsageError(`No exercise ${number}: they are 01 to ${id(exercises.length)}`);
      }
    }
    const number = values.exercise;
    if (values.list && number !== undefined) {
      throw new UsageError(`--list shows them all: leave out ${id(number)}`);
    }
    if (values.yes && values.reset === undefined) {
      throw new UsageError("--yes goes with --reset NN");
    }
    if (values.reset !== undefined) {
      return await reset(values.reset, values.yes, { io, store, confirm });
    }
    if (values.solution !== undefined) return await solution(values.solution, { io, store });

    const folder = new URL("exercises/", root);
    const runner = makeRunner({ folder, timeLimit: values.timeLimit, context: loadContext() });
    // --watch keeps TypeScript warm between saves; a single run asks deno check, whose cache
    // answers at once when nothing changed.
    const checker = typeCheck !== undefined
      ? typeCheck ?? undefined
      : values.watch
      ? warmTypeCheck(root)
      : denoTypeCheck(root);
    const progress = parseProgress(await store.read(PROGRESS_FILE).catch(() => undefined));
    const session = (out: Io) => new Session(runner, checker, store, out, values.hint, progress);
    const once = (out: Io) => {
      const s = session(out);
      return values.list ? list(s) : number === undefined ? checkAll(s) : checkOne(number, s);
    };
    const code = await once(io);
    if (!values.watch) return code;
    io.log("");
    io.log("Watching exercises/ for saves; Ctrl-C stops.");
    return await watch(saves(folder), once, io, clear);
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

// Deno.exit, not Deno.exitCode: a check stopped at the time limit leaves its worker terminated
// but the process held open (Deno 2.9), so without it the checker would print its verdict and
// never return to the prompt.
if (import.meta.main) Deno.exit(await main(Deno.args));
