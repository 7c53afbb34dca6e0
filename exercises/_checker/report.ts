// What the checker prints: one exercise's verdict with what to do next, and the list of all
// exercises with the progress. Every line fits 80 columns.

import { type Exercise, id } from "./exercise.ts";
import { wrap } from "./expect.ts";
import { exercise, exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import { hintsFor, mistakeOf, type Progress, PROGRESS_FILE } from "./progress.ts";

/** "Exercise 03, the gradients". */
export const heading = (e: Exercise): string => `Exercise ${id(e.number)}, ${e.title}`;

/** One word or two for the list: done, not started, not done, waits for 02. */
export function status(outcome: Outcome): string {
  return outcome.status === "waiting" ? `waits for ${id(outcome.on)}` : outcome.status;
}

/** Where to read about the exercise's idea. */
const lessonLine = (e: Exercise) =>
  `  Lesson ${e.lesson.match(/\d\d/)![0]} explains the idea: deno run ${e.lesson}`;

/** A line of at most 80 columns, or several, continued four columns further in. */
function fit(line: string): string[] {
  if (line.length <= 80) return [line];
  const indent = line.match(/^ */)![0];
  const [first, ...rest] = wrap(line.trimStart(), `${indent}  `);
  return [indent + first.trimStart(), ...rest];
}

/** "dot, sigmoid and makePrediction". */
const names = (e: Exercise) =>
  e.names.length === 1 ? e.names[0] : `${e.names.slice(0, -1).join(", ")} and ${e.names.at(-1)}`;

/**
 * What `deno task exercise` prints about one exercise: the verdict, then for one not done what
 * was expected and what the learner's code gave, the mistake it looks like, the hint of level
 * `level` (1 is the first), the file and the lesson.
 *
 * @param showcase Whether a done exercise shows what the learner's code can do.
 */
export function report(e: Exercise, outcome: Outcome, level = 1, showcase = true): string[] {
  const head = `${heading(e)}: ${outcome.status === "waiting" ? "not done" : outcome.status}`;
  const file = `exercises/${e.file}`;
  switch (outcome.status) {
    case "done":
      return [
        head,
        ...(showcase ? outcome.showcase.map((line) => `  ${line}`.trimEnd()) : []),
        `  A solution to compare with: deno task exercise --solution ${id(e.number)}`,
      ];
    case "not started":
      return [
        head,
        ...wrap(`Open ${file} and write ${names(e)} in place of the TODO.`),
        lessonLine(e),
        `  Then check it: deno task exercise ${id(e.number)}`,
      ];
    case "waiting": {
      const other = exercise(outcome.on);
      return [
        head,
        ...wrap(
          `Your code reached the TODO of exercise ${id(other.number)}, ${other.title} ` +
            `(exercises/${other.file}): do that one first, deno task exercise ` +
            `${id(other.number)}.`,
        ),
      ];
    }
    case "not done": {
      const hints = hintsFor(e, outcome);
      const shown = Math.max(1, Math.min(level, hints.length));
      const mistake = mistakeOf(e, outcome);
      const more = shown < hints.length
        ? ["  (The next hint: run it again with the same answer, or add --hint.)"]
        : [];
      return [
        head,
        ...outcome.problem.flatMap((line) => fit(`  ${line}`)),
        ...(mistake ? [`  Diagnosis: ${mistake.name}.`] : []),
        ...wrap(`Hint ${shown} of ${hints.length}: ${hints[shown - 1]}`),
        ...more,
        `  Your code: ${file}`,
        lessonLine(e),
      ];
    }
  }
}

/**
 * What `deno task exercises` prints: every exercise with its status, the hints seen so far of
 * those not done (from the progress file), then the progress.
 */
export function listing(outcomes: readonly Outcome[], progress: Progress = {}): string[] {
  const titleWidth = Math.max(...exercises.map((e) => e.title.length)) + 2;
  const fileWidth = Math.max(...exercises.map((e) => e.file.length)) + 2;
  const rows = exercises.map((e, i) =>
    `  ${id(e.number)}  ${e.title.padEnd(titleWidth)}${e.file.padEnd(fileWidth)}` +
    status(outcomes[i])
  );
  const seen = exercises.flatMap((e, i) => {
    const level = progress[id(e.number)]?.level;
    const outcome = outcomes[i];
    return outcome.status === "not done" && level
      ? [`${id(e.number)} (${level} of ${hintsFor(e, outcome).length})`]
      : [];
  });
  const done = outcomes.filter((o) => o.status === "done").length;
  const next = exercises.find((_, i) => outcomes[i].status !== "done");
  return [
    "Exercises: write each one in its file in exercises/, then check it.",
    "",
    ...rows,
    "",
    ...(seen.length > 0 ? wrap(`Hints seen so far: ${seen.join(", ")}.`, "") : []),
    `${done}/${exercises.length} done. ` +
    (next
      ? `Next: exercise ${id(next.number)}, deno task exercise ${id(next.number)}`
      : "All done! deno task exercise --solution NN shows a solution."),
    `Your progress is kept in ${PROGRESS_FILE} (delete it to start over).`,
  ];
}
