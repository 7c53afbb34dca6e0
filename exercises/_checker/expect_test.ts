// The checker's comparisons at the edges of their rules: expectClose measures its tolerance
// relative to the larger of the two numbers, but never to less than 0.001, so that an answer
// within rounding of an expected 0 passes; a known mistake is diagnosed within 1e-9 of its value
// (relative above 1), no further; a list of the wrong length is shown up to 6 items, counted
// beyond (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { diagnose, expectClose, expectList, NotDone, type Result } from "./expect.ts";

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

Deno.test("a known mistake is diagnosed within 1e-9 of its value, relative above 1, and no further", () => {
  const known = [
    { value: 0.3, mistake: "small", says: "s" },
    { value: 1000, mistake: "large", says: "l" },
  ];
  assert.equal(diagnose(0.3 + 1e-10, known)?.mistake, "small");
  assert.isUndefined(diagnose(0.3 + 1e-8, known), "1e-8 away is another answer");
  assert.equal(diagnose(1000 + 5e-7, known)?.mistake, "large", "within 1e-9 of 1000 relative");
  assert.isUndefined(diagnose(1000 + 2e-6, known));
  assert.isUndefined(diagnose("0.3", known), "only a number is diagnosed");
});

Deno.test("a list of the wrong length is shown up to 6 items and counted beyond", () => {
  const told = (list: number[], length: number) => {
    try {
      expectList({ subject: "yours()", value: list, notes: [] }, length, "weights");
    } catch (error) {
      return (error as Error).message;
    }
    return "accepted";
  };
  assert.equal(
    told([1, 2, 3, 4, 5, 6], 3),
    "yours() should have 3 weights, yours gave [1. 2. 3. 4. 5. 6.]",
  );
  assert.equal(
    told([1, 2, 3, 4, 5, 6, 7], 3),
    "yours() should have 3 weights, yours gave a list of 7",
  );
  assert.equal(told([1, 2], 1), "yours() should have 1 weight, yours gave [1. 2.]");
  assert.equal(told([1, 2, 3], 3), "accepted");
});
