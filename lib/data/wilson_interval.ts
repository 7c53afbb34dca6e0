/** The standard normal's 97.5% quantile: 95% of its draws lie within this of 0. */
const Z_95 = 1.959963984540054;

/**
 * The 95% range of a rate measured as `successes` out of `trials`: Wilson's
 * score interval (E. B. Wilson, "Probable inference, the law of succession,
 * and statistical inference", JASA 22, 1927). It holds every rate p for which
 * the measured share lies within 1.96 standard errors, `sqrt(p (1 - p) / n)`,
 * of p. Unlike the textbook `share +- 1.96 sqrt(share (1 - share) / n)` (the
 * Wald interval), it stays inside [0, 1] and does not shrink to nothing at
 * 0/n or n/n. It is what SciPy's `binomtest(k, n).proportion_ci(method="wilson")`
 * returns.
 *
 * @param successes How many trials succeeded, e.g. tumours classified right.
 * @param trials How many there were, at least 1.
 * @returns The lowest and the highest rate of the range, between 0 and 1.
 * @throws {RangeError} If `trials` is not a whole number of at least 1, or
 * `successes` not a whole number from 0 to `trials`.
 *
 * @example 108 of 113 tumours right: 90.1% to 98.1%
 * ```ts
 * import { assert } from "chai";
 * import { wilsonInterval } from "./wilson_interval.ts";
 *
 * const { low, high } = wilsonInterval(108, 113);
 * assert.equal((100 * low).toFixed(1), "90.1");
 * assert.equal((100 * high).toFixed(1), "98.1");
 * ```
 */
export function wilsonInterval(successes: number, trials: number): { low: number; high: number } {
  if (!(Number.isInteger(trials) && trials >= 1)) {
    throw new RangeError(`Expected the trials to be a whole number of at least 1, got ${trials}`);
  }
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= trials)) {
    throw new RangeError(
      `Expected the successes to be a whole number from 0 to ${trials}, got ${successes}`,
    );
  }
  const share = successes / trials;
  const z2 = Z_95 * Z_95;
  const centre = (share + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = Z_95 / (1 + z2 / trials) *
    Math.sqrt(share * (1 - share) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
