import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { linesChartSvg } from "./lines_chart_svg.ts";

const options = {
  series: [
    { name: "full batch", x: [0, 100, 200], y: [3.9, 2.4, 1.9] },
    { name: "one sample", x: [0, 100, 200], y: [3.8, 2.6, 2.1] },
  ],
  xTitle: "Steps",
  yTitle: "Error for all training instances",
  title: "Two curves",
};

Deno.test("the chart of several curves is well-formed SVG with a line and a name for each", async () => {
  const svg = await linesChartSvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.include(svg, ">full batch</text>");
  assert.include(svg, ">one sample</text>");
  assert.include(svg, ">Steps</text>");
  assert.include(svg, ">Two curves</text>");
  assert.lengthOf(svg.match(/aria-roledescription="line mark"/g) ?? [], 2, "one line per curve");
  assert.equal(svg, await linesChartSvg(options), "the same SVG, byte for byte");
});

Deno.test("no curves, an empty curve, mismatched lengths, a name twice and NaN are refused", async () => {
  const refused = async (bad: typeof options, message: string) => {
    let error: unknown;
    try {
      await linesChartSvg(bad);
    } catch (e) {
      error = e;
    }
    assert.instanceOf(error, RangeError, message);
    assert.include((error as Error).message, message);
  };
  const [a, b] = options.series;
  await refused({ ...options, series: [] }, "Cannot draw a chart of no curves");
  await refused({ ...options, series: [{ ...a, x: [], y: [] }] }, `the curve "full batch" of no`);
  await refused({ ...options, series: [{ ...a, y: [1] }] }, `in "full batch": 3 and 1`);
  await refused({ ...options, series: [a, { ...b, name: a.name }] }, `"full batch" twice`);
  await refused({ ...options, series: [{ ...a, y: [1, NaN, 2] }] }, "full batch's y[1]");
  await refused({ ...options, series: [a, { ...b, x: [0, Infinity, 2] }] }, "one sample's x[1]");
});

Deno.test("titles and curve names are passed to vega as data: quotes, a backslash and U+2028", async () => {
  const nasty = `a "quote", 'another' \\ and a line separator\u2028datum.x`;
  const svg = await linesChartSvg({
    series: [{ name: nasty, x: [0, 1], y: [1, 2] }, { name: "b", x: [0, 1], y: [2, 1] }],
    xTitle: nasty,
    yTitle: nasty,
    title: nasty,
  });
  // Drawn whole as the title, both axis titles and the legend's label.
  const shown = svg.split(`>a "quote", 'another' \\ and a line separator`).length - 1;
  assert.equal(shown, 4);
});

Deno.test("the legend keeps the curves' order, not the alphabet's", async () => {
  const svg = await linesChartSvg({
    series: [{ name: "zeta", x: [0, 1], y: [3, 2] }, { name: "alpha", x: [0, 1], y: [1, 2] }],
    xTitle: "x",
    yTitle: "y",
  });
  assert.include(svg, "Symbol legend for stroke color with 2 values: zeta, alpha");
});

/** Each line mark's screen-reader label, stroke, width and points, in drawing order. */
function lines(svg: string) {
  return [...svg.matchAll(
    /<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="line mark" d="M([^"]*)" stroke="([^"]*)" stroke-width="([^"]*)"/g,
  )].map(([, label, d, stroke, width]) => ({
    label,
    points: d.split("L").map((point) => point.split(",").map(Number)),
    stroke,
    width: Number(width),
  }));
}

Deno.test("each curve passes through its own points, in its own colour, on a y axis not from zero", async () => {
  const svg = await linesChartSvg(options);
  // 640 x 320 pixels; x runs from 0 to 200, y from 4.0 (top, 0) down to 1.8 (bottom, 320).
  assert.include(svg, "for a linear scale with values from 1.8 to 4.0");
  assert.include(svg, "X-axis titled 'Steps' for a linear scale with values from 0 to 200");
  const drawn = lines(svg);
  assert.lengthOf(drawn, 2);
  options.series.forEach(({ name, x, y }, k) => {
    const { label, points, width } = drawn[k];
    assert.equal(
      label,
      `Steps: ${x[0]}; Error for all training instances: ${y[0]}; series: ${name}`,
    );
    assert.equal(width, 1.5, "a thin line");
    assert.lengthOf(points, x.length);
    points.forEach(([px, py], i) => {
      assert.closeTo(px, x[i] / 200 * 640, 0.01, `${name}'s x of point ${i}`);
      assert.closeTo(py, (4 - y[i]) / 2.2 * 320, 0.01, `${name}'s y of point ${i}`);
    });
  });
  assert.notEqual(drawn[0].stroke, drawn[1].stroke, "two colours");
  assert.include(
    svg,
    `stroke="${drawn[0].stroke}" stroke-width="1.5" opacity="1"`,
    "in the legend",
  );
});

Deno.test("with no title the chart has none", async () => {
  const svg = await linesChartSvg({ ...options, title: undefined });
  assert.notInclude(svg, "Title text");
  assert.include(await linesChartSvg(options), "Title text 'Two curves'");
});

Deno.test("the legend sits inside the chart's top-right corner", async () => {
  const svg = await linesChartSvg(options);
  const legend = svg.match(
    /aria-roledescription="legend"[^>]*><g transform="translate\(([\d.]+),([\d.]+)\)"/,
  );
  assert.isNotNull(legend);
  const [x, y] = [Number(legend![1]), Number(legend![2])];
  assert.isAbove(x, 320, "right of the middle");
  assert.isBelow(x, 640, "inside the plot");
  assert.isBelow(y, 40, "at the top");
});
