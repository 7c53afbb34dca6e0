import { band, type ContourGrid, gridValues } from "./_grid.ts";

/** A path drawn over the SVG map, with its name in the legend. */
export interface ContourPath {
  /** The path's name in the legend, e.g. "full batch". */
  name: string;
  /** The points, as [x, y], joined by a line; one point is a dot. */
  points: readonly (readonly [number, number])[];
}

/** What {@link contourSvg} draws. */
export interface ContourSvgOptions extends ContourGrid {
  /** The ascending levels between the bands. */
  levels: readonly number[];
  /** Paths over the bands, each in its own colour, named in the legend. */
  paths?: readonly ContourPath[];
  /** A title above the map. */
  title: string;
  /** The x axis title, e.g. "w1". */
  xTitle: string;
  /** The y axis title, e.g. "w2". */
  yTitle: string;
}

// Low values light, high values dark: the bands' fills, then the paths' colours.
const FILLS = [
  "#f7fbff",
  "#deebf7",
  "#c6dbef",
  "#9ecae1",
  "#6baed6",
  "#4292c6",
  "#2171b5",
  "#08519c",
  "#08306b",
  "#041c40",
];
const COLOURS = ["#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#e377c2", "#17becf"];

/** XML text: &, < and > escaped. */
const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * A contour map as a plain SVG document: each cell of the grid filled with
 * its band's colour (light for low values, dark for high), the paths on top
 * as coloured lines with a dot at each end (cut at the map's edge), a legend of the bands and the
 * paths, the axes with their ranges. No charting library: the map is rects.
 *
 * @param options The function, the plane, its cells, the levels, the paths
 * and the titles.
 * @returns The SVG document as text, the same for the same options.
 * @throws {RangeError} If a range is empty, there are fewer than 2 cells
 * across or down, there are more than 9 levels or more than 6 paths, or a
 * value is not finite.
 *
 * @example A bowl with one path into it
 * ```ts
 * import { assert } from "chai";
 * import { contourSvg } from "./contour_svg.ts";
 *
 * const svg = contourSvg({
 *   f: (x, y) => x * x + y * y, x: [-1, 1], y: [-1, 1], columns: 20, rows: 20, levels: [0.5, 1],
 *   paths: [{ name: "descent", points: [[0.9, 0.9], [0.1, 0.1]] }],
 *   title: "A bowl", xTitle: "x", yTitle: "y",
 * });
 * assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
 * assert.include(svg, ">descent</text>");
 * ```
 */
export function contourSvg(options: ContourSvgOptions): string {
  const { levels, paths = [], title, xTitle, yTitle, x, y, columns, rows } = options;
  if (levels.length >= FILLS.length) {
    throw new RangeError(`Expected at most ${FILLS.length - 1} levels, got ${levels.length}`);
  }
  if (paths.length > COLOURS.length) {
    throw new RangeError(`Expected at most ${COLOURS.length} paths, got ${paths.length}`);
  }
  const values = gridValues(options);
  const [left, top, size] = [60, 40, 480];
  const [cw, ch] = [size / columns, size / rows];
  const px = (vx: number) => left + (vx - x[0]) / (x[1] - x[0]) * size;
  const py = (vy: number) => top + (y[1] - vy) / (y[1] - y[0]) * size;
  const n = (v: number) => Number(v.toFixed(2));
  const cells = values.flatMap((row, r) =>
    row.map((value, c) =>
      `<rect x="${n(left + c * cw)}" y="${n(top + r * ch)}" width="${n(cw + 0.05)}" ` +
      `height="${n(ch + 0.05)}" fill="${FILLS[band(levels, value)]}"/>`
    )
  );
  const lines = paths.flatMap(({ points }, k) => {
    const colour = COLOURS[k];
    const coords = points.map(([vx, vy]) => `${n(px(vx))},${n(py(vy))}`).join(" ");
    const [first, last] = [points[0], points.at(-1)!];
    return [
      `<polyline points="${coords}" fill="none" stroke="${colour}" stroke-width="1.5" ` +
      `clip-path="url(#map)"/>`,
      ...[first, last].map(([vx, vy]) =>
        `<circle cx="${n(px(vx))}" cy="${n(py(vy))}" r="3" fill="${colour}" clip-path="url(#map)"/>`
      ),
    ];
  });
  const legendX = left + size + 20;
  const bandNames = FILLS.slice(0, levels.length + 1).map((_, k) =>
    k === 0
      ? `below ${levels[0]}`
      : k === levels.length
      ? `${levels[k - 1]} and up`
      : `${levels[k - 1]} to ${levels[k]}`
  );
  const legend = [
    ...bandNames.map((name, k) =>
      `<rect x="${legendX}" y="${top + k * 20}" width="14" height="14" fill="${
        FILLS[k]
      }" stroke="#999"/>` +
      `<text x="${legendX + 20}" y="${top + k * 20 + 12}">${escape(name)}</text>`
    ),
    ...paths.map(({ name }, k) => {
      const ty = top + (bandNames.length + 1 + k) * 20;
      return `<line x1="${legendX}" y1="${ty + 7}" x2="${legendX + 14}" y2="${ty + 7}" ` +
        `stroke="${COLOURS[k]}" stroke-width="3"/>` +
        `<text x="${legendX + 20}" y="${ty + 12}">${escape(name)}</text>`;
    }),
  ];
  const width = legendX + 200;
  const height = top + size + 50;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<clipPath id="map"><rect x="${left}" y="${top}" width="${size}" height="${size}"/></clipPath>`,
    `<text x="${left + size / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${
      escape(title)
    }</text>`,
    ...cells,
    `<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="none" stroke="#333"/>`,
    ...lines,
    `<text x="${left}" y="${top + size + 18}" text-anchor="middle">${x[0]}</text>`,
    `<text x="${left + size}" y="${top + size + 18}" text-anchor="middle">${x[1]}</text>`,
    `<text x="${left + size / 2}" y="${top + size + 36}" text-anchor="middle">${
      escape(xTitle)
    }</text>`,
    `<text x="${left - 8}" y="${top + size}" text-anchor="end">${y[0]}</text>`,
    `<text x="${left - 8}" y="${top + 10}" text-anchor="end">${y[1]}</text>`,
    `<text x="${left - 30}" y="${top + size / 2}" text-anchor="middle" ` +
    `transform="rotate(-90 ${left - 30} ${top + size / 2})">${escape(yTitle)}</text>`,
    ...legend,
    "</svg>",
    "",
  ].join("\n");
}
