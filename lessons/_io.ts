// Where a lesson prints and which files it touches. Lessons print through an `Io` instead of
// `console` directly, and reach files through `Files` instead of `Deno` directly, so that a test
// can run a lesson in the same process, read every line it printed, and hand it files without
// granting it any permission (see _testing.ts).

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
