// What the checker prints: one exercise's verdict with what to do next, and the list of all
// exercises with the progress. Every line fits 80 columns.

import { type Exercise, exercise, exercises, id } from "./catalog.ts";
import { wrap } from "./expect.ts";
import type { Outcome } from "./outcome.ts";

/** "Exercise 03, a prediction". */
export const heading = (e: Exercise): string => `Exercise ${id(e.number)}, ${e.title}`;

/** One word or two for the list: done, not started, not done, waits for 02. */
export function status(outcome: Outcome): string {
  return outcome.status === "waiting" ? `waits for ${id(outcome.on)}` : outcome.status;
}

/** Where to read about the exercise's idea. */
const lessonLine = (e: Exercise) =>
  `  Lesson ${e.lesson.match(/\d\d/)![0]} explains the idea: deno run ${e.lesson}`;

/**
 * What `deno task exercise` prints about one exercise: the verdict, then for one not done what
 * was expected and what the learner's code gave, the hint, the file and the lesson.
 *
 * @param showcase Whether a done exercise shows what the learner's code can do.
 */
export function report(e: Exercise, outcome: Outcome, showcase = true): string[] {
  const head = `${heading(e)}: ${outcome.status === "waiting" ? "not done" : outcome.status}`;
  const file = `exercises/${e.file}`;
  switch (outcome.status) {
    case "done":
      return [head, ...(showcase ? outcome.showcase.map((line) => `  ${line}`.trimEnd()) : [])];
    case "not started":
      return [
        head,
        ...wrap(`Open ${file} and write ${e.name} in place of its TODO.`),
        lessonLine(e),
        `  Then check it: deno task exercise ${id(e.number)}`,
      ];
    case "waiting": {
      const other = exercise(outcome.on);
      return [
        head,
        ...wrap(
          `Your ${e.name} reached the TODO of exercise ${id(other.number)}, ${other.title} ` +
            `(exercises/${other.file}): do that one first, deno task exercise ` +
            `${id(other.number)}.`,
        ),
      ];
    }
    case "not done":
      return [
        head,
        ...outcome.problem.map((line) => `  ${line}`),
        ...wrap(`Hint: ${e.hint}`),
        `  Your code: ${file}`,
        lessonLine(e),
      ];
  }
}

/** What `deno task exercises` prints: every exercise with its status, then the progress. */
export function listing(outcomes: readonly Outcome[]): string[] {
  const titleWidth = Math.max(...exercises.map((e) => e.title.length)) + 2;
  const fileWidth = Math.max(...exercises.map((e) => e.file.length)) + 2;
  const rows = exercises.map((e, i) =>
    `  ${id(e.number)}  ${e.title.padEnd(titleWidth)}${e.file.padEnd(fileWidth)}` +
    status(outcomes[i])
  );
  const done = outcomes.filter((o) => o.status === "done").length;
  const next = exercises.find((_, i) => outcomes[i].status !== "done");
  return [
    "Exercises: write each one in its file in exercises/, then check it.",
    "",
    ...rows,
    "",
    `${done}/${exercises.length} done. ` +
    (next
      ? `Next: exercise ${id(next.number)}, deno task exercise ${id(next.number)}`
      : "All done! Compare with the solutions in exercises/solutions/."),
  ];
}
