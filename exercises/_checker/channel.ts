// The two ends of a check that runs in a worker, written once for the terminal (runner.ts and
// worker.ts, a Deno worker that imports the learner's files) and for the classroom page
// (classroom/page/exercises.ts and exercise_worker.ts, a worker from a Blob URL that turns the
// learner's TypeScript into JavaScript itself). The main thread's end starts the worker's job and
// stops the worker after the time limit, naming the call it was in; the worker's end runs the
// check and, before each call of the learner's code, tells the main thread which call.

import type { Context } from "./context.ts";
import { id, type Module } from "./exercise.ts";
import { calls } from "./expect.ts";
import { exercise } from "./list.ts";
import { type Outcome, runCheck } from "./outcome.ts";

/** Seconds one exercise's check may take, unless the learner gives another (--time-limit). */
export const TIME_LIMIT = 5;

/** What every job names: the exercise to check and what the checks take from the lessons. */
export interface CheckJob {
  number: number;
  context: Context;
}

/** What the worker answers: the call it starts, then the outcome or the stack of a checker bug. */
export type Reply = { calling: string } | { outcome: Outcome } | { bug: string };

/**
 * Hands `job` to `worker` and waits for the outcome, stopping the worker after `timeLimit`
 * seconds; the worker is ended either way, so that the next check starts afresh.
 *
 * @throws {Error} When the worker reports a bug of the checker itself.
 */
export function superviseCheck(worker: Worker, job: CheckJob, timeLimit: number): Promise<Outcome> {
  const { number } = job;
  return new Promise<Outcome>((resolve, reject) => {
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
    worker.postMessage(job);
  });
}

/** The worker's end of the channel (Deno types every module as a window, not as a worker). */
interface WorkerScope<J> {
  onmessage: (event: MessageEvent<J>) => void;
  postMessage(reply: Reply): void;
}

/**
 * Answers the main thread's jobs in this worker: `loader` gives, for a job, how to load a file of
 * the learner's (by its name, e.g. "01_prediction.ts").
 */
export function answerChecks<J extends CheckJob>(
  loader: (job: J) => (file: string) => Promise<Module>,
): void {
  const channel = self as unknown as WorkerScope<J>;
  let last: string | undefined;
  calls.observer = (subject) => {
    if (subject !== last) channel.postMessage({ calling: subject });
    last = subject;
  };
  channel.onmessage = async ({ data }) => {
    let reply: Reply;
    try {
      reply = { outcome: await runCheck(exercise(data.number), loader(data), data.context) };
    } catch (error) {
      reply = { bug: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    channel.postMessage(reply);
  };
}
