// The command line of every lesson, written once. A lesson declares its flags in a typed spec
// (name, kind, default, bounds, help); the runner parses the arguments with it, checks each value
// by its kind and bounds, answers --help, and hands the lesson typed values. Expected failures
// (a bad flag, bad data, a missing permission) are one line and an exit code; anything else is
// a bug and is thrown on with its stack trace.

import { printable } from "../lib/data/_printable.ts";
import { DEFAULT_SEED, MAX_SEED } from "../lib/random/seed.ts";
import { TrainingDivergedError } from "../lib/train.ts";
import { consoleIo, denoFiles, type Files, type Io } from "./io.ts";

/** A mistake on the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure while running that the learner can fix (data, files, permissions): exit code 1. */
export class LessonError extends Error {
  override name = "LessonError";
}

/** One flag: its kind decides how its text is read and checked. */
export type Flag =
  & { help: string; value?: string }
  & (
    | { kind: "number"; default?: number; min?: number; above?: number; max?: number }
    | { kind: "whole"; default: number; min: number; max: number }
    | { kind: "path"; default?: string }
    | { kind: "list"; default?: readonly number[]; length: number; min: number; max: number }
    | { kind: "switch" }
  );

type ValueOf<F extends Flag> = F extends { kind: "whole" } ? number
  : F extends { kind: "number"; default: number } ? number
  : F extends { kind: "number" } ? number | undefined
  : F extends { kind: "path"; default: string } ? string
  : F extends { kind: "path" } ? string | undefined
  : F extends { kind: "list"; default: readonly number[] } ? number[]
  : F extends { kind: "list" } ? number[] | undefined
  : boolean;

/** The values a lesson receives: one per flag, typed by its kind. */
export type FlagValues<S extends Record<string, Flag>> = {
  -readonly [K in keyof S]: ValueOf<S[K]>;
};

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
    case "path":
      return "a file path";
    case "list":
      return `${flag.length} numbers from ${flag.min} to ${flag.max}, separated by commas`;
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
    case "path":
      if (text === "") throw bad();
      return text;
    case "list": {
      const values = text.split(",").map(number);
      const fits = (x: number) => Number.isFinite(x) && x >= flag.min && x <= flag.max;
      if (values.length !== flag.length || !values.every(fits)) throw bad();
      return values;
    }
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
    values[key] = key in given ? given[key] : flag.kind === "switch" ? false : flag.default;
  }
  return { help, values: values as FlagValues<S> };
}

/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
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
    const fallback = flag.kind === "switch" || flag.default === undefined
      ? (flag.kind === "number" || flag.kind === "list" ? ` (${expected(flag)})` : "")
      : flag.kind === "path"
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
      if (help) io.log(helpText(command, spec));
      else await lesson(values, io, files);
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

/** The `--seed` flag every seeded lesson has: the same default and bounds everywhere. */
export function seedFlag(help: string) {
  return { kind: "whole", default: DEFAULT_SEED, min: 0, max: MAX_SEED, help } as const;
}
