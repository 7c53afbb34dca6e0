// The checker's worker: it imports the learner's exercise file and runs its check away from the
// main thread, so that code that never ends can be stopped (the main thread terminates the
// worker when the time limit passes). Before each call of the learner's code it tells the main
// thread which call, so that a loop that never ends is reported with it (channel.ts, shared with
// the classroom page). Each check gets a fresh worker, so a saved file is read anew. The worker
// has the checker's permissions.

import { answerChecks, type CheckJob } from "./channel.ts";

/** What the main thread asks: check exercise `number`, whose files are in `folder` (a URL). */
export interface Job extends CheckJob {
  folder: string;
}

answerChecks<Job>((job) => (file) => import(new URL(file, job.folder).href));
