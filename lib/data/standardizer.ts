import { assertFiniteVector } from "../_finite.ts";

/** A fitted standardizer: the mean and deviation of each feature, and the function applying them. */
export interface Standardizer {
  /** Each feature's mean over the training rows. */
  mean: number[];
  /** Each feature's standard deviation over the training rows (1 where it never varies). */
  deviation: number[];
  /** Rescales one row: `(x - mean) / deviation`, feature by feature. */
  transform(row: readonly number[]): number[];
}

/**
 * Learns how to put every feature on the same scale: mean 0, deviation 1.
 * Fit it on the training set only, then transform both sets with it, so that
 * nothing about the test set leaks into training. Without it, a feature
 * measured in thousands (a tumour's area) would drown one measured in
 * hundredths (its smoothness). Values as large as 1e308 or as small as 1e-308
 * are fine: each feature is first divided by a power of two near its largest
 * value, which is exact, so that its sums and squares cannot overflow.
 *
 * @param rows The training samples.
 * @returns The standardizer. A feature that never varies keeps deviation 1.
 * Its `transform` throws a RangeError for a row of the wrong length, a value
 * that is not finite, or a value so far from the mean that its rescaled value
 * would overflow.
 * @throws {RangeError} If there are no rows, they differ in length, or a value
 * is not a finite number.
 *
 * @example Rescaling two features
 * ```ts
 * import { assert } from "chai";
 * import { fitStandardizer } from "./standardizer.ts";
 *
 * const scaler = fitStandardizer([[1, 100], [3, 300]]);
 * assert.deepEqual(scaler.mean, [2, 200]);
 * assert.deepEqual(scaler.transform([3, 100]), [1, -1]);
 * assert.throws(() => scaler.transform([3]), RangeError, "has 1 values");
 * ```
 */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  if (rows.length === 0) throw new RangeError("Cannot fit a standardizer to no rows");
  const width = rows[0].length;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new RangeError(`Row ${i} has ${row.length} values, row 0 has ${width}`);
    }
    assertFiniteVector(`row ${i}`, row);
  });
  const features = Array.from({ length: width }, (_, j) => fitFeature(rows.map((row) => row[j])));
  const mean = features.map(({ scale, mean }) => mean * scale);
  // A deviation below the smallest double would show as 0: it shows as that smallest instead.
  const deviation = features.map(({ scale, deviation }) =>
    Math.max(deviation * scale, Number.MIN_VALUE)
  );
  return {
    mean,
    deviation,
    transform(row) {
      if (row.length !== width) {
        throw new RangeError(
          `The row has ${row.length} values, the standardizer was fitted on ${width}`,
        );
      }
      assertFiniteVector("the row", row);
      return row.map((x, j) => {
        const { scale, mean: scaledMean, deviation: scaledDeviation } = features[j];
        const rescaled = (x / scale - scaledMean) / scaledDeviation;
        if (!Number.isFinite(rescaled)) {
          throw new RangeError(
            `Value ${x} of feature ${j} is too far from the training mean ${mean[j]} to rescale ` +
              `by the deviation ${deviation[j]}`,
          );
        }
        return rescaled;
      });
    },
  };
}

/**
 * One feature's mean and deviation, in units of `scale`: a power of two near its largest value.
 * Dividing by a power of two is exact, so the results are those of the plain formulas, but the
 * values are near 1, where their sums and squares neither overflow nor underflow.
 */
function fitFeature(column: readonly number[]): { scale: number; mean: number; deviation: number } {
  const largest = column.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
  const scale = largest === 0 ? 1 : powerOfTwoBelow(largest);
  const scaled = column.map((x) => x / scale);
  const lowest = scaled.reduce((a, x) => Math.min(a, x), Infinity);
  const highest = scaled.reduce((a, x) => Math.max(a, x), -Infinity);
  // The mean lies between the lowest and the highest value; rounding must not take it out.
  const sum = scaled.reduce((a, x) => a + x, 0);
  const mean = Math.min(Math.max(sum / column.length, lowest), highest);
  if (lowest === highest) return { scale: 1, mean: column[0], deviation: 1 };
  const squares = scaled.reduce((a, x) => a + (x - mean) ** 2, 0);
  // Nor can the deviation exceed half the range.
  const deviation = Math.min(Math.sqrt(squares / column.length), (highest - lowest) / 2);
  return { scale, mean, deviation };
}

/** The largest power of two not above `x` (log2 rounds: the log2 of the largest double is 1024). */
function powerOfTwoBelow(x: number): number {
  const exponent = Math.floor(Math.log2(x));
  return 2 ** exponent > x ? 2 ** (exponent - 1) : 2 ** exponent;
}
