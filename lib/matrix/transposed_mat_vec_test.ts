import { assert } from "chai";
import { transposedMatVec } from "./transposed_mat_vec.ts";

// NumPy, computed once: X.T @ np.array([1, -2, 0.5, 0.25, -1, 3, 0.125, -0.5]) for the tutorial's
// eight points is [4.4375 1.875].
Deno.test("transposedMatVec gives NumPy's X.T @ v for the eight points of the tutorial", () => {
  const points = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
  assert.deepEqual(
    transposedMatVec(points, [1, -2, 0.5, 0.25, -1, 3, 0.125, -0.5]),
    [4.4375, 1.875],
  );
});

Deno.test("transposedMatVec is the transpose: u . (M^T v) equals (M u) . v", () => {
  const matrix = [[1, 2, 3], [4, 5, 6]];
  const [u, v] = [[1, -1, 2], [3, 0.5]];
  const left = transposedMatVec(matrix, v).reduce((sum, x, j) => sum + x * u[j], 0);
  const mu = matrix.map((row) => row.reduce((sum, x, j) => sum + x * u[j], 0));
  assert.equal(left, mu[0] * v[0] + mu[1] * v[1]);
});

Deno.test("transposedMatVec refuses no rows, a count that differs, and ragged rows", () => {
  assert.throws(() => transposedMatVec([], []), RangeError, "Expected at least one row, got none");
  assert.throws(() => transposedMatVec([[1], [2]], [1]), RangeError, "2 rows but 1 values");
  assert.throws(() => transposedMatVec([[1, 2], [3]], [1, 1]), RangeError, "row 1 to have 2");
});

Deno.test("a row longer or shorter than the first is refused, naming it", () => {
  assert.throws(
    () => transposedMatVec([[1, 2], [3, 4, 5]], [1, 1]),
    RangeError,
    "Expected row 1 to have 2 values, like row 0, got 3",
  );
  assert.throws(() => transposedMatVec([[1, 2], [3]], [1, 1]), RangeError, "got 1");
});
