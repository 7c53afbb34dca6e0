import { assert } from "chai";
import { pairedSignTest } from "./paired_sign_test.ts";

// SciPy 1.17.1's binomtest(a, a + b, 0.5).pvalue, computed once with python3.
const SCIPY = [
  [3, 2, 1],
  [0, 6, 0.03125],
  [2, 10, 0.03857421875],
  [10, 30, 0.0022214337732293643],
  [30, 70, 7.85013964559367e-05],
  [400, 600, 2.728464156065947e-10],
  [700, 1100, 3.6127699471258296e-21],
];

Deno.test("the exact sign test on disagreements is SciPy's binomial test, to 1e-9 relative", () => {
  for (const [a, b, p] of SCIPY) {
    assert.closeTo(pairedSignTest(a, b), p, p * 1e-9, `${a} to ${b}`);
    assert.equal(pairedSignTest(b, a), pairedSignTest(a, b), "either way round");
  }
});

Deno.test("no disagreement, or an even split, is no evidence at all: 1", () => {
  assert.equal(pairedSignTest(0, 0), 1);
  assert.equal(pairedSignTest(4, 4), 1);
});

Deno.test("a count that is not a whole number of at least 0 is refused", () => {
  for (const bad of [-1, 1.5, NaN]) {
    assert.throws(() => pairedSignTest(bad, 1), RangeError, `got ${bad}`);
    assert.throws(() => pairedSignTest(1, bad), RangeError, `got ${bad}`);
  }
});
