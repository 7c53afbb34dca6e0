// @ts-types="@types/asciichart"
import asciichart from "asciichart";

/**
 * Draws a line chart in the terminal with box-drawing characters (asciichart),
 * one column per value, with the y values labelled on the left.
 *
 * @param values The y values, left to right.
 * @param height How many rows the chart spans.
 * @returns The chart as lines of text joined by newlines.
 * @throws {RangeError} If there are no values or a value is not a finite number.
 *
 * @example A falling curve
 * ```ts
 * import { assert } from "chai";
 * import { lineChartText } from "./line_chart_text.ts";
 *
 * const chart = lineChartText([3, 2.5, 2, 1.9], 4);
 * assert.include(chart, "3.00");
 * assert.include(chart, "1.90");
 * ```
 */
export function lineChartText(values: readonly number[], height = 10): string {
  if (values.length === 0) throw new RangeError("Cannot draw a chart of no values");
  if (!values.every(Number.isFinite)) {
    throw new RangeError("Cannot draw a value that is not a finite number");
  }
  return asciichart.plot([...values], { height }).split("\n").map((line) => line.trimEnd())
    .join("\n");
}
