// The two ends of a check in a worker, with a stand-in for the worker: what each reply becomes,
// the time limit's message, and the calls the worker's end names.

import { assert } from "chai";
import { answerChecks, type CheckJob, type Reply, superviseCheck, TIME_LIMIT } from "./channel.ts";
import { calls } from "./expect.ts";
import { context } from "./_testing.ts";
import type { Outcome } from "./outcome.ts";

/** A worker that answers each job with `replies` (none: it never answers). */
function standIn(replies: (Reply | "error")[]) {
  const posted: unknown[] = [];
  let terminated = 0;
  let prevented = false;
  const worker = {
    onmessage: null as ((event: MessageEvent<Reply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(job: unknown) {
      posted.push(job);
      for (const reply of replies) {
        if (reply === "error") {
          worker.onerror!({
            message: "Uncaught Error: late",
            preventDefault: () => prevented = true,
          } as unknown as ErrorEvent);
        } else worker.onmessage!({ data: reply } as MessageEvent<Reply>);
      }
    },
    terminate: () => terminated++,
  };
  return {
    worker: worker as unknown as Worker,
    posted,
    terminated: () => terminated,
    prevented: () => prevented,
  };
}

const job: CheckJob = { number: 3, context };

Deno.test("the worker's outcome is the check's, and the worker is ended", async () => {
  const outcome: Outcome = { status: "done", showcase: ["it learns"] };
  const { worker, posted, terminated } = standIn([{ calling: "f()" }, { outcome }]);
  assert.deepEqual(await superviseCheck(worker, job, 5), outcome);
  assert.deepEqual(posted, [job]);
  assert.strictEqual(terminated(), 1);
});

Deno.test("a bug of the checker in the worker is thrown, with the exercise and its stack", async () => {
  const { worker, terminated } = standIn([{ bug: "TypeError: x\n    at check" }]);
  const error = await superviseCheck(worker, job, 5).then(() => undefined, (e: Error) => e);
  assert.strictEqual(
    error?.message,
    "The checker failed on exercise 03:\nTypeError: x\n    at check",
  );
  assert.strictEqual(terminated(), 1);
});

Deno.test("an error the learner's code throws later is reported, and goes no further", async () => {
  const { worker, terminated, prevented } = standIn(["error"]);
  assert.deepEqual(await superviseCheck(worker, job, 5), {
    status: "not done",
    problem: ["Your code threw: Uncaught Error: late"],
  });
  assert.isTrue(prevented());
  assert.strictEqual(terminated(), 1);
});

Deno.test("a check past its time limit names the call it was in, and a longer limit", async () => {
  const { worker, terminated } = standIn([{ calling: "train(...)" }, { calling: "sigmoid(0)" }]);
  assert.deepEqual(await superviseCheck(worker, job, 0.26), {
    status: "not done",
    problem: [
      "exercises/03_gradients.ts did not finish within 0.26 s (it was running sigmoid(0)): " +
      "does a loop never end?",
      "(A slow machine? Give it longer: --time-limit 2)",
    ],
  });
  assert.strictEqual(terminated(), 1);
  const silent = standIn([]);
  const outcome = await superviseCheck(silent.worker, job, 0.001);
  assert.deepEqual(outcome, {
    status: "not done",
    problem: [
      "exercises/03_gradients.ts did not finish within 0.001 s: does a loop never end?",
      "(A slow machine? Give it longer: --time-limit 1)",
    ],
  });
});

Deno.test("the worker's end runs the check, names each new call once, and reports a bug", async () => {
  const scope = globalThis as unknown as {
    onmessage?: (event: MessageEvent<CheckJob>) => Promise<void>;
    postMessage?: (reply: Reply) => void;
  };
  const saved = { onmessage: scope.onmessage, postMessage: scope.postMessage };
  const replies: Reply[] = [];
  scope.postMessage = (reply) => replies.push(reply);
  try {
    answerChecks(() => () =>
      Promise.resolve({
        computeGradients: () => {
          throw new Error("TODO: write computeGradients");
        },
      })
    );
    calls.observer!("f(1)");
    calls.observer!("f(1)");
    calls.observer!("f(2)");
    calls.observer!("f(1)");
    assert.deepEqual(replies, [{ calling: "f(1)" }, { calling: "f(2)" }, { calling: "f(1)" }]);
    replies.length = 0;
    await scope.onmessage!({ data: job } as MessageEvent<CheckJob>);
    assert.deepEqual(replies.at(-1), { outcome: { status: "not started" } });
    answerChecks(() => {
      throw new RangeError("no such loader");
    });
    await scope.onmessage!({ data: job } as MessageEvent<CheckJob>);
    const last = replies.at(-1) as { bug: string };
    assert.match(last.bug, /^RangeError: no such loader\n/);
  } finally {
    scope.onmessage = saved.onmessage;
    scope.postMessage = saved.postMessage;
    calls.observer = undefined;
  }
});

Deno.test("a check has 5 s unless the learner gives more; an answer in time stops the clock", async () => {
  assert.strictEqual(TIME_LIMIT, 5);
  // The answer comes after 10 ms, well within a limit of 40 ms.
  const outcome: Outcome = { status: "not started" };
  const late = standIn([]);
  const answered = superviseCheck(late.worker, job, 0.04);
  setTimeout(() => late.worker.onmessage!({ data: { outcome } } as MessageEvent<Reply>), 10);
  assert.deepEqual(await answered, outcome);
  // Past the limit, nothing more happens: the worker was ended once.
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.strictEqual(late.terminated(), 1);
});
