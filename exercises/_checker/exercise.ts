// What an exercise is, as data a terminal or a page can read, and the check beside it. Each
// exercise is two files side by side: the learner's NN_name.ts and its NN_name.check.ts, which
// exports `exercise` (this data, nothing else) and `check` (a pure function: no Deno API, no
// file, no timer; the runner loads the learner's module and hands it in).

import type { Context } from "./context.ts";

/** A learner's exercise file, as imported. */
export type Module = Record<string, unknown>;

/**
 * Hints in the order a learner should meet them: first a question, then what the wrong value
 * equals (or what the right one must), only then the formula.
 */
export type HintLevels = readonly string[];

/** A mistake that a check recognises from the wrong value itself. */
export interface Mistake {
  /** Its name, as the learner reads it: "the exponent's sign". */
  name: string;
  hints: HintLevels;
}

/** The data that describes one exercise. */
export interface ExerciseInfo {
  number: number;
  /** The learner's file in exercises/; its blank is in exercises/_blanks/, the solution in
   * exercises/solutions/, and its check beside it with .check.ts in place of .ts. */
  file: string;
  title: string;
  /** The functions (or the class) the learner writes, in the file's order. */
  names: readonly string[];
  /** The lesson that explains the idea. */
  lesson: string;
  /** The earlier exercises whose code this one's code calls. */
  uses: readonly number[];
  /** The hints for a wrong answer that is none of the known mistakes. */
  hints: HintLevels;
  /** The mistakes the check names, by id; a test per mistake shows its message. */
  mistakes: Readonly<Record<string, Mistake>>;
}

/**
 * Checks the learner's module.
 *
 * @returns Lines to show once it passes, if any.
 * @throws {NotDone} At the first wrong answer, naming the mistake when it is a known one.
 */
export type Check = (module: Module, context: Context) => string[];

/** An exercise's data and its check, as the runner lists them. */
export interface Exercise extends ExerciseInfo {
  check: Check;
}

/** "03": how exercise numbers are written. */
export const id = (number: number): string => String(number).padStart(2, "0");
