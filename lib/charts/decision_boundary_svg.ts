/** What to draw in {@link decisionBoundarySvg}. */
export interface DecisionBoundaryOptions {
  /** The network's prediction for a point of the plane, in (0, 1). */
  predict: (input: readonly number[]) => number;
  /** The training points, each [x1, x2]. */
  points: readonly (readonly number[])[];
  /** Each point's class, 0 or 1. */
  targets: readonly number[];
  /** A title above the picture. */
  title: string;
  /** How many cells across and down the heatmap has. */
  resolution?: number;
}

/**
 * Draws a network's decision boundary, as the TensorFlow Playground shows it:
 * a heatmap of the prediction over the input plane (blue near 0, orange near
 * 1, white on the 0.5 line), with the training points on top, coloured by
 * class. Rendered as SVG by Vega-Lite, loaded only when called.
 *
 * @param options The prediction, the points and their classes, a title.
 * @returns The SVG document as text.
 * @throws {RangeError} If the points are not two-dimensional, the counts of
 * points and targets differ, or a prediction is not finite.
 *
 * @example A boundary along x1 = x2
 * ```ts
 * import { assert } from "chai";
 * import { decisionBoundarySvg } from "./decision_boundary_svg.ts";
 * import { sigmoid } from "../sigmoid.ts";
 *
 * const svg = await decisionBoundarySvg({
 *   predict: ([x1, x2]) => sigmoid(4 * (x1 - x2)),
 *   points: [[0, 1], [1, 0]],
 *   targets: [0, 1],
 *   title: "A diagonal boundary",
 * });
 * assert.include(svg, "A diagonal boundary");
 * ```
 */
export async function decisionBoundarySvg(options: DecisionBoundaryOptions): Promise<string> {
  const { predict, points, targets, title, resolution = 40 } = options;
  if (points.length !== targets.length) {
    throw new RangeError(
      `Expected one target per point: ${points.length} points, ${targets.length} targets`,
    );
  }
  if (points.length === 0 || points.some((p) => p.length !== 2)) {
    throw new RangeError("Expected at least one point, each with two coordinates [x1, x2]");
  }
  // The plane around the points, with a margin of a tenth of their spread (at least 0.5).
  const span = (axis: number) => {
    const values = points.map((p) => p[axis]);
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const margin = Math.max(0.5, (high - low) / 10);
    return { low: low - margin, step: (high - low + 2 * margin) / resolution };
  };
  const [sx, sy] = [span(0), span(1)];
  const cells = [];
  for (let i = 0; i < resolution; i++) {
    for (let j = 0; j < resolution; j++) {
      const x = sx.low + i * sx.step;
      const y = sy.low + j * sy.step;
      const prediction = predict([x + sx.step / 2, y + sy.step / 2]);
      if (!Number.isFinite(prediction)) {
        throw new RangeError(`The prediction at [${x}, ${y}] is ${prediction}`);
      }
      cells.push({ x, x2: x + sx.step, y, y2: y + sy.step, prediction });
    }
  }
  const samples = points.map(([x1, x2], i) => ({ x1, x2, target: `class ${targets[i]}` }));

  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const { spec } = vegaLite.compile({
    title,
    width: 400,
    height: 400,
    layer: [
      {
        data: { values: cells },
        mark: { type: "rect", stroke: null },
        encoding: {
          x: { field: "x", type: "quantitative", title: "x1", scale: { nice: false, zero: false } },
          x2: { field: "x2" },
          y: { field: "y", type: "quantitative", title: "x2", scale: { nice: false, zero: false } },
          y2: { field: "y2" },
          color: {
            field: "prediction",
            type: "quantitative",
            title: "prediction",
            scale: { domain: [0, 0.5, 1], range: ["#2c7bb6", "#ffffff", "#fdae61"] },
          },
        },
      },
      {
        data: { values: samples },
        mark: { type: "point", filled: true, size: 120, stroke: "black", strokeWidth: 1 },
        encoding: {
          x: { field: "x1", type: "quantitative" },
          y: { field: "x2", type: "quantitative" },
          shape: { field: "target", type: "nominal", title: "training point" },
          fill: {
            field: "target",
            type: "nominal",
            scale: { domain: ["class 0", "class 1"], range: ["#08519c", "#d94801"] },
            title: "training point",
          },
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
    config: { font: "sans-serif", background: "white" },
  });
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  return await view.toSVG();
}
