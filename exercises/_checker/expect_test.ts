// The checker's numeric comparisons at the edges of their rules: expectClose measures its
// tolerance relative to the larger of the two numbers, but never to less than 0.001, so that an
// answer within rounding of an expected 0 passes (tools/mutants_list.ts plants the bug this
// catches).

import { assert } from "chai";
import { expectClose, NotDone, type Result } from "./expect.ts";

const answer = (value: number): Result => ({ subject: "yours()", value, notes: [] });

Deno.test("expectClose is relative to the larger number, and to at least 0.001 near 0", () => {
  // Within 1e-6 of 2: 2 + 1.9e-6 passes, 2 + 2.1e-6 does not.
  assert.equal(expectClose(answer(2 + 1.9e-6), 2, 1e-6, "the slope"), 2 + 1.9e-6);
  assert.throws(() => expectClose(answer(2 + 2.1e-6), 2, 1e-6, "the slope"), NotDone);
  // Near 0 the scale is 0.001: a rounding error of 1e-12 passes, 2e-9 does not.
  assert.equal(expectClose(answer(1e-12), 0, 1e-6, "the slope"), 1e-12);
  assert.equal(expectClose(answer(-1e-12), 0, 1e-6, "the slope"), -1e-12);
  assert.throws(
    () => expectClose(answer(2e-9), 0, 1e-6, "the slope"),
    NotDone,
    /^yours\(\) should be 0 \(the slope\), yours gave 2e-09$/,
  );
});
