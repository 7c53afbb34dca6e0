// Lesson 13's sentences about its paths at the edges of their rules: the large step's end is
// "above" the full batch's only when higher by more than 0.01, so that rounding is never read
// as a difference (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { explainPaths } from "./13_loss_landscape.ts";

/** The error at (w1, w2) is w1: a path's end tells its error. */
const f = (w1: number) => w1;
const notSaturated = () => false;

/** What the lesson says of a large step that ends at error `end`, the full batch at 0.5. */
const largeStep = (end: number) =>
  explainPaths(f, notSaturated, [[[1, 0], [0.5, 0]], [[0.7, 0], [0.7, 0]], [[1, 0], [end, 0]]], [
    0,
    0,
  ], 3);

Deno.test("the large step is above the full batch only when higher by more than 0.01", () => {
  assert.include(largeStep(0.505), "A step of 3 ends at 0.505, no higher than full batch's end.");
  assert.include(largeStep(0.52), "A step of 3 ends at 0.52, above full batch's end.");
  assert.include(largeStep(0.4), "no higher than full batch's end.");
  assert.include(
    largeStep(0.52),
    "Full batch rolls downhill along the true gradient, from 1 to 0.5",
  );
});
