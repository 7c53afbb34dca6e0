// The command line of every lesson, written once. A lesson declares its flags in a typed spec
// (name, kind, default, bounds, help); the runner parses the arguments with it, checks each value
// by its kind and bounds, answers --help, and hands the lesson typed values. Expected failures
// (a bad flag, bad data, a missing permission) are one line and an exit code; anything else is
// a bug and is thrown on with its stack trace.

import { printable } from "../lib/data/_printable.ts";
import { DEFAULT_SEED, MAX_SEED } from "../lib/random/seed.ts";
import { TrainingDivergedError } from "../lib/train.ts";
import { LessonError, UsageError } from "./errors.ts";
import { checkWritableFor } from "./files.ts";
import { consoleIo, denoFiles, type Files, type Io, paragraph, wrap } from "./io.ts";

export { LessonError, UsageError } from "./errors.ts";
export { wrap } from "./io.ts";

/**
 * One flag: its kind decides how its text is read and checked. An `input` names a file the
 * lesson reads, an `output` a file it writes: before the lesson starts, the runner checks that
 * every output may be written and names no input or other output.
 */
export type Flag =
  & { help: string; value?: string }
  & (
    | { kind: "number"; default?: number; min?: number; above?: number; max?: number }
    | { kind: "whole"; default: number; min: number; max: number }
    | { kind: "input"; default?: string }
    | { kind: "output" }
    | { kind: "choice"; default: string; options: readonly string[] }
    | { kind: "list"; default?: readonly number[]; length: number; min: number; max: number }
    | { kind: "switch" }
  );

type ValueOf<F extends Flag> = F extends { kind: "whole" } ? number
  : F extends { kind: "number"; default: number } ? number
  : F extends { kind: "number" } ? number | undefined
  : F extends { kind: "input"; default: string } ? string
  : F extends { kind: "input" | "output" } ? string | undefined
  : F extends { kind: "choice"; options: readonly (infer O)[] } ? O
  : F extends { kind: "list"; default: readonly number[] } ? number[]
  : F extends { kind: "list" } ? number[] | undefined
  : boolean;

/** The values a lesson receives: one per flag, typed by its kind. */
export type FlagValues<S extends Record<string, Flag>> = {
  -readonly [K in keyof S]: ValueOf<S[K]>;
};

/** The bounds of a number flag, and the word `--help` shows for its value (`RATE`). */
export interface NumberBounds {
  min?: number;
  above?: number;
  max?: number;
  value?: string;
}

/**
 * The flags, one line each: `flag.number(0.1, "Step size", { above: 0, value: "RATE" })`.
 * A default of `undefined` makes a flag that is left out unless given.
 */
export const flag = {
  /** Any number within its bounds. */
  number: <const D extends number | undefined>(fallback: D, help: string, bounds?: NumberBounds) =>
    ({ kind: "number", default: fallback, help, ...bounds }) as const,
  /** A whole number from `min` to `max`. */
  whole: (fallback: number, min: number, max: number, help: string, value?: string) =>
    ({ kind: "whole", default: fallback, min, max, help, value }) as const,
  /** `length` numbers from `min` to `max`, separated by commas. */
  list: <const D extends readonly number[] | undefined>(
    fallback: D,
    [length, min, max]: readonly [number, number, number],
    help: string,
    value?: string,
  ) => ({ kind: "list", default: fallback, length, min, max, help, value }) as const,
  /** A file the lesson reads. */
  input: <const D extends string | undefined>(fallback: D, help: string, value = "PATH") =>
    ({ kind: "input", default: fallback, help, value }) as const,
  /** A file the lesson writes, checked writable before the lesson starts. */
  output: (help: string, value = "PATH") => ({ kind: "output", help, value }) as const,
  /** One of a few words, e.g. `squared` or `cross-entropy`. */
  choice: <const O extends readonly string[]>(
    fallback: O[number],
    options: O,
    help: string,
    value = "WORD",
  ) => ({ kind: "choice", default: fallback, options, help, value }) as const,
  /** On when given, off when not. */
  switch: (help: string) => ({ kind: "switch", help }) as const,
  /** The `--seed` every seeded lesson has: the same default and bounds everywhere. */
  seed: (help: string) => seedFlag(help),
};

/**
 * Something to try after the lesson: a command and a question that asks the learner to predict
 * what it prints. The lesson prints the command and the question under "Try this"; the answer,
 * true for that command's run, is for after it (the walkthrough and the page hold it back).
 */
export interface Experiment {
  command: string;
  question: string;
  answer: string;
}

/** A lesson's command line: what it is, its flags (camelCase keys, `--kebab-case` on the line). */
export interface LessonSpec<S extends Record<string, Flag>> {
  /** One line for `--help`: what the lesson does. */
  summary: string;
  flags: S;
  /** The flag a bare argument gives a value to, e.g. `start` for `walkthrough 05`. */
  positional?: string;
  /** How to run it, for `--help`, when not `deno run` on the file (e.g. a task). */
  command?: string;
  /** Example commands for `--help`. */
  examples: readonly string[];
  /** What to try after the lesson, printed as "Try this" after its output. */
  experiments?: readonly Experiment[];
  /** The exercise that follows the lesson, printed as "Your turn" after "Try this". */
  exercise?: { task: string; file: string };
}

/** Keeps a spec's literal types, so that each flag's value gets the type of its kind. */
export function defineLesson<const S extends Record<string, Flag>>(
  spec: LessonSpec<S>,
): LessonSpec<S> {
  return spec;
}

/** `learningRate` is `--learning-rate` on the command line. */
export const flagName = (key: string): string =>
  `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** What a flag accepts, in words: the end of every message about a bad value, and of its help. */
export function expected(flag: Flag): string {
  switch (flag.kind) {
    case "number": {
      if (flag.min !== undefined && flag.max !== undefined) {
        return `a number from ${flag.min} to ${flag.max}`;
      }
      const above = flag.above === undefined ? "" : ` above ${flag.above}`;
      const max = flag.max === undefined ? "" : ` up to ${flag.max}`;
      return `a number${above}${max}`;
    }
    case "whole":
      return `a whole number from ${flag.min} to ${flag.max}`;
    case "input":
    case "output":
      return "a file path";
    case "list":
      return `${flag.length} numbers from ${flag.min} to ${flag.max}, separated by commas`;
    case "choice":
      return `one of ${flag.options.join(", ")}`;
    case "switch":
      return "no value";
  }
}

/**
 * Reads one flag's value from its text.
 *
 * @throws {UsageError} If the text is not what the flag accepts, with the flag and the text.
 */
export function readValue(key: string, flag: Flag, text: string): number | number[] | string {
  const bad = () =>
    new UsageError(`Invalid ${flagName(key)} "${printable(text)}": expected ${expected(flag)}`);
  const number = (part: string) => part.trim() === "" ? NaN : Number(part);
  switch (flag.kind) {
    case "number": {
      const value = number(text);
      const inRange = Number.isFinite(value) &&
        (flag.min === undefined || value >= flag.min) &&
        (flag.above === undefined || value > flag.above) &&
        (flag.max === undefined || value <= flag.max);
      if (!inRange) throw bad();
      return value;
    }
    case "whole": {
      const value = number(text);
      if (!Number.isInteger(value) || value < flag.min || value > flag.max) throw bad();
      return value;
    }
    case "input":
    case "output":
      if (text === "") throw bad();
      return text;
    case "list": {
      const values = text.split(",").map(number);
      const fits = (x: number) => Number.isFinite(x) && x >= flag.min && x <= flag.max;
      if (values.length !== flag.length || !values.every(fits)) throw bad();
      return values;
    }
    case "choice":
      if (!flag.options.includes(text)) throw bad();
      return text;
    case "switch":
      throw bad();
  }
}

/**
 * Reads the flags of `spec` from `args`: `--name value`, `--name=value`, or `--name` alone for a
 * switch. A value may start with a minus sign (`--learning-rate -0.5` reaches its check).
 *
 * @returns `help` when `--help` or `-h` was given, and every flag's value or its default.
 * @throws {UsageError} For an unknown flag, a flag given twice or without its value, a stray
 * argument, or a value its flag does not accept.
 */
export function parseFlags<S extends Record<string, Flag>>(
  args: readonly string[],
  flags: S,
  positional?: string,
): { help: boolean; values: FlagValues<S> } {
  if (positional !== undefined && !(positional in flags)) {
    throw new Error(`The positional argument names no flag: ${positional}`);
  }
  const keys = new Map(Object.keys(flags).map((key) => [flagName(key), key]));
  const given: Record<string, unknown> = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (/^-[a-zA-Z]/.test(arg)) throw new UsageError(`Unknown flag ${printable(arg)}`);
    if (!arg.startsWith("--")) {
      if (positional === undefined || positional in given) {
        throw new UsageError(
          `Unexpected argument "${printable(arg)}": every value follows its flag`,
        );
      }
      given[positional] = readValue(positional, flags[positional], arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const key = keys.get(name);
    if (key === undefined) throw new UsageError(`Unknown flag ${printable(name)}`);
    if (key in given) throw new UsageError(`${name} is given twice`);
    const flag = flags[key];
    if (flag.kind === "switch") {
      if (equals !== -1) throw new UsageError(`${name} takes no value`);
      given[key] = true;
      continue;
    }
    const text = equals === -1 ? args[++i] : arg.slice(equals + 1);
    if (text === undefined || (equals === -1 && text.startsWith("--"))) {
      throw new UsageError(`Missing a value for ${name}: expected ${expected(flag)}`);
    }
    given[key] = readValue(key, flag, text);
  }
  const values: Record<string, unknown> = {};
  for (const [key, flag] of Object.entries(flags)) {
    values[key] = key in given
      ? given[key]
      : flag.kind === "switch"
      ? false
      : flag.kind === "output"
      ? undefined
      : flag.default;
  }
  return { help, values: values as FlagValues<S> };
}

/** The text `--help` prints: the summary, usage, every flag with its default, examples. */
export function helpText<S extends Record<string, Flag>>(
  command: string,
  spec: LessonSpec<S>,
): string {
  const column = 26;
  const row = (left: string, description: string) =>
    wrap(description, 78 - column).map((line, i) =>
      `  ${(i === 0 ? left : "").padEnd(column)}${line}`
    );
  const rows = Object.entries(spec.flags).flatMap(([key, flag]) => {
    const value = flag.kind === "switch" ? "" : ` ${flag.value ?? "N"}`;
    const fallback = flag.kind === "switch" || flag.kind === "output" ||
        flag.default === undefined
      ? (flag.kind === "number" || flag.kind === "list" ? ` (${expected(flag)})` : "")
      : flag.kind === "input"
      ? ` (default: ${flag.default})`
      : ` (default: ${flag.default}; ${expected(flag)})`;
    return row(`${flagName(key)}${value}`, `${flag.help}${fallback}`);
  });
  return [
    spec.summary,
    "",
    `Usage: ${command}${spec.positional ? ` [${spec.flags[spec.positional].value ?? "N"}]` : ""}` +
    `${rows.length > 0 ? " [flags]" : ""}`,
    "",
    "Flags:",
    ...rows,
    ...row("--help, -h", "Print this help and exit"),
    "",
    ...(spec.examples.length > 0 ? ["Examples:", ...spec.examples.map((e) => `  ${e}`), ""] : []),
    "Exit codes: 0 success, 1 a failure while running (bad data, I/O), 2 a bad flag.",
  ].join("\n");
}

/** How a lesson is run: its command-line arguments, where it prints, which files it reaches. */
export type Main = (args?: readonly string[], io?: Io, files?: Files) => Promise<number>;

/**
 * Makes a lesson's `main`: it reads the flags of `spec` from the arguments, prints the help for
 * `--help`, or else runs `lesson` with the typed values. A usage error is one line on `io.error`
 * and exit code 2; bad data, a file or permission problem, or training that diverges is one line
 * and exit code 1. Any other error is a bug and is thrown on, with its stack trace.
 *
 * @param url The lesson's `import.meta.url`, for the usage line.
 */
export function lessonMain<S extends Record<string, Flag>>(
  url: string,
  spec: LessonSpec<S>,
  lesson: (flags: FlagValues<S>, io: Io, files: Files) => void | Promise<void>,
): Main {
  const command = spec.command ??
    `deno run ${new URL(url).pathname.split("/").slice(-2).join("/")}`;
  return async (args = [], io = consoleIo, files = denoFiles) => {
    try {
      const { help, values } = parseFlags(args, spec.flags, spec.positional);
      if (help) {
        io.log(helpText(command, spec));
        return 0;
      }
      await checkOutputs(spec.flags, values, files);
      await lesson(values, io, files);
      tryThis(io, spec);
      return 0;
    } catch (error) {
      if (error instanceof UsageError) {
        io.error(`Error: ${error.message}. Run with --help for usage.`);
        return 2;
      }
      if (error instanceof LessonError || error instanceof TrainingDivergedError) {
        io.error(`Error: ${error.message}`);
        return 1;
      }
      throw error;
    }
  };
}

/** `./out//a.svg` and `out/a.svg` are the same file. */
const samePath = (a: string, b: string) => {
  const plain = (path: string) => path.replace(/\/+/g, "/").replace(/^(\.\/)+/, "");
  return plain(a) === plain(b);
};

/**
 * Refuses, before any work, an output that would overwrite an input or another output, or that
 * may not be written (a missing permission), so that a lesson never computes for a minute and
 * then fails to save.
 *
 * @throws {UsageError} If an output names the file of an input or of another output.
 * @throws {LessonError} If writing an output is not allowed, with the flags that grant it.
 */
export async function checkOutputs<S extends Record<string, Flag>>(
  flags: S,
  values: FlagValues<S>,
  files: Files = denoFiles,
): Promise<void> {
  const named = (kind: "input" | "output") =>
    Object.entries(flags)
      .filter(([key, flag]) => flag.kind === kind && values[key] !== undefined)
      .map(([key]) => [flagName(key), values[key] as string] as const);
  const inputs = named("input");
  const outputs = named("output");
  for (const [i, [name, path]] of outputs.entries()) {
    const input = inputs.find(([, other]) => samePath(path, other));
    if (input !== undefined) {
      throw new UsageError(
        `${name} ${printable(path)} would overwrite the input ${input[0]} ${printable(input[1])}`,
      );
    }
    const output = outputs.slice(i + 1).find(([, other]) => samePath(path, other));
    if (output !== undefined) {
      throw new UsageError(`${name} and ${output[0]} name the same file, ${printable(path)}`);
    }
  }
  for (const [name, path] of outputs) await checkWritableFor(name.slice(2), path, files);
}

/** Prints "Try this" (each command with its question, not its answer), then "Your turn". */
export function tryThis(io: Io, { experiments = [], exercise }: LessonSpec<Record<string, Flag>>) {
  if (experiments.length > 0 || exercise !== undefined) io.log("");
  if (experiments.length > 0) io.log("Try this:");
  for (const { command, question } of experiments) {
    io.log(`  ${command}`);
    paragraph(io, question, "    ");
  }
  if (exercise !== undefined) {
    const number = /\/(\d\d)_/.exec(exercise.file)?.[1];
    paragraph(io, `Your turn: ${exercise.task} in ${exercise.file}, then run`);
    io.log(`  deno task exercise ${number}`);
  }
}

/** The `--seed` flag every seeded lesson has: the same default and bounds everywhere. */
export function seedFlag(help: string) {
  return { kind: "whole", default: DEFAULT_SEED, min: 0, max: MAX_SEED, help } as const;
}
