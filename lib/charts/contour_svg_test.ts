import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { contourSvg } from "./contour_svg.ts";

const options = {
  f: (x: number, y: number) => x * x + y * y,
  x: [-1, 1],
  y: [-1, 1],
  columns: 4,
  rows: 4,
  levels: [0.5, 1],
  paths: [{ name: "down <hill>", points: [[0.9, 0.9], [0.5, 0.5], [0, 0]] as [number, number][] }],
  title: "A bowl & a path",
  xTitle: "w1",
  yTitle: "w2",
} as const;

Deno.test("the SVG map: one cell per grid cell, coloured by band, the path, the legend", () => {
  const svg = contourSvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML, the names escaped");
  const cells = [
    ...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="120.05" height="120.05" fill="(#\w+)"\/>/g),
  ];
  assert.lengthOf(cells, 16);
  // Centres at ±0.25 and ±0.75: the four inner cells (0.125) are in band 0, the corners (1.125)
  // in band 2, the rest (0.625) in band 1.
  const fills = cells.map((m) => m[1]);
  assert.equal(fills[5], fills[6]);
  assert.equal(fills[0], fills[15]);
  assert.notEqual(fills[0], fills[1]);
  assert.notEqual(fills[1], fills[5]);
  assert.equal(fills[1], fills[4]);
  assert.include(svg, '<polyline points="516,64 420,160 300,280" fill="none"');
  for (
    const text of ["below 0.5", "0.5 to 1", "1 and up", "down &lt;hill&gt;", "A bowl &amp; a path"]
  ) {
    assert.include(svg, `>${text}</text>`);
  }
  assert.equal(svg, contourSvg(options), "the same options, the same SVG");
});

Deno.test("too many levels or paths are refused", () => {
  assert.throws(
    () => contourSvg({ ...options, levels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }),
    RangeError,
    "at most 9 levels",
  );
  const path = options.paths[0];
  assert.throws(
    () => contourSvg({ ...options, paths: Array(7).fill(path) }),
    RangeError,
    "at most 6 paths",
  );
});

Deno.test("titles and path names with markup, quotes and U+2028 are drawn as text", () => {
  const nasty = `<b>a "quote" & 'another'</b> \\ and a line separator\u2028end`;
  const svg = contourSvg({
    f: (x, y) => x * x + y * y,
    x: [-1, 1],
    y: [-1, 1],
    columns: 10,
    rows: 10,
    levels: [0.5],
    paths: [{ name: nasty, points: [[0.5, 0.5], [0, 0]] }],
    title: nasty,
    xTitle: nasty,
    yTitle: nasty,
  });
  assert.isTrue(XMLValidator.validate(svg) === true);
  const escaped = `&lt;b&gt;a "quote" &amp; 'another'&lt;/b&gt;`;
  const drawn = svg.split(escaped).length - 1;
  assert.isAtLeast(drawn, 4, "the title, both axis titles and the path's name, each escaped");
});
