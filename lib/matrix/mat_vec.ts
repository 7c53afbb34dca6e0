/**
 * The matrix-vector product `matrix @ vector`: one `dot` per row, so entry `i`
 * is `dot(matrix[i], vector)`. With the eight points of the tutorial as the
 * rows of `matrix` and the weights as `vector`, it is every point's weighted
 * sum at once, NumPy's `X @ w`.
 *
 * @param matrix The rows, each as long as `vector`.
 * @param vector One value per column.
 * @returns One value per row.
 * @throws {RangeError} If a row's length differs from the vector's.
 *
 * @example Every point's weighted sum in one product
 * ```ts
 * import { assert } from "chai";
 * import { matVec } from "./mat_vec.ts";
 *
 * assert.deepEqual(matVec([[3, 1.5], [2, 1]], [2, -2]), [3, 2]);
 * ```
 */
export function matVec(
  matrix: readonly (readonly number[])[],
  vector: readonly number[],
): number[] {
  return matrix.map((row, i) => {
    if (row.length !== vector.length) {
      throw new RangeError(
        `Expected row ${i} to have ${vector.length} values, like the vector, got ${row.length}`,
      );
    }
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += row[j] * vector[j];
    return sum;
  });
}
