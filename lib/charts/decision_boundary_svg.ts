import {
  assertArray,
  assertFinite,
  assertFunction,
  assertNumber,
  assertObject,
  assertTarget,
  assertWhole,
  show,
} from "../_finite.ts";

/** The most training points drawn on top of the heatmap; more would make the SVG huge and slow. */
const MAX_DRAWN_POINTS = 10_000;

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
  /** How many cells across and down the heatmap has, 1 to 200 (default 40): resolution² cells. */
  resolution?: number;
}

/**
 * Draws a network's decision boundary, as the TensorFlow Playground shows it:
 * a heatmap of the prediction over the input plane (blue near 0, orange near
 * 1, white on the 0.5 line), with the training points on top, coloured by
 * class. Rendered as SVG by Vega-Lite, loaded only when called.
 *
 * The plane spans the points with a margin of a tenth of their spread on each
 * side (at least 0.5), cut into `resolution` × `resolution` cells; each cell is
 * coloured by the prediction at its centre, so `predict` is called once per
 * cell. All the points decide the plane, but at most 10,000 of them are drawn:
 * beyond that, every k-th point, evenly spread over the list.
 *
 * @param options The prediction, the points and their classes, a title.
 * @returns The SVG document as text.
 * @throws {TypeError} If an option has the wrong type: `predict` not a
 * function, a point or a target not numbers, the title not a string.
 * @throws {RangeError} If there are no points, a point is not two finite
 * coordinates, the counts of points and targets differ, a target is not 0 or
 * 1, the resolution is not a whole number from 1 to 200, or a prediction is not
 * a number from 0 to 1.
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
  assertObject("the options", options);
  const { predict, points, targets, title, resolution = 40 } = options;
  assertFunction("predict", predict);
  assertArray("points", points);
  assertArray("targets", targets);
  if (typeof title !== "string") {
    throw new TypeError(`Expected the title to be a string, got ${show(title)}`);
  }
  assertWhole("the resolution", resolution, 1, 200);
  if (points.length !== targets.length) {
    throw new RangeError(
      `Expected one target per point: ${points.length} points, ${targets.length} targets`,
    );
  }
  if (points.length === 0) throw new RangeError("Expected at least one point [x1, x2]");
  points.forEach((point, i) => {
    assertArray(`points[${i}]`, point);
    if (point.length !== 2) {
      throw new RangeError(
        `Expected each point to have two coordinates [x1, x2], but points[${i}] has ${point.length}`,
      );
    }
    assertFinite(`points[${i}][0]`, point[0]);
    assertFinite(`points[${i}][1]`, point[1]);
    assertTarget(`targets[${i}]`, targets[i]);
  });
  const [sx, sy] = [span(points, 0, resolution), span(points, 1, resolution)];
  const cells = [];
  for (let i = 0; i < resolution; i++) {
    for (let j = 0; j < resolution; j++) {
      // Cell (i, j): x from sx.low + i steps, y from sy.low + j steps; predicted at its centre.
      const x = sx.low + i * sx.step;
      const y = sy.low + j * sy.step;
      const centre = [x + sx.step / 2, y + sy.step / 2];
      const prediction = predict(centre);
      if (typeof prediction !== "number" || !(prediction >= 0 && prediction <= 1)) {
        assertNumber(`the prediction at [${centre.join(", ")}]`, prediction);
        throw new RangeError(
          `The prediction at [${centre.join(", ")}] is ${prediction}: expected 0 to 1`,
        );
      }
      cells.push({ x, x2: x + sx.step, y, y2: y + sy.step, prediction });
    }
  }
  const every = Math.ceil(points.length / MAX_DRAWN_POINTS);
  const samples = [];
  for (let i = 0; i < points.length; i += every) {
    const [x1, x2] = points[i];
    samples.push({ x1, x2, target: `class ${targets[i]}` });
  }

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
            // Interpolated in Lab: in HCL (the default) white has no hue, and 0.5 came out yellow.
            scale: {
              domain: [0, 0.5, 1],
              range: ["#2c7bb6", "#ffffff", "#fdae61"],
              interpolate: "lab",
            },
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

/**
 * One axis of the plane around the points: its low end and the width of a
 * cell. The margin is a tenth of the points' spread on each side, at least 0.5.
 * A loop, not `Math.min(...values)`: spreading a million points overflows the stack.
 */
function span(
  points: readonly (readonly number[])[],
  axis: number,
  resolution: number,
): { low: number; step: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const point of points) {
    low = Math.min(low, point[axis]);
    high = Math.max(high, point[axis]);
  }
  const margin = Math.max(0.5, (high - low) / 10);
  const width = high - low + 2 * margin;
  if (!Number.isFinite(width)) {
    throw new RangeError(
      `The points spread from ${low} to ${high} on x${axis + 1}: too wide to draw`,
    );
  }
  return { low: low - margin, step: width / resolution };
}
