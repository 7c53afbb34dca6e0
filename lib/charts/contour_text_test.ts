import { assert } from "chai";
import { contourText, SHADES } from "./contour_text.ts";

const bowl = { f: (x: number, y: number) => x * x + y * y, x: [-1, 1], y: [-1, 1] } as const;

Deno.test("each cell shows the band of the value at its centre, top row the largest y", () => {
  // A plane that rises to the right: the columns' centres are x = 0.5, 1.5, 2.5, 3.5, and the
  // levels 1, 2, 3 put them in bands 0 to 3.
  const map = contourText({
    f: (x) => x,
    x: [0, 4],
    y: [0, 1],
    columns: 4,
    rows: 2,
    levels: [1, 2, 3],
  });
  assert.deepEqual(map.split("\n"), [
    "  1 +----+",
    "    | .:-|",
    "    | .:-|",
    "  0 +----+",
    "    0    4",
  ]);
  // And one that rises upwards: the top row holds the larger values.
  const up = contourText({
    f: (_, y) => y,
    x: [0, 1],
    y: [0, 2],
    columns: 2,
    rows: 2,
    levels: [1],
  });
  assert.deepEqual(up.split("\n").slice(1, 3), ["    |..|", "    |  |"]);
});

Deno.test("a value exactly on a level is in the band above it, as np.digitize puts it", () => {
  // The columns' centres are x = 0.5, 1.5, 2.5, 3.5, and the first three are the levels.
  const map = contourText({
    f: (x) => x,
    x: [0, 4],
    y: [0, 1],
    columns: 4,
    rows: 2,
    levels: [0.5, 1.5, 2.5],
  });
  assert.deepEqual(map.split("\n").slice(1, 3), ["    |.:--|", "    |.:--|"]);
});

Deno.test("marks are drawn over the bands, later ones on top; points off the map are left out", () => {
  const map = contourText({
    ...bowl,
    columns: 5,
    rows: 3,
    levels: [0.5, 1],
    marks: [
      { symbol: "a", points: [[0, 0], [0.9, 0.9], [5, 5]] },
      { symbol: "b", points: [[0.01, 0.01]] },
    ],
  });
  assert.deepEqual(map.split("\n").slice(1, 4), ["     |:. .a|", "     |. b .|", "     |:. .:|"]);
});

Deno.test("there are as many shades as bands can be: nine levels at most", () => {
  assert.lengthOf(SHADES, 10);
  const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const map = contourText({ f: (x) => x, x: [0, 10], y: [0, 1], columns: 10, rows: 2, levels });
  assert.equal(map.split("\n")[1], `    |${SHADES}|`, "after the labels 1 and 0");
  assert.throws(
    () => contourText({ ...bowl, columns: 2, rows: 2, levels: [...levels, 10] }),
    RangeError,
    "at most 9 levels, got 10",
  );
});

Deno.test("bad levels, planes, marks and values are refused with what was wrong", () => {
  const ok = { ...bowl, columns: 3, rows: 3, levels: [1] };
  assert.throws(
    () => contourText({ ...ok, levels: [2, 1] }),
    RangeError,
    "ascending finite levels",
  );
  assert.throws(
    () => contourText({ ...ok, levels: [1, 1] }),
    RangeError,
    "ascending finite levels, got 1, 1",
  );
  assert.throws(() => contourText({ ...ok, levels: [NaN] }), RangeError, "got NaN");
  assert.throws(() => contourText({ ...ok, x: [1, -1] }), RangeError, "ranges from low to high");
  assert.throws(() => contourText({ ...ok, columns: 1 }), RangeError, "at least 2 whole columns");
  assert.throws(() => contourText({ ...ok, x: [1, 1] }), RangeError, "got x 1,1 and y -1,1");
  assert.throws(() => contourText({ ...ok, y: [2, 2] }), RangeError, "got x -1,1 and y 2,2");
  assert.throws(() => contourText({ ...ok, rows: 2.5 }), RangeError, "got 3 and 2.5");
  assert.throws(() => contourText({ ...ok, rows: 1 }), RangeError, "got 3 and 1");
  assert.lengthOf(contourText({ ...ok, columns: 2, rows: 2 }).split("\n"), 5, "2 by 2 is enough");
  assert.throws(
    () => contourText({ ...ok, marks: [{ symbol: "ab", points: [] }] }),
    RangeError,
    `one character, got "ab"`,
  );
  assert.throws(
    () => contourText({ ...ok, f: () => NaN }),
    RangeError,
    "finite values, got NaN at row 0, column 0",
  );
  let calls = 0;
  assert.throws(
    () => contourText({ ...ok, f: () => calls++ === 5 ? NaN : 1 }),
    RangeError,
    "Expected finite values, got NaN at row 1, column 2",
    "the sixth cell, row by row",
  );
});
