// Where a lesson prints and which files it touches. Lessons print through an `Io` instead of
// `console` directly, and reach files through `Files` instead of `Deno` directly, so that a test
// can run a lesson in the same process, read every line it printed, and hand it files without
// granting it any permission (see testing.ts).

import { FileError, type FileProblem, FileTooLargeError } from "./errors.ts";

export { FileError, type FileProblem, FileTooLargeError } from "./errors.ts";

/** The two streams a lesson writes to: `log` for its results, `error` for problems. */
export interface Io {
  log(line: string): void;
  error(line: string): void;
  /** How many columns a line may take: the terminal's width, or 80 when not a terminal. */
  readonly columns?: number;
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

/**
 * Prints one paragraph, wrapped at spaces to the width of `io` (the terminal's, or 80 when
 * piped), each line after `indent`. It is one entry of `io.log`, its lines joined by newlines,
 * so that a test can compare the paragraph whatever the width (see `unwrap`).
 *
 * @example Two lines at 20 columns
 * ```ts
 * import { paragraph } from "./io.ts";
 * const out: string[] = [];
 * paragraph({ log: (l) => out.push(l), error() {}, columns: 20 }, "The bias moves the line off the origin.");
 * if (out[0] !== "The bias moves the\nline off the origin.") throw new Error(out[0]);
 * ```
 */
export function paragraph(io: Io, text: string, indent = ""): void {
  const width = (io.columns ?? 80) - indent.length;
  io.log(wrap(text, width).map((line) => `${indent}${line}`).join("\n"));
}

/**
 * The console, with the terminal's width when standard output is a terminal that knows its
 * size, else 80 (a pseudo-terminal with no size set reports 0 columns).
 */
export const consoleIo: Io = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  get columns() {
    return terminalColumns(Deno.stdout.isTerminal() ? Deno.consoleSize().columns : 0);
  },
};

/** The width to wrap at for a terminal of `columns` columns: 80 when it says 0 (no size). */
export function terminalColumns(columns: number): number {
  return columns > 0 ? columns : 80;
}

/**
 * The file operations a lesson uses. They fail with a {@link FileError} (or a
 * {@link FileTooLargeError}), the same in memory, on disk and in a browser.
 */
export interface Files {
  /**
   * Reads a text file. Anything that is not a regular file (a folder, a FIFO, a device) is
   * refused before it is opened, so that nothing waits on it. Past `maxBytes` bytes it stops
   * reading and throws a {@link FileTooLargeError}.
   */
  readTextFile(path: string, maxBytes?: number): Promise<string>;
  writeTextFile(path: string, text: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Whether this access is granted now; files that lack it grant everything. */
  permitted?(access: "read" | "write", path: string): Promise<boolean>;
}

/**
 * Reads text from a stream of bytes, at most `maxBytes` of them: it counts while reading, and
 * stops (cancelling the stream) as soon as the count passes the limit.
 *
 * @throws {FileTooLargeError} If the stream holds more than `maxBytes` bytes.
 */
export async function readLimited(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes = Infinity,
): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) throw new FileTooLargeError(maxBytes);
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** Deno's error as the runtime's own: how it failed, with Deno's message. */
export function fileErrorOf(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof FileError) return error;
  const problem: FileProblem | undefined = error instanceof Deno.errors.NotFound
    ? "not found"
    : error instanceof Deno.errors.IsADirectory
    ? "folder"
    : error instanceof Deno.errors.NotCapable
    ? (/\ball access\b/.test(error.message) ? "needs all access" : "not permitted")
    : error instanceof Deno.errors.PermissionDenied
    ? "denied"
    : undefined;
  return new FileError(problem ?? "other", error.message);
}

/** Runs a file operation of Deno's, failing with the runtime's own errors. */
async function deno<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw fileErrorOf(error);
  }
}

/** The real file system, with Deno's permission checks. */
export const denoFiles: Files = {
  readTextFile: (path, maxBytes) =>
    deno(async () => {
      // Opening a FIFO waits for a writer, and a device may never end: look before opening.
      const info = await Deno.stat(path);
      if (info.isDirectory) throw new FileError("folder", `Is a directory: ${path}`);
      if (!info.isFile) throw new FileError("not a regular file", `Not a regular file: ${path}`);
      return await readLimited((await Deno.open(path)).readable, maxBytes);
    }),
  writeTextFile: (path, text) => deno(() => Deno.writeTextFile(path, text)),
  mkdir: (path) => deno(() => Deno.mkdir(path, { recursive: true })),
  rename: (from, to) => deno(() => Deno.rename(from, to)),
  remove: (path) => deno(() => Deno.remove(path)),
  permitted: async (access, path) =>
    (await Deno.permissions.query({ name: access, path })).state === "granted",
};

/** Where a process learns that it is asked to stop (Ctrl+C, or `kill`), and how it stops. */
export interface Signals {
  /**
   * Calls `stop` when SIGINT or SIGTERM arrives, instead of ending the process, until the
   * returned function is called; then those signals end the process again.
   */
  onInterrupt(stop: (signal: "SIGINT" | "SIGTERM") => void): () => void;
  /** Ends the process with this exit code. */
  exit(code: number): void;
}

/** The process's own signals. Listening to them needs no permission. */
export const denoSignals: Signals = {
  onInterrupt(stop) {
    const listening: [Deno.Signal, () => void][] = [];
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const listener = () => stop(signal);
      try {
        Deno.addSignalListener(signal, listener);
        listening.push([signal, listener]);
      } catch {
        // Windows has no SIGTERM: the other signal still cleans up.
      }
    }
    return () => {
      for (const [signal, listener] of listening.splice(0)) {
        Deno.removeSignalListener(signal, listener);
      }
    };
  },
  exit: (code) => Deno.exit(code),
};
