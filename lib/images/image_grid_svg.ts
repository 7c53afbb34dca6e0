import { assertImage } from "./_image.ts";

/** One picture of an {@link imageGridSvg}: its grey levels and a caption beneath it. */
export interface CaptionedImage {
  /** The grey levels row after row, 0 for white up to `maxValue` for black. */
  pixels: readonly number[];
  /** A short caption, e.g. "true 8, guess 1". */
  caption: string;
}

/** What to draw in {@link imageGridSvg}. */
export interface ImageGridOptions {
  /** The pictures, drawn left to right, then row after row. */
  images: readonly CaptionedImage[];
  /** How many pixels make one row of a picture, e.g. 8. */
  width: number;
  /** The level of black, e.g. 16 for the digits. */
  maxValue: number;
  /** A title above the grid. */
  title: string;
  /** How many pictures per row of the grid (default 8). */
  columns?: number;
}

/** The side of one pixel's square in the picture. */
const PIXEL = 8;

/**
 * Draws small greyscale pictures side by side as an SVG document, each pixel a
 * grey square from white (0) to black (`maxValue`), each picture with its
 * caption beneath: for example the digits a network got wrong, with their true
 * and guessed labels. Rendered by Vega-Lite, loaded only when called.
 *
 * @param options The pictures with their captions, their width and black level, a title.
 * @returns The SVG document as text.
 * @throws {RangeError} If there are no pictures, a picture's pixels do not fill
 * whole rows or hold a level outside 0 to `maxValue`, the pictures differ in
 * size, or `columns` is not a whole number of at least 1.
 *
 * @example Two pictures of 2 by 2 pixels
 * ```ts
 * import { assert } from "chai";
 * import { imageGridSvg } from "./image_grid_svg.ts";
 *
 * const svg = await imageGridSvg({
 *   images: [{ pixels: [16, 0, 0, 16], caption: "a" }, { pixels: [0, 16, 16, 0], caption: "b" }],
 *   width: 2,
 *   maxValue: 16,
 *   title: "Diagonals",
 * });
 * assert.match(svg, /^<svg /);
 * assert.include(svg, "Diagonals");
 * ```
 */
export async function imageGridSvg(options: ImageGridOptions): Promise<string> {
  const { images, width, maxValue, title, columns = 8 } = options;
  if (images.length === 0) throw new RangeError("Expected at least one picture to draw");
  if (!Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`Expected columns to be a whole number of at least 1, got ${columns}`);
  }
  const size = images[0].pixels.length;
  images.forEach(({ pixels }, n) => {
    assertImage(`picture ${n}'s pixels`, pixels, width, maxValue);
    if (pixels.length !== size) {
      throw new RangeError(
        `Expected every picture to have ${size} pixels like picture 0; picture ${n} has ` +
          `${pixels.length}`,
      );
    }
  });
  const height = size / width;
  // One row of data per pixel: which picture, where in it, how dark.
  const values = images.flatMap(({ pixels }, picture) =>
    pixels.map((level, p) => ({ picture, column: p % width, row: Math.floor(p / width), level }))
  );
  // The captions go to vega as data, read by the label's expression, never written into it.
  const captions = images.map(({ caption }) => ({ caption }));

  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const { spec } = vegaLite.compile({
    title,
    data: { values },
    columns,
    facet: {
      field: "picture",
      type: "ordinal",
      title: null,
      header: {
        labelOrient: "bottom",
        labelExpr: 'data("captions")[datum.value].caption',
        labelFontSize: 11,
      },
    },
    spec: {
      width: width * PIXEL,
      height: height * PIXEL,
      mark: { type: "rect", stroke: null },
      encoding: {
        x: { field: "column", type: "ordinal", axis: null },
        y: { field: "row", type: "ordinal", axis: null },
        color: {
          field: "level",
          type: "quantitative",
          scale: { domain: [0, maxValue], range: ["#ffffff", "#000000"] },
          legend: null,
        },
      },
    },
    config: { font: "sans-serif", background: "white", view: { stroke: "#999999" } },
  });
  spec.data = [{ name: "captions", values: captions }, ...(spec.data ?? [])];
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  return await view.toSVG();
}
