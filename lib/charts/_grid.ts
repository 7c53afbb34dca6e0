/** The plane a contour map covers, and how finely: shared by the text and the SVG map. */
export interface ContourGrid {
  /** The function drawn, e.g. the error at weights (x, y). */
  f: (x: number, y: number) => number;
  /** The x range, left to right. */
  x: readonly [number, number];
  /** The y range, bottom to top. */
  y: readonly [number, number];
  /** Cells across (the text map's columns). */
  columns: number;
  /** Cells down (the text map's rows). */
  rows: number;
}

/** The value at each cell's centre, row 0 at the top (the largest y). */
export function gridValues({ f, x, y, columns, rows }: ContourGrid): number[][] {
  if (!(x[0] < x[1]) || !(y[0] < y[1])) {
    throw new RangeError(`Expected ranges from low to high, got x ${x} and y ${y}`);
  }
  if (!Number.isInteger(columns) || columns < 2 || !Number.isInteger(rows) || rows < 2) {
    throw new RangeError(`Expected at least 2 whole columns and rows, got ${columns} and ${rows}`);
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const value = f(...cellCentre({ x, y, columns, rows }, r, c));
      if (!Number.isFinite(value)) {
        throw new RangeError(`Expected finite values, got ${value} at row ${r}, column ${c}`);
      }
      return value;
    }));
}

/** The (x, y) at the centre of the cell in row `r` (0 at the top) and column `c`. */
export function cellCentre(
  { x, y, columns, rows }: Omit<ContourGrid, "f">,
  r: number,
  c: number,
): [number, number] {
  return [
    x[0] + (c + 0.5) * (x[1] - x[0]) / columns,
    y[1] - (r + 0.5) * (y[1] - y[0]) / rows,
  ];
}

/** The cell (row, column) a point falls in, or undefined outside the plane. */
export function cellOf(
  { x, y, columns, rows }: Omit<ContourGrid, "f">,
  px: number,
  py: number,
): [number, number] | undefined {
  const c = Math.floor((px - x[0]) / (x[1] - x[0]) * columns);
  const r = Math.floor((y[1] - py) / (y[1] - y[0]) * rows);
  return r >= 0 && r < rows && c >= 0 && c < columns ? [r, c] : undefined;
}

/** Which band a value falls in: how many of the ascending levels it reaches. */
export function band(levels: readonly number[], value: number): number {
  let k = 0;
  while (k < levels.length && value >= levels[k]) k++;
  return k;
}
