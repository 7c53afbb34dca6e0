import { assert } from "chai";
import { lineChartText } from "./line_chart_text.ts";

Deno.test("the terminal chart has the asked height, labels the extremes and spans every value", () => {
  const values = [3.9, 3.1, 2.4, 2.0, 1.9, 2.1];
  const lines = lineChartText(values, 5).split("\n");
  assert.lengthOf(lines, 6, "height + 1 rows");
  assert.include(lines[0], "3.90");
  assert.include(lines.at(-1), "1.90");
  const width = Math.max(...lines.map((line) => line.length));
  assert.isAtLeast(width, values.length);
});

Deno.test("the terminal chart refuses no values or a non-finite one", () => {
  assert.throws(() => lineChartText([]), RangeError, "no values");
  assert.throws(
    () => lineChartText([1, NaN]),
    RangeError,
    "Expected values[1] to be a finite number, got NaN",
  );
});
