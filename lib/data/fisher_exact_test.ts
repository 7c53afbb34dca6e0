/**
 * How surprising a difference between two rates is, each measured as some
 * successes out of some trials on different samples: Fisher's exact test
 * (R. A. Fisher, Statistical Methods for Research Workers, 5th edition, 1934).
 * Pool the trials: so many succeeded, so many failed. Were the two rates the
 * same, which trials landed in which group would be chance, as if the first
 * group's trials were drawn from the pool without putting any back; its count
 * of successes would then follow the hypergeometric distribution. The result
 * is the chance of a split no more likely than the one seen: the sum of the
 * chances of every such split, either way. It is what SciPy's
 * `fisher_exact([[a, n - a], [b, m - b]]).pvalue` returns.
 *
 * @param successes The first group's successes, e.g. training tumours right.
 * @param trials How many the first group has, at least 1.
 * @param otherSuccesses The second group's successes, e.g. validation tumours right.
 * @param otherTrials How many the second group has, at least 1.
 * @returns The two-sided p-value, from 0 to 1; 1 when the two shares are as
 * near each other as the counts allow.
 * @throws {RangeError} If a count of trials is not a whole number of at least
 * 1, or a count of successes not a whole number from 0 to its trials.
 *
 * @example All 37 right against 83 of 91: a split that uneven comes 1 time in 10
 * ```ts
 * import { assert } from "chai";
 * import { fisherExactTest } from "./fisher_exact_test.ts";
 *
 * assert.closeTo(fisherExactTest(37, 37, 83, 91), 0.1038, 1e-4);
 * assert.equal(fisherExactTest(3, 4, 3, 4), 1);
 * ```
 */
export function fisherExactTest(
  successes: number,
  trials: number,
  otherSuccesses: number,
  otherTrials: number,
): number {
  for (const [right, count] of [[successes, trials], [otherSuccesses, otherTrials]]) {
    if (!(Number.isInteger(count) && count >= 1)) {
      throw new RangeError(`Expected the trials to be a whole number of at least 1, got ${count}`);
    }
    if (!(Number.isInteger(right) && right >= 0 && right <= count)) {
      throw new RangeError(
        `Expected the successes to be a whole number from 0 to ${count}, got ${right}`,
      );
    }
  }
  const total = successes + otherSuccesses;
  const failures = trials + otherTrials - total;
  // The first group's possible counts of successes, and each one's chance up to a common factor,
  // in logarithms: P(k + 1) / P(k) = (total - k) (trials - k) / ((k + 1) (failures - trials + k + 1)).
  const low = Math.max(0, trials - failures);
  const high = Math.min(trials, total);
  const logs = [0];
  for (let k = low; k < high; k++) {
    logs.push(
      logs.at(-1)! +
        Math.log(((total - k) * (trials - k)) / ((k + 1) * (failures - trials + k + 1))),
    );
  }
  const top = Math.max(...logs);
  const seen = logs[successes - low];
  // A split counts when it is no more likely than the one seen, give or take rounding.
  let all = 0;
  let asRare = 0;
  for (const log of logs) {
    const chance = Math.exp(log - top);
    all += chance;
    if (log <= seen + 1e-7) asRare += chance;
  }
  return Math.min(1, asRare / all);
}
