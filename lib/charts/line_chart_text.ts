import { assertFiniteVector, assertObject, assertWhole } from "../_finite.ts";

/** How {@link lineChartText} draws: the size of the chart. */
export interface LineChartTextOptions {
  /** How many rows the curve spans, 1 to 100 (default 10); the chart has one line more. */
  height?: number;
  /** The width of every line at most, the y labels included, 10 to 1000 columns (default 80). */
  width?: number;
}

/**
 * Draws a line chart in the terminal with box-drawing characters, in the style
 * of asciichart: the values left to right, the y axis labelled on the left
 * from the largest value (top line) to the smallest (bottom line).
 *
 * Every curve draws in time linear in its length, and no line is wider than
 * `width`:
 * - A long series is downsampled to fit: when there are more values than
 *   columns beside the labels, the values are cut into as many runs of
 *   consecutive values as there are columns (their lengths differ by one at
 *   most), and each column shows the mean of its run. The labels then span
 *   the curve as drawn, from its highest column to its lowest, so that the
 *   top and the bottom line are reached (a series' own extremes, averaged
 *   into their runs, may lie beyond them; print them beside the chart). Only
 *   where the drawn range needs wider labels than the whole series' do the
 *   labels stay the series'.
 * - The labels carry as many decimals as it takes to tell each line from the
 *   next (2 at least, 17 significant digits at most), in scientific notation
 *   for sizes from a million up or below 0.0001; so a curve whose values
 *   differ only in their last digits still draws, with labels that show how
 *   little it moves.
 * - A flat series (one value, or all values equal) is a single line.
 *
 * @param values The y values, left to right.
 * @param options The height and the width; a number is the height, as in
 * `lineChartText(errors, 10)`.
 * @returns The chart as lines of text joined by newlines, trailing spaces trimmed.
 * @throws {TypeError} If `values` is not an array of numbers or the options
 * are not an object or a number.
 * @throws {RangeError} If there are no values, a value is not a finite number,
 * the height or the width is out of its range, or the width leaves no column
 * beside the labels.
 *
 * @example A falling curve, four rows high
 * ```ts
 * import { assert } from "chai";
 * import { lineChartText } from "./line_chart_text.ts";
 *
 * const lines = lineChartText([3, 2.5, 2, 1.9], { height: 4 }).split("\n");
 * assert.lengthOf(lines, 5);
 * assert.match(lines[0], /^3\.00 ┼/);
 * assert.match(lines[4], /^1\.90 ┤/);
 * ```
 *
 * @example A long series fits 40 columns
 * ```ts
 * import { assert } from "chai";
 * import { lineChartText } from "./line_chart_text.ts";
 *
 * const errors = Array.from({ length: 1000 }, (_, i) => 1 / (i + 1));
 * const lines = lineChartText(errors, { height: 5, width: 40 }).split("\n");
 * assert.isTrue(lines.every((line) => line.length <= 40));
 * ```
 */
export function lineChartText(
  values: readonly number[],
  options: LineChartTextOptions | number = {},
): string {
  if (typeof options !== "number") assertObject("the options", options);
  const { height = 10, width = 80 } = typeof options === "number" ? { height: options } : options;
  assertFiniteVector("values", values);
  if (values.length === 0) throw new RangeError("Cannot draw a chart of no values");
  assertWhole("the height", height, 1, 100);
  assertWhole("the width", width, 10, 1000);

  let smallest = Infinity;
  let largest = -Infinity;
  for (const value of values) {
    smallest = Math.min(smallest, value);
    largest = Math.max(largest, value);
  }
  const rows = smallest === largest ? 0 : height;
  const labels = axisLabels(largest, smallest, rows);
  // A line is a label, a space, then one column per value: the first on the axis itself.
  const columns = width - labels[0].length - 1;
  if (columns < 1) {
    throw new RangeError(
      `A width of ${width} leaves no room for the curve beside labels of ${labels[0].length} ` +
        `characters`,
    );
  }
  if (values.length > columns) {
    const means = downsample(values, columns, (value) => value);
    const [low, high] = [Math.min(...means), Math.max(...means)];
    const drawnRows = low === high ? 0 : rows;
    const drawn = axisLabels(high, low, drawnRows);
    if (drawn[0].length <= labels[0].length) {
      return draw(means.map(positionIn(low, high, drawnRows)).map(Math.round), drawn);
    }
  }
  const points = downsample(values, columns, positionIn(smallest, largest, rows));
  return draw(points.map(Math.round), labels);
}

/**
 * The chart's lines for points given as whole rows from the bottom, 0 to
 * `labels.length - 1`: the first point sits on the axis, and each next column
 * shows the step from one point to the next, as asciichart draws it.
 */
function draw(levels: readonly number[], labels: readonly string[]): string {
  const top = labels.length - 1;
  const grid = labels.map(() => new Array<string>(levels.length).fill(" "));
  const put = (level: number, column: number, symbol: string) => {
    grid[top - level][column] = symbol;
  };
  grid.forEach((line) => line[0] = "┤");
  put(levels[0], 0, "┼");
  for (let x = 1; x < levels.length; x++) {
    const [from, to] = [levels[x - 1], levels[x]];
    if (from === to) {
      put(from, x, "─");
      continue;
    }
    for (let level = Math.min(from, to) + 1; level < Math.max(from, to); level++) {
      put(level, x, "│");
    }
    put(to, x, from > to ? "╰" : "╭");
    put(from, x, from > to ? "╮" : "╯");
  }
  return grid.map((line, row) => `${labels[row]} ${line.join("")}`.trimEnd()).join("\n");
}

/** The labels from the top line (`largest`) to the bottom one (`smallest`), padded alike. */
function axisLabels(largest: number, smallest: number, rows: number): string[] {
  // Line k lies k / rows of the way down. Stepping down from the top keeps the labels in order
  // (weighting the two ends can round a label past its neighbour); a range wider than the largest
  // double (from -1e308 to 1e308) steps in halves.
  const range = largest - smallest;
  const half = largest / 2 - smallest / 2;
  const at = Array.from({ length: rows + 1 }, (_, k) => {
    if (k === 0) return largest;
    if (k === rows) return smallest;
    const step = k / rows;
    const value = Number.isFinite(range)
      ? largest - range * step
      : largest - half * step - half * step;
    return Math.max(smallest, value);
  });
  const size = Math.max(Math.abs(largest), Math.abs(smallest));
  const scientific = size >= 1e6 || (size > 0 && size < 1e-4);
  const print = (value: number, digits: number) =>
    scientific ? value.toExponential(digits) : value.toFixed(digits);
  // The fewest digits, from 2, that tell each line from the next, up to 17 significant digits:
  // beyond those a double has no more to show (lines a few ulps apart may share a label).
  const most = scientific ? 16 : Math.min(24, Math.max(2, 16 - Math.floor(Math.log10(size || 1))));
  const tellApart = (texts: string[]) => texts.every((text, k) => k === 0 || text !== texts[k - 1]);
  let digits = 2;
  let texts = at.map((value) => print(value, digits));
  while (digits < most && !tellApart(texts)) {
    digits++;
    texts = at.map((value) => print(value, digits));
  }
  const widest = texts.reduce((width, text) => Math.max(width, text.length), 0);
  return texts.map((text) => text.padStart(widest));
}

/** Maps a value to its height in rows, from 0 (`smallest`) to `rows` (`largest`). */
function positionIn(smallest: number, largest: number, rows: number): (value: number) => number {
  if (rows === 0) return () => 0;
  const range = largest - smallest;
  // A range wider than the largest double (from -1e308 to 1e308) is measured in halves.
  const fraction = Number.isFinite(range)
    ? (value: number) => (value - smallest) / range
    : (value: number) => (value / 2 - smallest / 2) / (largest / 2 - smallest / 2);
  return (value) => Math.min(rows, Math.max(0, fraction(value) * rows));
}

/** The heights of at most `columns` points: the mean height of each run of consecutive values. */
function downsample(
  values: readonly number[],
  columns: number,
  position: (value: number) => number,
): number[] {
  if (values.length <= columns) return values.map(position);
  const means: number[] = [];
  for (let column = 0; column < columns; column++) {
    const start = Math.floor(column * values.length / columns);
    const end = Math.floor((column + 1) * values.length / columns);
    let sum = 0;
    for (let i = start; i < end; i++) sum += position(values[i]);
    means.push(sum / (end - start));
  }
  return means;
}
