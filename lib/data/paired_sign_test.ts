/**
 * How surprising a split of disagreements is, when two classifiers judged on
 * the same samples each get some right that the other gets wrong: McNemar's
 * exact test (Q. McNemar, Psychometrika 12, 1947), a sign test on the
 * disagreements. If the two were equally good, each disagreement would go
 * either way with chance 1/2; the result is the chance of a split at least as
 * uneven as this one, either way: `2 P(X <= min(a, b))` for X of the binomial
 * distribution of `a + b` trials and 1/2, at most 1. The samples both get
 * right, or both wrong, say nothing about which is better. It is SciPy's
 * `binomtest(a, a + b, 0.5).pvalue`.
 *
 * @param onlyFirst Samples the first classifier gets right and the second wrong.
 * @param onlySecond Samples the second gets right and the first wrong.
 * @returns The two-sided p-value, from 0 to 1; 1 when they never disagree.
 * @throws {RangeError} If a count is not a whole number of at least 0.
 *
 * @example Three disagreements, 3 to 0: not yet evidence
 * ```ts
 * import { assert } from "chai";
 * import { pairedSignTest } from "./paired_sign_test.ts";
 *
 * assert.closeTo(pairedSignTest(3, 0), 0.25, 1e-15); // 2 * (1/2)^3
 * assert.equal(pairedSignTest(2, 1), 1);
 * ```
 */
export function pairedSignTest(onlyFirst: number, onlySecond: number): number {
  for (const count of [onlyFirst, onlySecond]) {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`Expected a count of disagreements, a whole number, got ${count}`);
    }
  }
  const n = onlyFirst + onlySecond;
  // P(X = k) = C(n, k) / 2^n, each from the one before, in logarithms so that 2^-n cannot
  // underflow before the binomial coefficient has grown to meet it.
  let logTerm = -n * Math.LN2;
  let tail = Math.exp(logTerm);
  for (let k = 1; k <= Math.min(onlyFirst, onlySecond); k++) {
    logTerm += Math.log((n - k + 1) / k);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}
