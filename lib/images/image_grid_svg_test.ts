import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { imageGridSvg } from "./image_grid_svg.ts";

const options = {
  images: [
    { pixels: [16, 0, 0, 16], caption: "true 8, guess 1" },
    { pixels: [0, 8, 8, 0], caption: "true 3, guess 5" },
    { pixels: [0, 8, 8, 0], caption: "true 3, guess 5" },
  ],
  width: 2,
  maxValue: 16,
  title: "The digits it got wrong",
  columns: 2,
};

/** The fill of every pixel's square, in the order drawn. */
const fills = (svg: string) =>
  [...svg.matchAll(/aria-roledescription="rect mark" d="[^"]*" fill="([^"]*)"/g)].map((m) => m[1]);

Deno.test("the SVG is well-formed, with the title and every picture's caption", async () => {
  const svg = await imageGridSvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.match(svg, /^<svg /);
  assert.include(svg, ">The digits it got wrong</text>");
  assert.equal(svg.split(">true 8, guess 1</text>").length - 1, 1);
  assert.equal(svg.split(">true 3, guess 5</text>").length - 1, 2, "a repeated caption twice");
});

Deno.test("one grey square per pixel: white for 0, black for the black level", async () => {
  const squares = fills(await imageGridSvg(options));
  assert.lengthOf(squares, 12, "three pictures of four pixels");
  assert.equal(squares.filter((f) => f === "rgb(0, 0, 0)").length, 2);
  assert.equal(squares.filter((f) => f === "rgb(255, 255, 255)").length, 6);
  const greys = squares.filter((f) => f !== "rgb(0, 0, 0)" && f !== "rgb(255, 255, 255)");
  assert.lengthOf(greys, 4, "the level 8 pixels");
  for (const grey of greys) {
    const [r, g, b] = grey.match(/\d+/g)!.map(Number);
    assert.isTrue(r === g && g === b && r > 0 && r < 255, grey);
  }
});

Deno.test("captions and titles with markup are escaped, and the SVG is the same each time", async () => {
  const tricky = { ...options, title: "a < b & c", images: [{ pixels: [0], caption: "<b>" }] };
  const svg = await imageGridSvg({ ...tricky, width: 1 });
  assert.isTrue(XMLValidator.validate(svg) === true);
  assert.include(svg, "a &lt; b &amp; c");
  assert.equal(await imageGridSvg(options), await imageGridSvg(options));
});

Deno.test("no pictures, pictures of different sizes or bad levels are refused", async () => {
  const refused = async (changes: Partial<typeof options>, message: string) => {
    let error: unknown;
    try {
      await imageGridSvg({ ...options, ...changes });
    } catch (caught) {
      error = caught;
    }
    assert.instanceOf(error, RangeError);
    assert.include((error as Error).message, message);
  };
  await refused({ images: [] }, "at least one picture");
  await refused(
    { images: [options.images[0], { pixels: [0, 0], caption: "" }] },
    "Expected every picture to have 4 pixels like picture 0; picture 1 has 2",
  );
  await refused({ images: [{ pixels: [0, 0, 20, 0], caption: "" }] }, "picture 0's pixels[2]");
  await refused({ columns: 0 }, "Expected columns to be a whole number of at least 1, got 0");
});

Deno.test("captions and the title are passed to vega as data: quotes, a backslash, U+2028", async () => {
  const nasty = `a "quote", 'another' \\ and a line separator\u2028datum.value`;
  const svg = await imageGridSvg({
    images: [{ pixels: [0, 1, 2, 3], caption: nasty }, { pixels: [3, 2, 1, 0], caption: "b" }],
    width: 2,
    maxValue: 3,
    title: nasty,
  });
  assert.isTrue(XMLValidator.validate(svg) === true);
  const shown = svg.split(`>a "quote", 'another' \\ and a line separator`).length - 1;
  assert.equal(shown, 2, "each text drawn whole");
  assert.include(svg, ">b<");
});

/** Where each black pixel of the first picture lands: its cell's top-left corner, in pixels. */
function blackCells(svg: string): string[] {
  const cells = [...svg.matchAll(/d="M([\d.]+),([\d.]+)h8v8h-8Z" fill="rgb\(0, 0, 0\)"/g)];
  return cells.map(([, x, y]) => `${x},${y}`);
}

Deno.test("each pixel lands in its cell: row by row, `width` across, in a frame of width by height", async () => {
  // Three across and two down: pixel 1 is the top row's middle, pixel 5 the bottom row's right.
  const draw = (pixels: number[]) =>
    imageGridSvg({ images: [{ pixels, caption: "c" }], width: 3, maxValue: 3, title: "t" });
  assert.deepEqual(blackCells(await draw([0, 3, 0, 0, 0, 0])), ["8,0"]);
  assert.deepEqual(blackCells(await draw([0, 0, 0, 0, 0, 3])), ["16,8"]);
  assert.deepEqual(blackCells(await draw([3, 0, 0, 3, 0, 0])), ["0,0", "0,8"]);
  assert.include(
    await draw([0, 0, 0, 0, 0, 0]),
    'd="M0.5,0.5h24v16h-24Z"',
    "3 cells across, 2 down",
  );
});

/** Each picture's frame as drawn: its top-left corner, its first pixel's fill and its caption. */
function frames(svg: string): string[] {
  const drawn = svg.matchAll(
    /<g transform="translate\(([\d.]+),([\d.]+)\)"><path class="background" aria-hidden="true" d="M0\.5,0\.5h\d+v\d+h-\d+Z" stroke="#999999"\/>.*?aria-roledescription="rect mark" d="[^"]*" fill="([^"]*)".*?>([^<]*)<\/text>/gs,
  );
  return [...drawn].map(([, x, y, fill, caption]) => `${x},${y} ${fill} ${caption}`);
}

Deno.test("eight pictures to a row by default, left to right, each above its own caption", async () => {
  // Nine pictures of 2 by 1 pixels: the ninth (the only one with a black first pixel) starts row 2.
  const images = Array.from(
    { length: 9 },
    (_, k) => ({ pixels: [k === 8 ? 2 : 0, 1], caption: `p${k}` }),
  );
  const drawn = frames(await imageGridSvg({ images, width: 2, maxValue: 2, title: "t" }));
  const white = "rgb(255, 255, 255)";
  assert.deepEqual(drawn, [
    ...Array.from({ length: 8 }, (_, k) => `${38 * k},0 ${white} p${k}`),
    "0,51 rgb(0, 0, 0) p8",
  ]);
  // One to a row: each picture under the one before.
  const single = frames(
    await imageGridSvg({ images: images.slice(7), width: 2, maxValue: 2, title: "t", columns: 1 }),
  );
  assert.deepEqual(single, [`0,0 ${white} p7`, "0,51 rgb(0, 0, 0) p8"]);
});
