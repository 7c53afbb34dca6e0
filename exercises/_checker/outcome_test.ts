// Checking one exercise, without the learner's files: what a check's pass, complaint or TODO
// becomes, and what a file that does not load is reported as.

import { assert } from "chai";
import type { Module } from "./exercise.ts";
import { NotDone } from "./expect.ts";
import { context } from "./_testing.ts";
import { exercise } from "./list.ts";
import { runCheck } from "./outcome.ts";

/** Exercise 03 with `check` as its check, run on an empty module. */
const checked = (check: () => string[]) =>
  runCheck({ ...exercise(3), check }, () => Promise.resolve({}), context);

/** Exercise 03 run on a file whose load fails with `error`. */
const loaded = (error: unknown) =>
  runCheck(exercise(3), () => Promise.reject(error) as Promise<Module>, context);

/** A TODO error as a blank throws it, its stack naming `place`. */
function todo(place?: string): Error {
  const error = new Error("TODO: write computeGradients");
  error.stack = `Error: TODO: write computeGradients\n    at computeGradients (file:///home/me/nn/${
    place ?? "lib/train.ts:3:9"
  })\n    at check (file:///home/me/nn/exercises/03_gradients.check.ts:40:5)`;
  return error;
}

Deno.test("a check that passes is done, with what the learner's code can do", async () => {
  assert.deepEqual(await checked(() => ["it learns"]), { status: "done", showcase: ["it learns"] });
});

Deno.test("a check's complaint is not done, with its lines and its known mistake", async () => {
  assert.deepEqual(
    await checked(() => {
      throw new NotDone(["yours gave 2"]);
    }),
    { status: "not done", problem: ["yours gave 2"] },
  );
  assert.deepEqual(
    await checked(() => {
      throw new NotDone(["yours gave 2"], "signFlipped");
    }),
    { status: "not done", problem: ["yours gave 2"], mistake: "signFlipped" },
  );
});

Deno.test("a TODO of the exercise's own file is not started; of an earlier one, waiting for it", async () => {
  const thrown = (error: Error) => () => {
    throw error;
  };
  assert.deepEqual(await checked(thrown(todo("exercises/03_gradients.ts:5:3"))), {
    status: "not started",
  });
  assert.deepEqual(await checked(thrown(todo("exercises/01_prediction.ts:12:9"))), {
    status: "waiting",
    on: 1,
  });
  assert.deepEqual(await checked(thrown(todo("exercises/12_split.ts:2:9"))), {
    status: "waiting",
    on: 12,
  });
  assert.deepEqual(await checked(thrown(todo())), { status: "not started" }, "no exercise named");
});

Deno.test("any other error of a check is the checker's own bug, passed on", async () => {
  const bug = new TypeError("the checker is wrong");
  const thrown = await checked(() => {
    throw bug;
  }).then(() => undefined, (error) => error);
  assert.strictEqual(thrown, bug);
});

Deno.test("a missing file is reported as missing, with how to bring back the blank", async () => {
  const file = "file:///home/me/nn/exercises/03_gradients.ts";
  assert.deepEqual(await loaded(new TypeError(`Module not found "${file}".`)), {
    status: "not done",
    problem: [
      "exercises/03_gradients.ts is missing. " +
      "deno task exercise --reset 03 brings back the blank.",
    ],
  });
  // A module it imports not found is not the exercise missing.
  const other = `Module not found "file:///home/me/nn/lib/gone.ts".\n    at ${file}:1:20`;
  assert.deepEqual(await loaded(new TypeError(other)), {
    status: "not done",
    problem: [
      `exercises/03_gradients.ts does not load: Module not found "file:///home/me/nn/lib/gone.ts".`,
      "  at exercises/03_gradients.ts:1:20",
    ],
  });
  // The file named without "not found": another problem.
  const syntax = new SyntaxError(`Unexpected token in "${file}"`);
  syntax.stack = "SyntaxError: Unexpected token";
  assert.deepEqual(await loaded(syntax), {
    status: "not done",
    problem: [`exercises/03_gradients.ts does not load: Unexpected token in "${file}"`],
  });
});

Deno.test("a file that does not load says where, unless its message already does", async () => {
  const error = new SyntaxError("Unexpected token");
  error.stack =
    "SyntaxError: Unexpected token\n    at file:///home/me/nn/exercises/03_gradients.ts:7:4";
  assert.deepEqual(await loaded(error), {
    status: "not done",
    problem: [
      "exercises/03_gradients.ts does not load: Unexpected token",
      "  at exercises/03_gradients.ts:7:4",
    ],
  });
  const placed = new SyntaxError("Unexpected token at exercises/03_gradients.ts:7:4");
  placed.stack = `SyntaxError: ${placed.message}`;
  assert.deepEqual(await loaded(placed), {
    status: "not done",
    problem: [
      "exercises/03_gradients.ts does not load: Unexpected token at exercises/03_gradients.ts:7:4",
    ],
  });
  // Something thrown that is not an Error, and no place at all.
  assert.deepEqual(await loaded("gone"), {
    status: "not done",
    problem: ["exercises/03_gradients.ts does not load: gone"],
  });
});
