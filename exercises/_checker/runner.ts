// Runs one exercise's check in a worker of its own, with a time limit: code that loops forever
// is stopped and reported with the call it was in, and the next check starts afresh.

import { LessonError } from "../../runtime/cli.ts";
import type { Context } from "./context.ts";
import { id } from "./exercise.ts";
import { exercise } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import type { Job, Reply } from "./worker.ts";

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
  return (number) =>
    new Promise<Outcome>((resolve, reject) => {
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
      let calling: string | undefined;
      const finish = () => {
        clearTimeout(timer);
        worker.terminate();
      };
      const timer = setTimeout(() => {
        finish();
        const where = calling === undefined ? "" : ` (it was running ${calling})`;
        resolve({
          status: "not done",
          problem: [
            `exercises/${exercise(number).file} did not finish within ${timeLimit} s${where}: ` +
            "does a loop never end?",
            `(A slow machine? Give it longer: --time-limit ${Math.ceil(timeLimit * 4)})`,
          ],
        });
      }, timeLimit * 1000);
      worker.onmessage = ({ data }: MessageEvent<Reply>) => {
        if ("calling" in data) {
          calling = data.calling;
          return;
        }
        finish();
        if ("bug" in data) {
          reject(new Error(`The checker failed on exercise ${id(number)}:\n${data.bug}`));
        } else resolve(data.outcome);
      };
      worker.onerror = (event) => {
        // An error thrown later by the learner's code, e.g. in a timer: report it, carry on.
        event.preventDefault();
        finish();
        resolve({ status: "not done", problem: [`Your code threw: ${event.message}`] });
      };
      const job: Job = { number, folder: folder.href, context };
      worker.postMessage(job);
    });
}
