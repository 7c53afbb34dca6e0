// The classroom page's exercise worker: the terminal's checker, run on the learner's files as the
// page holds them. It answers the page through the same channel as the terminal's worker
// (exercises/_checker/channel.ts), with the same checks, and loads the learner's TypeScript with
// exercise_loader.ts in place of Deno's import. Each check gets a fresh worker, stopped after the
// same time limit as in a terminal.

import { answerChecks, type CheckJob } from "../../exercises/_checker/channel.ts";
import { sourceLoader, type Sources } from "./exercise_loader.ts";

/** What the page asks: check exercise `number`, whose file is `folder` + its name in `sources`. */
export interface ExerciseJob extends CheckJob {
  /** "exercises/" for the learner's own files. */
  folder: string;
  sources: Sources;
}

/** Starts answering the page's checks. */
export function serveExercises(): void {
  answerChecks<ExerciseJob>((job) => sourceLoader(job.sources, job.folder));
}
