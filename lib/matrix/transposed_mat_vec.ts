/**
 * The transposed product `matrix.T @ vector`: entry `j` is the sum over the
 * rows of `matrix[i][j] * vector[i]`. With the points as the rows of `matrix`
 * and each point's error slope as `vector`, it sums every point's gradient of
 * the weights at once, NumPy's `X.T @ delta`: the backward pass of
 * {@link matVec}.
 *
 * @param matrix The rows, one per entry of `vector`, all of one length.
 * @param vector One value per row.
 * @returns One value per column.
 * @throws {RangeError} If there are no rows, the counts of rows and values
 * differ, or the rows' lengths differ.
 *
 * @example Two points' gradients summed in one product
 * ```ts
 * import { assert } from "chai";
 * import { transposedMatVec } from "./transposed_mat_vec.ts";
 *
 * // 0.5 * [3, 1.5] + -1 * [2, 1]
 * assert.deepEqual(transposedMatVec([[3, 1.5], [2, 1]], [0.5, -1]), [-0.5, -0.25]);
 * ```
 */
export function transposedMatVec(
  matrix: readonly (readonly number[])[],
  vector: readonly number[],
): number[] {
  if (matrix.length === 0) throw new RangeError("Expected at least one row, got none");
  if (matrix.length !== vector.length) {
    throw new RangeError(
      `Expected one value per row: ${matrix.length} rows but ${vector.length} values`,
    );
  }
  const columns = matrix[0].length;
  const sums = new Array<number>(columns).fill(0);
  matrix.forEach((row, i) => {
    if (row.length !== columns) {
      throw new RangeError(
        `Expected row ${i} to have ${columns} values, like row 0, got ${row.length}`,
      );
    }
    for (let j = 0; j < columns; j++) sums[j] += row[j] * vector[i];
  });
  return sums;
}
