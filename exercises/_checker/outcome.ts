// What checking one exercise gives: done, not started (its TODO is still in place), waiting for
// an earlier exercise whose TODO its code reached, or not done with the reason in plain words.

import type { Exercise, Module } from "./exercise.ts";
import type { Context } from "./context.ts";
import { isTodo, NotDone, placeInExercises } from "./expect.ts";

/** The result of checking one exercise. */
export type Outcome =
  | { status: "done"; showcase: string[] }
  | { status: "not started" }
  | { status: "waiting"; on: number }
  | { status: "not done"; problem: string[]; mistake?: string };

/**
 * Loads the learner's file with `load` and runs the exercise's check on it.
 *
 * @throws Any error that is neither the learner's nor a TODO: a bug in the checker.
 */
export async function runCheck(
  exercise: Exercise,
  load: (file: string) => Promise<Module>,
  context: Context,
): Promise<Outcome> {
  let module: Module;
  try {
    module = await load(exercise.file);
  } catch (error) {
    return { status: "not done", problem: loadProblem(exercise.file, error) };
  }
  try {
    return { status: "done", showcase: exercise.check(module, context) };
  } catch (error) {
    if (error instanceof NotDone) {
      return error.mistake === undefined
        ? { status: "not done", problem: error.lines }
        : { status: "not done", problem: error.lines, mistake: error.mistake };
    }
    if (isTodo(error)) {
      const from = todoSource(error);
      return from === undefined || from === exercise.number
        ? { status: "not started" }
        : { status: "waiting", on: from };
    }
    throw error;
  }
}

/** The number of the exercise file that threw a TODO error: the first one its stack names. */
function todoSource(error: Error): number | undefined {
  const number = placeInExercises(error.stack)?.match(/(\d\d)_\w+\.ts:/)?.[1];
  return number === undefined ? undefined : Number(number);
}

/** Why the learner's file does not load, in a line or two. */
function loadProblem(file: string, error: unknown): string[] {
  const path = `exercises/${file}`;
  const message = error instanceof Error ? error.message : String(error);
  if (/not found/i.test(message) && message.includes(`/${file}"`)) {
    return [
      `${path} is missing. deno task exercise --reset ${file.slice(0, 2)} brings back the blank.`,
    ];
  }
  const [first, ...rest] = message.split("\n").map((line) => line.trim()).filter(Boolean);
  const place = placeInExercises(error instanceof Error ? error.stack : undefined) ??
    placeInExercises(rest.join("\n"));
  return [
    `${path} does not load: ${first}`,
    ...(place && !first.includes(place) ? [`  at ${place}`] : []),
  ];
}
