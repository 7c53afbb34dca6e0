import { assert } from "chai";
import { fitStandardizer } from "./standardizer.ts";

Deno.test("standardised training features have mean 0 and deviation 1", () => {
  const rows = [[1, 1000, 5], [2, 3000, 5], [6, 2000, 5], [3, 6000, 5]];
  const scaler = fitStandardizer(rows);
  const scaled = rows.map(scaler.transform);
  for (const j of [0, 1]) {
    const column = scaled.map((row) => row[j]);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const variance = column.reduce((a, x) => a + (x - mean) ** 2, 0) / column.length;
    assert.closeTo(mean, 0, 1e-12);
    assert.closeTo(variance, 1, 1e-12);
  }
  assert.deepEqual(
    scaled.map((row) => row[2]),
    [0, 0, 0, 0],
    "a constant feature becomes 0, not NaN",
  );
});

Deno.test("the standardizer applies the training numbers to new rows", () => {
  const scaler = fitStandardizer([[0], [2]]);
  assert.deepEqual(scaler.transform([5]), [4]);
});

Deno.test("fitting no rows or ragged rows is refused", () => {
  assert.throws(() => fitStandardizer([]), RangeError, "no rows");
  assert.throws(() => fitStandardizer([[1, 2], [3]]), RangeError, "Row 1 has 1 values");
});
