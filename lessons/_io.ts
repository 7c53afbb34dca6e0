// Where a lesson prints. Lessons print through an `Io` instead of `console` directly, so that a
// test can run a lesson in the same process and read every line it printed.

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
