// The page's loader of the learner's TypeScript, in Deno (the same engine as Chromium's): the
// solutions pass their checks through it, a stack names the place Deno itself names, and a
// missing file is reported as missing, in the checker's words.

import { assert } from "chai";
import typedThrow from "../../exercises/_checker/testdata/typed_throw/01_prediction.ts" with {
  type: "text",
};
import * as typedThrowByDeno from "../../exercises/_checker/testdata/typed_throw/01_prediction.ts";
import prediction from "../../exercises/solutions/01_prediction.ts" with { type: "text" };
import error from "../../exercises/solutions/02_error.ts" with { type: "text" };
import gradients from "../../exercises/solutions/03_gradients.ts" with { type: "text" };
import { context } from "../../exercises/_checker/_testing.ts";
import { exercise } from "../../exercises/_checker/list.ts";
import { runCheck } from "../../exercises/_checker/outcome.ts";
import { decodeMappings, originalPlace, sourceLoader } from "./exercise_loader.ts";

const solutions = {
  "exercises/01_prediction.ts": prediction,
  "exercises/02_error.ts": error,
  "exercises/03_gradients.ts": gradients,
};

Deno.test("exercise 03's solution passes its check, its imports found among the sources", async () => {
  const load = sourceLoader(solutions, "exercises/");
  const outcome = await runCheck(exercise(3), load, context);
  assert.deepEqual(outcome, { status: "done", showcase: [] });
});

Deno.test("a file imported twice runs once: both importers get the same module", async () => {
  const load = sourceLoader(solutions, "exercises/");
  const first = await load("01_prediction.ts");
  await load("03_gradients.ts");
  assert.strictEqual(await load("01_prediction.ts"), first);
});

Deno.test("a stack names the line and column of the TypeScript, as Deno's own import does", async () => {
  const path = "exercises/_checker/testdata/typed_throw/01_prediction.ts";
  const load = sourceLoader({ [path]: typedThrow }, "exercises/_checker/testdata/typed_throw/");
  const dot = (await load("01_prediction.ts")).dot as (a: number[], b: number[]) => number;
  const place = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as Error).stack!.match(/01_prediction\.ts:\d+:\d+/)![0];
    }
    assert.fail("it should throw");
  };
  const ours = place(() => dot([1], [2]));
  assert.equal(ours, place(() => typedThrowByDeno.dot([1], [2])));
  assert.equal(ours, "01_prediction.ts:7:89");
});

Deno.test("a missing file is reported as missing, as the terminal reports it", async () => {
  const outcome = await runCheck(exercise(4), sourceLoader({}, "exercises/"), context);
  assert.deepEqual(outcome, {
    status: "not done",
    problem: [
      "exercises/04_update.ts is missing. deno task exercise --reset 04 brings back the blank.",
    ],
  });
});

Deno.test("a source map's mappings: each token's compiled column, line and column", () => {
  // "AAAA,IAAI;AACJ": line 0 has tokens at columns 0 and 4, from line 0, columns 0 and 4; line 1
  // one token at column 0, from line 1, column 0 (4 back: source columns go on across lines).
  const map = decodeMappings("AAAA,IAAI;AACJ");
  assert.deepEqual(map, [[[0, 0, 0], [4, 0, 4]], [[0, 1, 0]]]);
  // On line 2 (from 1), column 7 is 6 columns into the token at 0: column 7 of line 2.
  assert.deepEqual(originalPlace(map, 2, 7), [2, 7]);
});

Deno.test("a place maps from the token it is in, the compiled first line after the opening", () => {
  // Line 0: a token at column 0 from column 0, one at column 4 from column 6 (a type dropped).
  const map = decodeMappings("AAAA,IAAM");
  assert.deepEqual(map, [[[0, 0, 0], [4, 0, 6]]]);
  // The compiled function's first line starts with its 30-column opening.
  const opening = "(function (exports, require) {".length;
  assert.deepEqual(originalPlace(map, 1, opening + 1), [1, 1]);
  assert.deepEqual(originalPlace(map, 1, opening + 2), [1, 2]);
  assert.deepEqual(originalPlace(map, 1, opening + 4), [1, 4]);
  assert.deepEqual(originalPlace(map, 1, opening + 5), [1, 7], "at the second token's start");
  assert.deepEqual(originalPlace(map, 1, opening + 6), [1, 8]);
  // A line the map does not cover keeps its place.
  assert.deepEqual(originalPlace(map, 3, 9), [3, 9]);
});
