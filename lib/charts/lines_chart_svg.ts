import { assertFiniteVector } from "../_finite.ts";

/** One named curve of {@link linesChartSvg}. */
export interface LineSeries {
  /** The curve's name in the legend, e.g. "full batch". */
  name: string;
  /** The x value of each point. */
  x: readonly number[];
  /** The y value of each point. */
  y: readonly number[];
}

/** What to draw in {@link linesChartSvg}. */
export interface LinesChartOptions {
  /** The curves, each in its own colour, named in a legend. */
  series: readonly LineSeries[];
  /** The x axis title. */
  xTitle: string;
  /** The y axis title. */
  yTitle: string;
  /** A title above the chart. */
  title?: string;
}

/**
 * Draws several curves in one line chart as an SVG document, each in its own
 * colour and named in a legend, with Vega-Lite rendered headless, like
 * `lineChartSvg` (whose one curve it generalises). The y axis spans the
 * values, not from zero. The charting library loads only when this is called.
 *
 * @param options The curves, the axis titles and an optional title.
 * @returns The SVG document as text.
 * @throws {RangeError} If there are no curves, a curve has no points, its `x`
 * and `y` differ in length, two curves share a name, or a value is not finite.
 *
 * @example Two curves, two names in the legend
 * ```ts
 * import { assert } from "chai";
 * import { linesChartSvg } from "./lines_chart_svg.ts";
 *
 * const svg = await linesChartSvg({
 *   series: [{ name: "smooth", x: [0, 1, 2], y: [3, 2, 1.9] }, { name: "noisy", x: [0, 1, 2], y: [3, 2.4, 2.6] }],
 *   xTitle: "Steps",
 *   yTitle: "Error",
 * });
 * assert.include(svg, ">smooth</text>");
 * assert.include(svg, ">noisy</text>");
 * ```
 */
export async function linesChartSvg(options: LinesChartOptions): Promise<string> {
  const { series, xTitle, yTitle, title } = options;
  if (series.length === 0) throw new RangeError("Cannot draw a chart of no curves");
  const names = new Set<string>();
  const values = series.flatMap(({ name, x, y }, order) => {
    if (names.has(name)) {
      throw new RangeError(`Expected each curve's name once, got "${name}" twice`);
    }
    names.add(name);
    assertFiniteVector(`${name}'s x`, x);
    assertFiniteVector(`${name}'s y`, y);
    if (x.length !== y.length) {
      throw new RangeError(
        `Expected as many x as y values in "${name}": ${x.length} and ${y.length}`,
      );
    }
    if (x.length === 0) throw new RangeError(`Cannot draw the curve "${name}" of no points`);
    return x.map((xi, i) => ({ series: name, order, x: xi, y: y[i] }));
  });
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  // Each curve's description for screen readers, as vega-lite would write it, but as data: left
  // to vega-lite, the titles and names would be written into an expression, as code.
  // vega's typings declare formatLocale as a setter; called bare it returns the locale in use.
  const locale = vega.formatLocale as unknown as () => {
    format(spec: string): (n: number) => string;
  };
  const number = locale().format("");
  for (const value of values) {
    Object.assign(value, {
      description: `${xTitle}: ${number(value.x)}; ${yTitle}: ${number(value.y)}; ` +
        `series: ${value.series}`,
    });
  }
  const { spec } = vegaLite.compile({
    ...(title ? { title } : {}),
    width: 640,
    height: 320,
    data: { values },
    mark: { type: "line", strokeWidth: 1.5 },
    encoding: {
      x: { field: "x", type: "quantitative", title: xTitle },
      y: { field: "y", type: "quantitative", title: yTitle, scale: { zero: false } },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: { field: "order", op: "min" },
        legend: { orient: "top-right", labelLimit: 400 },
      },
      description: { field: "description" },
    },
    config: { font: "sans-serif", background: "white" },
  });
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  return await view.toSVG();
}
