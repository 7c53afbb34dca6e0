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
    "Expected at most 9 levels, got 10",
  );
  const path = options.paths[0];
  assert.throws(
    () => contourSvg({ ...options, paths: Array(7).fill(path) }),
    RangeError,
    "Expected at most 6 paths, got 7",
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

Deno.test("the layout: a 480-pixel map at (60, 40), the legend 20 pixels right of it, a line per name", () => {
  const second = { name: "second", points: [[0.0001, -1], [-0.5, 0.5]] as [number, number][] };
  const svg = contourSvg({ ...options, paths: [...options.paths, second] });
  assert.match(svg, /^<svg [^>]*width="760" height="570" viewBox="0 0 760 570"/);
  assert.include(svg, '<clipPath id="map"><rect x="60" y="40" width="480" height="480"/>');
  // One swatch per band, 20 pixels apart, and nothing more.
  const swatches = [
    ...svg.matchAll(
      /<rect x="(\d+)" y="(\d+)" width="14" height="14" fill="(#\w+)" stroke="#999"\/><text x="(\d+)" y="(\d+)">([^<]*)</g,
    ),
  ]
    .map((m) => m.slice(1).join(" "));
  assert.deepEqual(swatches, [
    "560 40 #f7fbff 580 52 below 0.5",
    "560 60 #deebf7 580 72 0.5 to 1",
    "560 80 #c6dbef 580 92 1 and up",
  ]);
  // A gap of one line after the bands, then each path's colour and name.
  assert.include(
    svg,
    '<line x1="560" y1="127" x2="574" y2="127" stroke="#d62728" stroke-width="3"/>' +
      '<text x="580" y="132">down &lt;hill&gt;</text>',
  );
  assert.include(
    svg,
    '<line x1="560" y1="147" x2="574" y2="147" stroke="#ff7f0e" stroke-width="3"/>' +
      '<text x="580" y="152">second</text>',
  );
  // A dot at each end of each path, none in between; coordinates to two decimals.
  const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="3" fill="(#\w+)"/g)]
    .map((m) => m.slice(1).join(" "));
  assert.deepEqual(dots, [
    "516 64 #d62728",
    "300 280 #d62728",
    "300.02 520 #ff7f0e",
    "180 160 #ff7f0e",
  ]);
  assert.include(svg, '<polyline points="300.02,520 180,160" fill="none" stroke="#ff7f0e"');
});

Deno.test("six paths and nine levels are drawn, the most there are colours for", () => {
  const path = options.paths[0];
  const svg = contourSvg({
    ...options,
    levels: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    paths: Array.from({ length: 6 }, (_, k) => ({ ...path, name: `path ${k}` })),
  });
  assert.include(svg, ">path 5</text>");
  assert.include(svg, ">9 and up</text>");
  assert.include(svg, 'fill="#041c40" stroke="#999"');
});
