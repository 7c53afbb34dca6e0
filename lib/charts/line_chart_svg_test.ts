import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { lineChartSvg } from "./line_chart_svg.ts";

const options = {
  x: [0, 100, 200, 300],
  y: [3.9, 2.4, 1.9, 2.1],
  xTitle: "Iterations",
  yTitle: "Error for all training instances",
  title: "Cumulative error",
};

Deno.test("the SVG chart is well-formed and carries both axis titles and the title", async () => {
  const svg = await lineChartSvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.include(svg, ">Iterations</text>");
  assert.include(svg, ">Error for all training instances</text>");
  assert.include(svg, ">Cumulative error</text>");
  assert.include(svg, "<path", "the line itself");
});

Deno.test("the same data gives the same SVG, byte for byte", async () => {
  assert.equal(await lineChartSvg(options), await lineChartSvg(options));
});

Deno.test("mismatched or non-finite points are refused", async () => {
  let error: unknown;
  try {
    await lineChartSvg({ ...options, y: [1, 2] });
  } catch (e) {
    error = e;
  }
  assert.instanceOf(error, RangeError);
  assert.include((error as Error).message, "4 and 2");
  try {
    await lineChartSvg({ ...options, y: [1, 2, NaN, 3] });
  } catch (e) {
    error = e;
  }
  assert.include((error as Error).message, "Expected y[2] to be a finite number, got NaN");
});
