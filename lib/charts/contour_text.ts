import { band, cellOf, type ContourGrid, gridValues } from "./_grid.ts";

/** A path or a point drawn over the map: each point as `symbol`. */
export interface ContourMark {
  /** The character drawn at each point. */
  symbol: string;
  /** The points, as [x, y]. */
  points: readonly (readonly [number, number])[];
}

/** What {@link contourText} draws. */
export interface ContourTextOptions extends ContourGrid {
  /** The ascending levels between the bands: n levels make n + 1 bands. */
  levels: readonly number[];
  /** Paths and points drawn over the bands, later ones on top. */
  marks?: readonly ContourMark[];
}

/** The bands' characters, from the lowest values to the highest: the darker, the higher. */
export const SHADES = " .:-=+*#%@";

/**
 * A contour map in characters: the plane cut into `rows` by `columns` cells,
 * each drawn with the shade of the band its centre's value falls in (" " for
 * the lowest, "@" for the highest), the marks on top, a frame with the
 * ranges on the axes. Where the shade does not change, the function is
 * flat within a band; where the shades crowd, it is steep.
 *
 * @param options The function, the plane, its cells, the levels and the marks.
 * @returns The map as lines joined by newlines, `columns + 2` characters wide
 * plus the y labels.
 * @throws {RangeError} If a range is empty, there are fewer than 2 cells
 * across or down, the levels are not ascending or more than 9, a mark's symbol
 * is not one character, or a value is not finite.
 *
 * @example A bowl: low (blank) in the middle, high at the corners
 * ```ts
 * import { assert } from "chai";
 * import { contourText } from "./contour_text.ts";
 *
 * const map = contourText({
 *   f: (x, y) => x * x + y * y,
 *   x: [-1, 1], y: [-1, 1], columns: 5, rows: 3, levels: [0.5, 1],
 *   marks: [{ symbol: "o", points: [[0, 0]] }],
 * });
 * assert.deepEqual(map.split("\n"), [
 *   "   1 +-----+",
 *   "     |:. .:|",
 *   "     |. o .|",
 *   "     |:. .:|",
 *   "  -1 +-----+",
 *   "     -1    1",
 * ]);
 * ```
 */
export function contourText(options: ContourTextOptions): string {
  const { levels, marks = [], columns, rows, x, y } = options;
  if (levels.length >= SHADES.length) {
    throw new RangeError(`Expected at most ${SHADES.length - 1} levels, got ${levels.length}`);
  }
  levels.forEach((level, k) => {
    if (!Number.isFinite(level) || (k > 0 && !(level > levels[k - 1]))) {
      throw new RangeError(`Expected ascending finite levels, got ${levels.join(", ")}`);
    }
  });
  const grid = gridValues(options).map((row) => row.map((value) => SHADES[band(levels, value)]));
  for (const { symbol, points } of marks) {
    if ([...symbol].length !== 1) {
      throw new RangeError(`Expected a mark's symbol to be one character, got "${symbol}"`);
    }
    for (const [px, py] of points) {
      const cell = cellOf({ x, y, columns, rows }, px, py);
      if (cell) grid[cell[0]][cell[1]] = symbol;
    }
  }
  const [top, bottom] = [String(y[1]), String(y[0])];
  const pad = Math.max(top.length, bottom.length) + 2;
  const frame = `+${"-".repeat(columns)}+`;
  const [left, right] = [String(x[0]), String(x[1])];
  return [
    `${top.padStart(pad)} ${frame}`,
    ...grid.map((row) => `${" ".repeat(pad)} |${row.join("")}|`),
    `${bottom.padStart(pad)} ${frame}`,
    `${" ".repeat(pad)} ${left}${right.padStart(columns + 2 - left.length)}`,
  ].join("\n");
}
