// Runs one exercise's check in a worker of its own, with a time limit: code that loops forever
// is stopped and reported with the call it was in, and the next check starts afresh (channel.ts).

import { LessonError } from "../../runtime/cli.ts";
import type { Context } from "./context.ts";
import { superviseCheck } from "./channel.ts";
import type { Outcome } from "./outcome.ts";
import type { Job } from "./worker.ts";

/** Checks exercise `number` and tells how it went. */
export type Runner = (number: number) => Promise<Outcome>;

/** How checks run: where the exercise files are, how long each may take, what they need. */
export interface RunnerOptions {
  /** The folder of the learner's files, as a URL ending in a slash. */
  folder: URL;
  /** Seconds one exercise's check may take. */
  timeLimit: number;
  context: Context;
}

/** The folders the checker reads: the learner's files, and lib/ which the checks compare with. */
function neededFolders(folder: URL): URL[] {
  return [folder, new URL("../../lib/", import.meta.url)];
}

/**
 * A runner that checks each exercise in a new worker, stopped after the time limit.
 *
 * @throws {LessonError} If read access to the exercises or lib/ is missing.
 */
export function workerRunner({ folder, timeLimit, context }: RunnerOptions): Runner {
  for (const needed of neededFolders(folder)) {
    const { state } = Deno.permissions.querySync({ name: "read", path: needed });
    if (state !== "granted") {
      throw new LessonError(
        `the checker needs to read exercises/ and lib/; run it with deno task exercise ` +
          `(or deno run --allow-read=exercises,lib exercises/_checker/main.ts)`,
      );
    }
  }
  return (number) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    const job: Job = { number, folder: folder.href, context };
    return superviseCheck(worker, job, timeLimit);
  };
}
