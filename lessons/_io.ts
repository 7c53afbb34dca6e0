// Where a lesson prints and which files it touches. Lessons print through an `Io` instead of
// `console` directly, and reach files through `Files` instead of `Deno` directly, so that a test
// can run a lesson in the same process, read every line it printed, and hand it files without
// granting it any permission.

/** The two streams a lesson writes to: `log` for its results, `error` for problems. */
export interface Io {
  log(line: string): void;
  error(line: string): void;
}

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

/** The file operations a lesson uses; they throw `Deno.errors.*` like Deno's own. */
export interface Files {
  readTextFile(path: string): Promise<string>;
  writeTextFile(path: string, text: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** The real file system, with Deno's permission checks. */
export const denoFiles: Files = {
  readTextFile: (path) => Deno.readTextFile(path),
  writeTextFile: (path, text) => Deno.writeTextFile(path, text),
  mkdir: (path) => Deno.mkdir(path, { recursive: true }),
  rename: (from, to) => Deno.rename(from, to),
  remove: (path) => Deno.remove(path),
};

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
        return Promise.reject(new Deno.errors.IsADirectory(`Is a directory: ${path}`));
      }
      return Promise.reject(new Deno.errors.NotFound(`No such file: ${path}`));
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
