// Where a lesson prints and which files it touches. Lessons print through an `Io` instead of
// `console` directly, and reach files through `Files` instead of `Deno` directly, so that a test
// can run a lesson in the same process, read every line it printed, and hand it files without
// granting it any permission (see testing.ts).

/** The two streams a lesson writes to: `log` for its results, `error` for problems. */
export interface Io {
  log(line: string): void;
  error(line: string): void;
  /** How many columns a line may take: the terminal's width, or 80 when not a terminal. */
  readonly columns?: number;
}

/** The console, with the terminal's width when standard output is a terminal, else 80. */
export const consoleIo: Io = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  get columns() {
    return Deno.stdout.isTerminal() ? Deno.consoleSize().columns : 80;
  },
};

/** The file operations a lesson uses; they throw `Deno.errors.*` like Deno's own. */
export interface Files {
  /**
   * Reads a text file. Past `maxBytes` bytes it stops reading and throws a
   * {@link FileTooLargeError}, so that an endless file such as /dev/zero costs no more than that.
   */
  readTextFile(path: string, maxBytes?: number): Promise<string>;
  writeTextFile(path: string, text: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Whether this access is granted now; files that lack it grant everything. */
  permitted?(access: "read" | "write", path: string): Promise<boolean>;
}

/** A file went on past the bytes a read was allowed: reading stopped there. */
export class FileTooLargeError extends Error {
  override name = "FileTooLargeError";
  /** The most bytes the read allowed. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The file holds more than ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
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

/** The real file system, with Deno's permission checks. */
export const denoFiles: Files = {
  readTextFile: async (path, maxBytes) => readLimited((await Deno.open(path)).readable, maxBytes),
  writeTextFile: (path, text) => Deno.writeTextFile(path, text),
  mkdir: (path) => Deno.mkdir(path, { recursive: true }),
  rename: (from, to) => Deno.rename(from, to),
  remove: (path) => Deno.remove(path),
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
