// What the lessons' tests share: run a lesson in process, capture what it prints, hand it files
// in memory. No permission is needed.

import type { Main } from "./cli.ts";
import { FileError } from "./errors.ts";
import type { Files, Io } from "./io.ts";

/** An `Io` that keeps what it is given, for tests: `out` and `err` hold the printed lines. */
export interface CapturedIo extends Io {
  readonly out: string[];
  readonly err: string[];
}

/** Makes an `Io` that records every line instead of printing it. */
export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  };
}

/** Files in memory, for tests: `files` maps each path to its text; folders are implied. */
export function memoryFiles(files: Record<string, string> = {}): Files & {
  files: Record<string, string>;
} {
  const isFolder = (path: string) => Object.keys(files).some((p) => p.startsWith(`${path}/`));
  return {
    files,
    readTextFile(path) {
      if (path in files) return Promise.resolve(files[path]);
      if (isFolder(path)) {
        return Promise.reject(new FileError("folder", `Is a directory: ${path}`));
      }
      return Promise.reject(new FileError("not found", `No such file: ${path}`));
    },
    writeTextFile(path, text) {
      files[path] = text;
      return Promise.resolve();
    },
    mkdir: () => Promise.resolve(),
    rename(from, to) {
      files[to] = files[from];
      delete files[from];
      return Promise.resolve();
    },
    remove(path) {
      delete files[path];
      return Promise.resolve();
    },
  };
}

/**
 * The printed entries with each paragraph on one line, as the lesson wrote it: the line breaks
 * that `paragraph` put in, and the indent after them, become single spaces. A test compares
 * these, so that its expectations do not depend on where a width breaks a line.
 */
export function unwrap(out: readonly string[]): string[] {
  return out.map((entry) => entry.replace(/\n */g, " "));
}

/** What a lesson's run gave: its exit code and the lines it printed on each stream. */
export interface LessonRun {
  code: number;
  out: string[];
  err: string[];
}

/**
 * Runs a lesson's `main` in process with `args`, capturing every printed line.
 *
 * @param files The files it may reach; none by default, so any file access fails as not found.
 */
export async function runLesson(
  main: Main,
  args: readonly string[] = [],
  files: Files = memoryFiles(),
): Promise<LessonRun> {
  const io = captureIo();
  const code = await main(args, io, files);
  return { code, out: io.out, err: io.err };
}
