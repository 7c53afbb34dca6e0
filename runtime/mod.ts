/**
 * The lessons' runtime: the command line (a typed flag spec, `--help`, exit codes), where a lesson
 * prints (`Io`) and which files it touches (`Files`), and the in-memory versions the tests, the
 * walkthrough and the classroom page run lessons with.
 *
 * @module
 */
export * from "./cli.ts";
export * from "./errors.ts";
export * from "./files.ts";
export * from "./io.ts";
export * from "./lesson_intro.ts";
export * from "./separate.ts";
export * from "./testing.ts";
