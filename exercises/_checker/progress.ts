// The learner's progress: which exercises passed once (their solution is then shown), and for
// one not done, the wrong answer seen last and how many hints it has had, so that each further
// run with the same wrong answer shows the next hint. Kept in exercises/.progress.json, which
// git ignores and the learner may delete at any time (the hints then start again).

import type { Exercise, Mistake } from "./exercise.ts";
import { id } from "./exercise.ts";
import type { Outcome } from "./outcome.ts";

/** Where the progress is kept, from the project's root. */
export const PROGRESS_FILE = "exercises/.progress.json";

/** One exercise's progress. */
export interface ExerciseProgress {
  /** It passed at least once. */
  done?: boolean;
  /** The wrong answer seen last: its known mistake, or the first line of the message. */
  wrong?: string;
  /** How many of that wrong answer's hints were shown. */
  level?: number;
}

/** Every exercise's progress, by its two-digit number. */
export type Progress = Record<string, ExerciseProgress>;

/** The progress in `text`; anything unreadable counts as no progress (a fresh start). */
export function parseProgress(text: string | undefined): Progress {
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** The mistake every exercise knows: a type error, found before the code runs. */
export const TYPE_ERROR: Mistake = {
  name: "a type error",
  hints: [
    "What type does the function's first line promise, and what does your line give?",
    "TypeScript compares what your code returns or passes with the types written in the " +
    "signature: they must be the same.",
    "Change the code, not the signature: where it says `: number`, return one number, not a list.",
  ],
};

/** The known mistake an outcome names, if any. */
export function mistakeOf(e: Exercise, outcome: Outcome): Mistake | undefined {
  if (outcome.status !== "not done" || outcome.mistake === undefined) return undefined;
  return outcome.mistake === "typeError" ? TYPE_ERROR : e.mistakes[outcome.mistake];
}

/** The hints that fit an outcome that is not done: its mistake's, else the exercise's own. */
export function hintsFor(e: Exercise, outcome: Outcome): readonly string[] {
  if (outcome.status !== "not done") return [];
  return mistakeOf(e, outcome)?.hints ?? e.hints;
}

/**
 * The progress after checking `e`, and the hint level to show: 1 for a new wrong answer, one
 * more for each further run with the same one, one more again when the learner asked (--hint),
 * never past the last hint.
 */
export function record(
  progress: Progress,
  e: Exercise,
  outcome: Outcome,
  askedForHint = false,
): { progress: Progress; level: number } {
  const key = id(e.number);
  const before = progress[key] ?? {};
  if (outcome.status === "done") {
    return { progress: { ...progress, [key]: { done: true } }, level: 0 };
  }
  if (outcome.status !== "not done") return { progress, level: 0 };
  const wrong = outcome.mistake ?? outcome.problem[0];
  const seen = before.wrong === wrong ? before.level ?? 0 : 0;
  const level = Math.min(seen + 1 + (askedForHint ? 1 : 0), hintsFor(e, outcome).length);
  return { progress: { ...progress, [key]: { ...before, wrong, level } }, level };
}
