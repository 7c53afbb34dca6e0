import { assert } from "chai";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { anyValue, finiteOrRefusedAsync } from "../_property.ts";
import { decisionBoundarySvg } from "./decision_boundary_svg.ts";
import { sigmoid } from "../sigmoid.ts";

const options = {
  predict: ([x1, x2]: readonly number[]) => sigmoid(3 * (x1 - x2)),
  points: [[0, 0], [0, 1], [1, 0], [1, 1]],
  targets: [0, 0, 1, 0],
  title: "A test boundary",
  resolution: 10,
};

/** Two points that make a plane with different spans across and down: x1 from -0.5 to 1.5, x2 from -0.5 to 3.5. */
const twoPoints = { points: [[0, 0], [1, 3]], targets: [0, 1], title: "Two points" };

/** The heatmap's cells as drawn: their fill and their left and top edges in pixels. */
function cells(svg: string): { fill: string; left: number; top: number }[] {
  const drawn = svg.matchAll(
    /aria-roledescription="rect mark" d="M([^,]+),([^h]+)h[^"]*" fill="([^"]*)"/g,
  );
  return [...drawn].map(([, left, top, fill]) => ({ fill, left: Number(left), top: Number(top) }));
}

const BLUE = "rgb(44, 123, 182)"; // #2c7bb6, a prediction of 0
const WHITE = "rgb(255, 255, 255)"; // a prediction of 0.5, on the boundary
const ORANGE = "rgb(253, 174, 97)"; // #fdae61, a prediction of 1

Deno.test("the decision boundary is well-formed SVG with the heatmap, the points and the titles", async () => {
  const svg = await decisionBoundarySvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.include(svg, ">A test boundary</text>");
  assert.include(svg, ">x1</text>");
  assert.include(svg, ">x2</text>");
  assert.include(svg, ">class 0</text>");
  assert.include(svg, ">class 1</text>");
});

Deno.test("the heatmap has resolution x resolution cells, as its comment promises: 10 x 10, and 40 x 40 by default", async () => {
  assert.lengthOf(cells(await decisionBoundarySvg(options)), 100);
  assert.lengthOf(cells(await decisionBoundarySvg({ ...options, resolution: undefined })), 1600);
});

Deno.test("predict is asked once about the centre of each cell, x1 first: not its corner, not swapped", async () => {
  const calls: number[][] = [];
  await decisionBoundarySvg({
    ...twoPoints,
    resolution: 2,
    predict: (input) => (calls.push([...input]), 0.5),
  });
  // Cells 1 wide across (-0.5 to 1.5) and 2 high down (-0.5 to 3.5): centres 0 and 1, 0.5 and 2.5.
  assert.sameDeepMembers(calls, [[0, 0.5], [0, 2.5], [1, 0.5], [1, 2.5]]);
});

Deno.test("each cell's colour is the prediction at its centre: blue for 0, white for 0.5, orange for 1", async () => {
  for (const [prediction, colour] of [[0, BLUE], [0.5, WHITE], [1, ORANGE]] as const) {
    const svg = await decisionBoundarySvg({
      ...twoPoints,
      resolution: 3,
      predict: () => prediction,
    });
    assert.deepEqual(
      [...new Set(cells(svg).map((cell) => cell.fill))],
      [colour],
      `prediction ${prediction}`,
    );
  }
});

Deno.test("a cell is drawn where it was predicted: class 0 left of x1 = 0.5, class 1 right of it", async () => {
  const svg = await decisionBoundarySvg({
    ...twoPoints,
    resolution: 2,
    predict: ([x1]) => x1 < 0.5 ? 0 : 1,
  });
  // 400 pixels across: the left column of cells starts at 0, the right one at 200.
  const drawn = cells(svg);
  assert.lengthOf(drawn, 4);
  for (const cell of drawn) {
    assert.equal(cell.fill, cell.left < 200 ? BLUE : ORANGE, `cell at ${cell.left}`);
  }
});

Deno.test("a cell is drawn where it was predicted: class 1 above x2 = 1.5, the y axis pointing up", async () => {
  const svg = await decisionBoundarySvg({
    ...twoPoints,
    resolution: 2,
    predict: ([, x2]) => x2 > 1.5 ? 1 : 0,
  });
  // 400 pixels down: the upper row of cells (x2 from 1.5 to 3.5) starts at the top, 0.
  for (const cell of cells(svg)) {
    assert.equal(cell.fill, cell.top < 200 ? ORANGE : BLUE, `cell at ${cell.top}`);
  }
});

Deno.test("a known point falls where its coordinates say: [1, 3] at 300 across and 50 down", async () => {
  const svg = await decisionBoundarySvg({ ...twoPoints, predict: () => 0.5 });
  // x1 spans -0.5 to 1.5 over 400 pixels, x2 spans 3.5 (top) to -0.5 (bottom) over 400.
  assert.match(
    svg,
    /aria-label="x1: 1; x2: 3; training point: class 1"[^>]*transform="translate\(300,50\)"/,
  );
  assert.match(
    svg,
    /aria-label="x1: 0; x2: 0; training point: class 0"[^>]*transform="translate\(100,350\)"/,
  );
  assert.include(svg, "X-axis titled 'x1' for a linear scale with values from −0.5 to 1.5");
});

Deno.test("each class's points have their own colour and shape: class 0 dark blue circles, class 1 dark orange squares", async () => {
  const svg = await decisionBoundarySvg({ ...twoPoints, predict: () => 0.5 });
  const point = (target: number) =>
    new RegExp(`training point: class ${target}"[^>]*aria-roledescription="point"[^>]*>`).exec(svg)
      ?.[0];
  assert.include(point(0), 'fill="#08519c"');
  assert.include(point(1), 'fill="#d94801"');
  // A circle is drawn with arcs (A), the square with straight lines only (h, v).
  assert.match(point(0)!, / d="M[^"]*A/);
  assert.match(point(1)!, / d="M[^"A]*h[^"A]*"/);
});

Deno.test("1,000,000 points: the plane spans them all without a spread, and 10,000 are drawn", async () => {
  const points = Array.from({ length: 1_000_000 }, (_, i) => [i % 1000, Math.floor(i / 1000)]);
  const svg = await decisionBoundarySvg({
    points,
    targets: points.map((_, i) => i % 2),
    title: "A million points",
    resolution: 4,
    predict: () => 0.5,
  });
  assert.lengthOf(svg.match(/training point: class/g) ?? [], 10_000);
  // 0 to 999 on both axes, with a margin of a tenth of the spread: -99.9 to 1098.9 over 400
  // pixels, so [0, 0] is drawn 33.33 across and 366.67 down.
  const origin = svg.match(
    /aria-label="x1: 0; x2: 0; [^>]*transform="translate\(([^,]+),([^)]+)\)"/,
  );
  assert.isNotNull(origin);
  assert.closeTo(Number(origin![1]), 99.9 / 1198.8 * 400, 1e-6);
  assert.closeTo(Number(origin![2]), 1098.9 / 1198.8 * 400, 1e-6);
});

Deno.test("points that are not two-dimensional or lack targets are refused", async () => {
  const failure = async (changes: Record<string, unknown>) => {
    try {
      await decisionBoundarySvg({ ...options, ...changes } as typeof options);
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected a failure");
  };
  assert.include(
    (await failure({ points: [[0, 0, 0]], targets: [0] })).message,
    "Expected each point to have two coordinates [x1, x2], but points[0] has 3",
  );
  assert.include((await failure({ targets: [0] })).message, "4 points, 1 targets");
  assert.include((await failure({ points: [], targets: [] })).message, "at least one point");
  assert.include((await failure({ targets: [0, 0, 2, 0] })).message, "targets[2]");
  assert.include(
    (await failure({ points: [[0, NaN], [0, 1], [1, 0], [1, 1]] })).message,
    "points[0][1]",
  );
  assert.include(
    (await failure({ points: [[-1e308, 0], [1e308, 1], [1, 0], [1, 1]] })).message,
    "The points spread from -1e+308 to 1e+308 on x1: too wide to draw",
  );
  assert.include(
    (await failure({ points: [[0, 1e308], [1, -1e308], [1, 0], [1, 1]] })).message,
    "The points spread from -1e+308 to 1e+308 on x2: too wide to draw",
  );
  assert.include((await failure({ resolution: 0 })).message, "the resolution");
  assert.include((await failure({ predict: () => NaN })).message, "is NaN: expected 0 to 1");
  assert.include((await failure({ predict: () => 1.5 })).message, "is 1.5: expected 0 to 1");
  assert.equal(
    (await failure({ ...twoPoints, predict: () => 1.5 })).message,
    "The prediction at [-0.4, -0.3] is 1.5: expected 0 to 1",
    "the first cell's centre, x1 then x2",
  );
  assert.instanceOf(await failure({ predict: () => "0.5" }), TypeError);
  assert.instanceOf(await failure({ title: 42 }), TypeError);
  assert.equal((await failure({ title: 42 })).message, "Expected the title to be a string, got 42");
  assert.instanceOf(await failure({ points: [[0, "1"], [0, 1], [1, 0], [1, 1]] }), TypeError);
});

Deno.test("each kind of bad option is named: the options, predict, points, targets, a point, a coordinate", async () => {
  const failure = async (bad: unknown) => {
    try {
      await decisionBoundarySvg(bad as typeof options);
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected a failure");
  };
  const named = async (changes: Record<string, unknown>, type: typeof Error, message: string) => {
    const error = await failure({ ...options, ...changes });
    assert.instanceOf(error, type, message);
    assert.include(error.message, message);
  };
  const error = await failure(null);
  assert.instanceOf(error, TypeError);
  assert.include(error.message, "Expected the options to be an object, got null");
  await named({ predict: 1 }, TypeError, "Expected predict to be a function, got 1");
  await named({ points: 1 }, TypeError, "Expected points to be an array, got 1");
  await named({ targets: 1 }, TypeError, "Expected targets to be an array, got 1");
  const [p, ...rest] = options.points;
  await named({ points: [p, 5, ...rest.slice(1)] }, TypeError, "Expected points[1] to be an array");
  await named({ points: [[NaN, 0], ...rest] }, RangeError, "points[0][0] to be a finite number");
  // The resolution runs from 1 to 200: at those ends the next check (one target per point) speaks.
  await named({ resolution: 201 }, RangeError, "the resolution to be a whole number from 1 to 200");
  await named({ resolution: 200, targets: [0] }, RangeError, "4 points, 1 targets");
  await named({ resolution: 1, targets: [0] }, RangeError, "4 points, 1 targets");
});

Deno.test("property: any points, targets and predictions draw SVG or are a RangeError/TypeError", async () => {
  const point = fc.oneof({ weight: 5, arbitrary: fc.tuple(anyValue, anyValue) }, {
    weight: 1,
    arbitrary: fc.array(anyValue, { maxLength: 3 }),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(point, { minLength: 0, maxLength: 3 }),
      fc.array(fc.oneof(fc.constantFrom(0, 1), anyValue), { maxLength: 3 }),
      anyValue,
      (points, targets, prediction) =>
        finiteOrRefusedAsync(() =>
          decisionBoundarySvg({
            points: points as number[][],
            targets: targets as number[],
            predict: () => prediction as number,
            title: "Any",
            resolution: 2,
          })
        ),
    ),
    { numRuns: 60 },
  );
});

Deno.test("a title with quotes, a backslash and U+2028 is drawn as text, never read as code", async () => {
  const title = `a "quote", 'another' \\ and a line separator\u2028datum.x \${x}`;
  const svg = await decisionBoundarySvg({
    predict: ([x1, x2]) => sigmoid(x1 - x2),
    points: [[0, 1], [1, 0]],
    targets: [0, 1],
    title,
  });
  assert.isTrue(XMLValidator.validate(svg) === true);
  assert.include(svg, `>a "quote", 'another' \\ and a line separator`);
});

Deno.test("the plane reaches a tenth of the points' spread beyond them: x1 from 8 to 32, x2 from 16 to 64", async () => {
  // Points from 10 to 30 across and 20 to 60 down: margins of 2 and 4.
  const svg = await decisionBoundarySvg({
    predict: () => 0.5,
    points: [[10, 20], [30, 60]],
    targets: [0, 1],
    title: "t",
    resolution: 2,
  });
  assert.include(svg, "X-axis titled 'x1' for a linear scale with values from 8 to 32");
  assert.include(svg, "Y-axis titled 'x2' for a linear scale with values from 16 to 64");
});
