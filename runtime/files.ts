// Files for flags: reading a data file named by --data, writing a picture named by --plot. Every
// failure becomes a LessonError that names the flag, the path and what to do about it.

import { printable } from "../lib/data/_printable.ts";
import { type Dataset, parseDataset } from "../lib/data/parse_dataset.ts";
import { FileError, FileTooLargeError, LessonError } from "./errors.ts";
import { denoFiles, denoSignals, type Files, type Signals } from "./io.ts";

/** The most a data file may hold: 100 MB. Reading stops there, whatever the file is. */
export const MAX_DATA_BYTES = 100_000_000;

/**
 * Reads and parses the CSV data file named by a flag, of at most {@link MAX_DATA_BYTES}.
 *
 * @throws {LessonError} If the file cannot be read, is too large or is not a valid data set.
 */
export async function readDatasetFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
): Promise<Dataset> {
  const text = await readTextFileFor(flag, path, files, MAX_DATA_BYTES);
  try {
    return parseDataset(text, path);
  } catch (error) {
    if (error instanceof SyntaxError) throw new LessonError(error.message);
    throw error;
  }
}

/**
 * Reads a text file for a flag, with a clear error when it is missing, not allowed or too large.
 *
 * @param maxBytes Reading stops past this many bytes, so that an endless file such as /dev/zero
 * ends in an error instead of filling the memory.
 * @throws {LessonError} If the file does not exist, cannot be read, read access is missing, or
 * it holds more than `maxBytes` bytes.
 */
export async function readTextFileFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
  maxBytes = MAX_DATA_BYTES,
): Promise<string> {
  const name = `--${flag} ${printable(path)}`;
  try {
    return await files.readTextFile(path, maxBytes);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      throw new LessonError(
        `${name}: larger than ${megabytes(maxBytes)}, the most --${flag} reads`,
      );
    }
    if (!(error instanceof FileError)) throw error;
    switch (error.problem) {
      case "not found":
        throw new LessonError(`${name}: no such file`);
      case "needs all access":
        // Deno reads standard input by a path (/dev/stdin, /dev/fd/0) only with --allow-all.
        throw new LessonError(
          `${name}: Deno reads this path only with --allow-all; save the data to a file and ` +
            `pass that file, with --allow-read for it`,
        );
      case "not permitted":
        throw new LessonError(
          `${name}: reading it needs read permission; run with --allow-read=${printable(path)}`,
        );
      case "denied":
        throw new LessonError(`${name}: the system denies reading it`);
      case "folder":
        throw new LessonError(`${name}: is a folder, not a file`);
      case "not a regular file":
        throw new LessonError(`${name}: is not a regular file (a FIFO, a device or a socket)`);
    }
    throw new LessonError(`${name}: cannot read it (${printable((error as Error).message)})`);
  }
}

/** 100000000 bytes is "100 MB". */
const megabytes = (bytes: number) => `${+(bytes / 1e6).toPrecision(3)} MB`;

/** Where a file is written before it is renamed into place: beside it, hidden, unique. */
function temporaryFor(path: string): string {
  return `${folderOf(path)}/.${path.slice(path.lastIndexOf("/") + 1)}.${crypto.randomUUID()}.tmp`;
}

/** The folder of a path: `out` for out/chart.svg, `.` for chart.svg. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash) || "/";
}

/** How long an interrupted write waits for a file operation under way to finish. */
const SETTLE_MS = 500;

/** How a file is written safely: where the temporary goes, and the signals that interrupt. */
export interface WriteOptions {
  /**
   * The temporary file, renamed into place at the end. By default a unique hidden name beside
   * the target, which needs access to the whole folder; a fixed name can be allowed on its own
   * (`--allow-write=README.md,.README.md.tmp`).
   */
  temporary?: string;
  /** Ctrl+C and `kill` while writing remove the temporary before the process ends. */
  signals?: Signals;
  /**
   * How long, in milliseconds, an interrupted write waits for a file operation under way to
   * finish: 500 by default; a test of the bound may shorten it.
   */
  settleMs?: number;
}

/** The flags that grant what writing `path` needs, for the messages about them. */
function grantsFor(path: string, temporary?: string): string {
  const paths = temporary === undefined ? folderOf(path) : `${path},${temporary}`;
  return `--allow-read=${printable(paths)} --allow-write=${printable(paths)}`;
}

/**
 * Checks, before any work, that writing `path` for a flag is allowed, so that a lesson does not
 * compute for a minute and then fail to save: the permissions, then a trial write of an empty
 * temporary file beside it (removed at once). Files without permission checks allow it.
 *
 * @throws {LessonError} If read or write access is missing, with the flags that grant them, or
 * if the folder cannot be created or written.
 */
export async function checkWritableFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
  temporary?: string,
): Promise<void> {
  if (files.permitted === undefined) return;
  const paths = temporary === undefined ? [folderOf(path)] : [path, temporary];
  for (const access of ["read", "write"] as const) {
    for (const needed of paths) {
      if (!await files.permitted(access, needed)) {
        throw new LessonError(writeAccessMessage(flag, path, temporary));
      }
    }
  }
  // Permission is not all: a folder may be impossible to create (/proc/new/chart.svg, or under
  // a file) or the system may deny writing in it. So the check does what writing will do, with
  // an empty temporary file it removes at once; a folder it creates for the output stays.
  const probe = temporary ?? temporaryFor(path);
  try {
    await createFolderOf(path, files);
    await files.writeTextFile(probe, "");
  } catch (error) {
    throw writeFailure(flag, path, error, temporary);
  } finally {
    await files.remove(probe).catch(() => {});
  }
}

/** Creates the folder a path is in, and the folders above it, if they do not exist yet. */
async function createFolderOf(path: string, files: Files): Promise<void> {
  const folder = folderOf(path);
  if (folder !== ".") await files.mkdir(folder); // the working folder exists already
}

/** The one line for a write that failed, naming the flag and the path. */
function writeFailure(flag: string, path: string, error: unknown, temporary?: string): Error {
  const name = `--${flag} ${printable(path)}`;
  if (error instanceof FileError && error.problem === "not permitted") {
    return new LessonError(writeAccessMessage(flag, path, temporary));
  }
  if (error instanceof FileError && error.problem === "denied") {
    return new LessonError(`${name}: the system denies writing there`);
  }
  return new LessonError(`${name}: cannot write it (${printable((error as Error).message)})`);
}

function writeAccessMessage(flag: string, path: string, temporary?: string): string {
  return `--${flag} ${printable(path)}: writing it needs write permission, and read permission ` +
    `to move it into place; run with ${grantsFor(path, temporary)}`;
}

/**
 * Writes a text file for a flag without ever leaving a half-written file: it creates the
 * folder if needed, writes a temporary file beside the target, then renames it into place.
 * Renaming needs read access to the folder as well as write access. Should the process be
 * interrupted (Ctrl+C, `kill`) while writing, it removes the temporary file, then ends with the
 * signal's exit code (130 for Ctrl+C, 143 for `kill`).
 *
 * @throws {LessonError} If write access is missing or the file cannot be written.
 */
export async function writeTextFileFor(
  flag: string,
  path: string,
  text: string,
  files: Files = denoFiles,
  options: WriteOptions = {},
): Promise<void> {
  const { temporary = temporaryFor(path), signals = denoSignals, settleMs = SETTLE_MS } = options;
  const writing = (async () => {
    await createFolderOf(path, files);
    await files.writeTextFile(temporary, text);
    await files.rename(temporary, path);
  })();
  const listening = signals.onInterrupt(async (signal) => {
    await files.remove(temporary).catch(() => {});
    // A file operation under way may still create the temporary: give it a moment, then look
    // again. Writing a picture takes milliseconds; the wait is bounded all the same.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const moment = new Promise((resolve) => timer = setTimeout(resolve, settleMs));
    await Promise.race([writing.catch(() => {}), moment]);
    clearTimeout(timer);
    await files.remove(temporary).catch(() => {});
    signals.exit(signal === "SIGINT" ? 130 : 143);
  });
  try {
    await writing;
  } catch (error) {
    await files.remove(temporary).catch(() => {});
    throw writeFailure(flag, path, error, options.temporary);
  } finally {
    listening();
  }
}
