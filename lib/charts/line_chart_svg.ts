import { assertFiniteVector, assertObject, show } from "../_finite.ts";

/** What to draw in {@link lineChartSvg}. */
export interface LineChartOptions {
  /** The x value of each point, e.g. the iterations 0, 100, 200, ... */
  x: readonly number[];
  /** The y value of each point, e.g. the cumulative errors. */
  y: readonly number[];
  /** The x axis title. */
  xTitle: string;
  /** The y axis title. */
  yTitle: string;
  /** A title above the chart. */
  title?: string;
}

/**
 * Draws a line chart as an SVG document, with Vega-Lite rendered headless (no
 * browser, no canvas). The charting library loads only when this is called, so
 * lessons that never plot start fast.
 *
 * The y axis spans the values, not from zero (`zero: false`): an error curve
 * that falls from 3.9 to 1.9 fills the chart instead of hugging its top.
 *
 * @param options The points, the axis titles and an optional title.
 * @returns The SVG document as text.
 * @throws {TypeError} If `x` or `y` is not an array of numbers or a title is not a string.
 * @throws {RangeError} If there are no points, `x` and `y` differ in length,
 * or a value is not a finite number.
 *
 * @example A falling error curve
 * ```ts
 * import { assert } from "chai";
 * import { lineChartSvg } from "./line_chart_svg.ts";
 *
 * const svg = await lineChartSvg({ x: [0, 100, 200], y: [3, 2, 1.9], xTitle: "Iterations", yTitle: "Error" });
 * assert.match(svg, /^<svg[^>]*>/);
 * assert.include(svg, "Iterations");
 * ```
 */
export async function lineChartSvg(options: LineChartOptions): Promise<string> {
  assertObject("the options", options);
  const { x, y, xTitle, yTitle, title } = options;
  for (const [name, text] of [["xTitle", xTitle], ["yTitle", yTitle], ["title", title ?? ""]]) {
    if (typeof text !== "string") {
      throw new TypeError(`Expected ${name} to be a string, got ${show(text)}`);
    }
  }
  assertFiniteVector("x", x);
  assertFiniteVector("y", y);
  if (x.length !== y.length) {
    throw new RangeError(`Expected as many x as y values: ${x.length} and ${y.length}`);
  }
  if (x.length === 0) throw new RangeError("Cannot draw a chart of no points");
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  // The line's description for screen readers, as vega-lite would write it, but as data: left to
  // vega-lite, the titles would be written into an expression, as code.
  // vega's typings declare formatLocale as a setter; called bare it returns the locale in use.
  const locale = vega.formatLocale as unknown as () => {
    format(spec: string): (n: number) => string;
  };
  const number = locale().format("");
  const values = x.map((xi, i) => ({
    x: xi,
    y: y[i],
    description: `${xTitle}: ${number(xi)}; ${yTitle}: ${number(y[i])}`,
  }));
  const { spec } = vegaLite.compile({
    ...(title ? { title } : {}),
    width: 640,
    height: 320,
    data: { values },
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: { field: "x", type: "quantitative", title: xTitle },
      y: { field: "y", type: "quantitative", title: yTitle, scale: { zero: false } },
      description: { field: "description" },
    },
    config: { font: "sans-serif", background: "white" },
  });
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  return await view.toSVG();
}
