import { assert } from "chai";
import { fisherExactTest } from "./fisher_exact_test.ts";

// SciPy 1.17.1's fisher_exact([[a, n - a], [b, m - b]]).pvalue, computed once with python3.
const SCIPY = [
  [37, 37, 83, 91, 0.10382391768164001],
  [362, 365, 90, 91, 1],
  [0, 5, 5, 5, 0.007936507936507938],
  [3, 10, 7, 10, 0.1788954079975752],
  [12, 20, 5, 20, 0.05355099259437413],
  [325, 365, 78, 91, 0.36489952023584526],
  [300, 400, 260, 400, 0.0025833854880956612],
  [90, 100, 70, 100, 0.0006504107076034208],
  [1000, 2000, 1100, 2000, 0.0017176151783842473],
  // Splits only a little more likely than the one seen (by 9.4e-5 and 5.3e-5 in their logarithm)
  // are not as rare as it: a tolerance of 1e-3 would count them (0.529 and 0.0037).
  [6, 15, 16, 57, 0.36760077924289336],
  [0, 16, 22, 59, 0.001996526898782787],
];

Deno.test("Fisher's exact test is SciPy's fisher_exact, to 1e-9 relative", () => {
  for (const [a, n, b, m, p] of SCIPY) {
    assert.closeTo(fisherExactTest(a, n, b, m), p, p * 1e-9, `${a}/${n} against ${b}/${m}`);
    assert.closeTo(fisherExactTest(b, m, a, n), p, p * 1e-9, "either way round");
  }
});

Deno.test("equal shares, or no failure or no success anywhere, are no evidence at all: 1", () => {
  assert.equal(fisherExactTest(5, 5, 5, 5), 1);
  assert.equal(fisherExactTest(0, 1, 0, 1), 1);
  assert.equal(fisherExactTest(1, 1, 0, 1), 1);
  assert.equal(fisherExactTest(4, 8, 2, 4), 1);
});

Deno.test("a count that is not a whole number in range is refused", () => {
  assert.throws(() => fisherExactTest(1, 0, 1, 2), RangeError, "at least 1, got 0");
  assert.throws(() => fisherExactTest(1, 2, 1, 1.5), RangeError, "at least 1, got 1.5");
  assert.throws(() => fisherExactTest(3, 2, 1, 2), RangeError, "from 0 to 2, got 3");
  assert.throws(() => fisherExactTest(1, 2, -1, 2), RangeError, "from 0 to 2, got -1");
  assert.throws(() => fisherExactTest(NaN, 2, 1, 2), RangeError, "got NaN");
});
