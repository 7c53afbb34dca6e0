// The command line of the lessons that take flags: reading and checking flags, turning every
// mistake into one clear line and an exit code, and writing output files safely.

import { parseArgs } from "node:util";
import { denoFiles, type Files, type Io } from "./_io.ts";

/** Exit codes: 0 success, 1 a failure while running (bad data, I/O), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake on the command line: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure while running that the learner can fix (data, permissions): exit code 1. */
export class LessonError extends Error {
  override name = "LessonError";
}

/** One flag of a lesson, for parsing and for `--help`. */
export interface FlagSpec {
  /** What the value is, in `--help`: e.g. "RATE". */
  value: string;
  /** One line for `--help`. */
  description: string;
  /** The default, shown in `--help`; none means the flag is optional. */
  default?: string | number;
}

/** The command-line interface of one lesson. */
export interface Cli {
  /** How to run it, e.g. "deno run lessons/08_train.ts [flags]". */
  usage: string;
  /** One line on what the lesson does. */
  summary: string;
  flags: Record<string, FlagSpec>;
  /** Example commands for `--help`. */
  examples: string[];
}

/** The text `--help` prints. */
export function helpText(cli: Cli): string {
  const rows = Object.entries(cli.flags).map(([name, flag]) => {
    const left = `--${name} ${flag.value}`;
    const fallback = flag.default === undefined ? "" : ` (default: ${flag.default})`;
    return `  ${left.padEnd(26)}${flag.description}${fallback}`;
  });
  return [
    cli.summary,
    "",
    `Usage: ${cli.usage}`,
    "",
    "Flags:",
    ...rows,
    `  ${"--help, -h".padEnd(26)}Print this help and exit`,
    "",
    "Examples:",
    ...cli.examples.map((example) => `  ${example}`),
    "",
    "Exit codes: 0 success, 1 a failure while running (bad data, I/O), 2 a usage error.",
  ].join("\n");
}

/**
 * Reads the flags of `cli` from `args`, every value as text (checked afterwards by the
 * `*Flag` functions below). `help` is true when `--help` was given.
 *
 * @throws {UsageError} For an unknown flag, a flag without its value, or a stray argument.
 */
export function readFlags(
  args: readonly string[],
  cli: Cli,
): { help: boolean; values: Record<string, string | undefined> } {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const name of Object.keys(cli.flags)) options[name] = { type: "string" };
  try {
    const { values } = parseArgs({ args: joinNegativeValues(args, cli), options, strict: true });
    const { help, ...rest } = values as Record<string, string | boolean | undefined>;
    return { help: help === true, values: rest as Record<string, string | undefined> };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^']*)'/.exec((error as Error).message)?.[1] ?? "";
    const flag = quoted.split(" ")[0];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`Unknown flag ${flag}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(`Missing a value for ${flag}`);
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw new UsageError(`Unexpected argument "${quoted}": every value follows its flag`);
    }
    throw error;
  }
}

/**
 * `--learning-rate -0.1` means the value -0.1, but parseArgs takes "-0.1" for a flag. Joining
 * such pairs into `--learning-rate=-0.1` lets the value reach its check, which then says what
 * is wrong with it.
 */
function joinNegativeValues(args: readonly string[], cli: Cli): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    const isFlag = args[i].startsWith("--") && args[i].slice(2) in cli.flags;
    if (isFlag && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else {
      joined.push(args[i]);
    }
  }
  return joined;
}

function parseNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === "" || Number.isNaN(value)) {
    throw new UsageError(`Invalid --${flag} "${text}": not a number`);
  }
  return value;
}

/** The value of a flag that must be a positive finite number, e.g. `--learning-rate`. */
export function positiveNumberFlag(
  flag: string,
  text: string | undefined,
  fallback: number,
): number {
  if (text === undefined) return fallback;
  const value = parseNumber(flag, text);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new UsageError(`Invalid --${flag} "${text}": expected a positive finite number`);
  }
  return value;
}

/** The value of a flag that must be a positive whole number up to `max`, e.g. `--iterations`. */
export function positiveIntegerFlag(
  flag: string,
  text: string | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (text === undefined) return fallback;
  const value = parseNumber(flag, text);
  if (!(Number.isInteger(value) && value > 0)) {
    throw new UsageError(`Invalid --${flag} "${text}": expected a positive whole number`);
  }
  if (value > max) {
    throw new UsageError(`Invalid --${flag} "${text}": at most ${max} allowed`);
  }
  return value;
}

/** The value of a whole-number flag within [min, max], e.g. `--seed`. */
export function wholeNumberFlag(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = parseNumber(flag, text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `Invalid --${flag} "${text}": expected a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * Runs a lesson from its command line: reads the flags of `cli` from `args`, prints the help
 * for `--help`, or else runs `body` with the flags' values (as text, checked by the `*Flag`
 * functions above). Whatever the body throws becomes one line on `io.error` and an exit code:
 * 2 for a usage error, 1 for bad data, a missing file or a missing permission. Anything else is
 * a bug in the lesson and is thrown on, with its stack.
 *
 * @returns The exit code: 0, 1 or 2.
 */
export async function runLesson(
  args: readonly string[],
  io: Io,
  cli: Cli,
  body: (values: Record<string, string | undefined>) => Promise<void> | void,
): Promise<number> {
  try {
    const { help, values } = readFlags(args, cli);
    if (help) io.log(helpText(cli));
    else await body(values);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`Error: ${error.message}. Run with --help for usage.`);
      return EXIT_USAGE;
    }
    if (
      error instanceof LessonError || error instanceof SyntaxError || error instanceof RangeError
    ) {
      io.error(`Error: ${error.message}`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

/**
 * Reads a text file for a flag, with a clear error when it is missing or not allowed.
 *
 * @throws {LessonError} If the file does not exist, cannot be read, or read access is missing.
 */
export async function readTextFileFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
): Promise<string> {
  try {
    return await files.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new LessonError(`--${flag} ${path}: no such file`);
    }
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        `--${flag} ${path}: reading it needs read permission; run with --allow-read=${path}`,
      );
    }
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new LessonError(`--${flag} ${path}: the system denies reading it`);
    }
    if (error instanceof Deno.errors.IsADirectory) {
      throw new LessonError(`--${flag} ${path}: is a folder, not a file`);
    }
    throw new LessonError(`--${flag} ${path}: cannot read it (${(error as Error).message})`);
  }
}

/**
 * Writes a text file for a flag without ever leaving a half-written file: it creates the
 * folder if needed, writes a temporary file beside the target, then renames it into place.
 * Renaming needs read access to the folder as well as write access.
 *
 * @throws {LessonError} If write access is missing or the file cannot be written.
 */
export async function writeTextFileFor(
  flag: string,
  path: string,
  text: string,
  files: Files = denoFiles,
): Promise<void> {
  const slash = path.lastIndexOf("/");
  const folder = slash === -1 ? "." : path.slice(0, slash) || "/";
  const temporary = `${folder}/.${path.slice(slash + 1)}.${crypto.randomUUID()}.tmp`;
  try {
    await files.mkdir(folder);
    await files.writeTextFile(temporary, text);
    await files.rename(temporary, path);
  } catch (error) {
    await files.remove(temporary).catch(() => {});
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        `--${flag} ${path}: writing it needs write permission, and read permission to move ` +
          `it into place; run with --allow-read=${folder} --allow-write=${folder}`,
      );
    }
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new LessonError(`--${flag} ${path}: the system denies writing there`);
    }
    throw new LessonError(`--${flag} ${path}: cannot write it (${(error as Error).message})`);
  }
}
