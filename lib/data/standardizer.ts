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
 * hundredths (its smoothness).
 *
 * @param rows The training samples.
 * @returns The standardizer. A feature that never varies keeps deviation 1.
 * @throws {RangeError} If there are no rows or they differ in length.
 *
 * @example Rescaling two features
 * ```ts
 * import { assert } from "chai";
 * import { fitStandardizer } from "./standardizer.ts";
 *
 * const scaler = fitStandardizer([[1, 100], [3, 300]]);
 * assert.deepEqual(scaler.mean, [2, 200]);
 * assert.deepEqual(scaler.transform([3, 100]), [1, -1]);
 * ```
 */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  if (rows.length === 0) throw new RangeError("Cannot fit a standardizer to no rows");
  const width = rows[0].length;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new RangeError(`Row ${i} has ${row.length} values, row 0 has ${width}`);
    }
  });
  const columns = Array.from({ length: width }, (_, j) => rows.map((row) => row[j]));
  const mean = columns.map((column) => column.reduce((a, b) => a + b, 0) / rows.length);
  const deviation = columns.map((column, j) => {
    const variance = column.reduce((a, x) => a + (x - mean[j]) ** 2, 0) / rows.length;
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  return {
    mean,
    deviation,
    transform: (row) => row.map((x, j) => (x - mean[j]) / deviation[j]),
  };
}
