import { assert } from "chai";
import { dot } from "../dot.ts";
import { matVec } from "./mat_vec.ts";

// NumPy, computed once: X = np.loadtxt("data/tutorial.csv", delimiter=",", skiprows=1)[:, :2];
// X @ np.array([1.5, -0.75]) gives [3.375 2.25 4.875 1.5 4.875 2.625 7.5 0.75].
Deno.test("matVec gives NumPy's X @ w for the eight points of the tutorial", () => {
  const points = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
  assert.deepEqual(matVec(points, [1.5, -0.75]), [
    3.375,
    2.25,
    4.875,
    1.5,
    4.875,
    2.625,
    7.5,
    0.75,
  ]);
});

Deno.test("each entry of matVec is the dot product of its row with the vector", () => {
  const rows = [[0.1, 0.2, 0.3], [-1, 2.5, 7], [1e-3, 4, -2]];
  const vector = [0.7, -0.3, 1.1];
  assert.deepEqual(matVec(rows, vector), rows.map((row) => dot(row, vector)));
});

Deno.test("matVec refuses a row whose length differs from the vector's, naming the row", () => {
  assert.throws(
    () => matVec([[1, 2], [1, 2, 3]], [1, 2]),
    RangeError,
    "Expected row 1 to have 2 values, like the vector, got 3",
  );
  assert.deepEqual(matVec([], [1, 2]), [], "no rows, no sums");
});
