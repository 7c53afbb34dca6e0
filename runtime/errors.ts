// The runtime's own kinds of failure. A usage error and a lesson error are one line and an exit
// code (see lessonMain); a file error says what went wrong with a file in words the runtime
// turns into that line, the same on disk, in memory and in the browser (no `Deno.errors`).

/** A mistake on the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure while running that the learner can fix (data, files, permissions): exit code 1. */
export class LessonError extends Error {
  override name = "LessonError";
}

/** What went wrong with a file, as `Files` reports it. */
export type FileProblem =
  /** Nothing is there. */
  | "not found"
  /** A folder, where a file was expected. */
  | "folder"
  /** Something that is neither a file nor a folder: a FIFO, a device, a socket. */
  | "not a regular file"
  /** The process lacks Deno's permission for it. */
  | "not permitted"
  /** Deno allows this path only with --allow-all (standard input by a path). */
  | "needs all access"
  /** The operating system refuses it. */
  | "denied"
  /** Anything else; the message says what. */
  | "other";

/** A file operation failed: `problem` says how, the message gives the details. */
export class FileError extends Error {
  override name = "FileError";
  /** How it failed. */
  readonly problem: FileProblem;

  constructor(problem: FileProblem, message: string) {
    super(message);
    this.problem = problem;
  }
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
