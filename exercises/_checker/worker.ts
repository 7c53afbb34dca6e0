// The checker's worker: it imports the learner's exercise file and runs its check away from the
// main thread, so that code that never ends can be stopped (the main thread terminates the
// worker when the time limit passes). Before each call of the learner's code it tells the main
// thread which call, so that a loop that never ends is reported with it. Each check gets a
// fresh worker, so a saved file is read anew. The worker has the checker's permissions.

import type { Context } from "./context.ts";
import { calls } from "./expect.ts";
import { exercise } from "./list.ts";
import { type Outcome, runCheck } from "./outcome.ts";

/** What the main thread asks: check exercise `number`, whose files are in `folder` (a URL). */
export interface Job {
  number: number;
  folder: string;
  context: Context;
}

/** What the worker answers: the call it starts, then the outcome or the stack of a checker bug. */
export type Reply = { calling: string } | { outcome: Outcome } | { bug: string };

/** The worker's end of the channel (Deno types every module as a window, not as a worker). */
const channel = self as unknown as {
  onmessage: (event: MessageEvent<Job>) => void;
  postMessage(reply: Reply): void;
};

let last: string | undefined;
calls.observer = (subject) => {
  if (subject !== last) channel.postMessage({ calling: subject });
  last = subject;
};

channel.onmessage = async ({ data }) => {
  const load = (file: string) => import(new URL(file, data.folder).href);
  let reply: Reply;
  try {
    reply = { outcome: await runCheck(exercise(data.number), load, data.context) };
  } catch (error) {
    reply = { bug: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  channel.postMessage(reply);
};
