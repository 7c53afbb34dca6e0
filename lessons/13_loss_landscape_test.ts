import { assert } from "chai";
import {
  allSaturated,
  experiments,
  explainPaths,
  lowestCell,
  main,
  plateausOf,
  spec,
  steepest,
} from "./13_loss_landscape.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { XMLValidator } from "fast-xml-parser";
import { RandomState } from "../lib/random/random_state.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";
import { offerMap, type ReplayMap, watchMaps } from "../runtime/replay_maps.ts";

// The same flags print the same (a test below checks that with two separate runs), so the tests
// share one run per set of flags: the default run was made fifteen times.
const runs = new Map<string, ReturnType<typeof runLesson>>();
const run = (...args: string[]) => {
  const key = JSON.stringify(args);
  if (!runs.has(key)) runs.set(key, runLesson(main, args));
  return runs.get(key)!;
};
const text = async (...args: string[]) => (await run(...args)).out.join("\n");
/** The output with its paragraphs' line breaks as spaces, to find a sentence wherever it wraps. */
const flat = async (...args: string[]) => (await text(...args)).replaceAll("\n", " ");

const points = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
const targets = [0, 1, 0, 1, 0, 1, 1, 0];

/** The 21 rows of 61 cells of the map printed after the line `heading`, its frame checked. */
function mapRows(output: string, heading: string): string[] {
  const lines = output.split("\n");
  const top = lines.indexOf(heading) + 1;
  assert.isAbove(top, 0, heading);
  assert.match(lines[top], /^ {3}4 \+-{61}\+$/);
  assert.match(lines[top + 22], /^ {2}-4 \+-{61}\+$/);
  assert.equal(lines[top + 23], `     -4${" ".repeat(60)}4`);
  return lines.slice(top + 1, top + 22).map((line) => {
    assert.match(line, /^ {5}\|.{61}\|$/);
    return line.slice(6, 67);
  });
}

/** Each printed cell is NumPy's shade, or one of the marks drawn over it. */
function assertMap(printed: string[], numpy: string[], marks: string) {
  assert.lengthOf(printed, 21);
  printed.forEach((row, r) =>
    [...row].forEach((cell, c) => {
      if (cell !== numpy[r][c]) assert.include(marks, cell, `row ${r}, column ${c}`);
    })
  );
}

// NumPy, computed once: the summed error at each cell's centre (61 columns and 21 rows over
// [-4, 4] in w1 and w2, bias 0), its band found with np.searchsorted(levels, E, side="right")
// and drawn with the shades " .:-=+*#%@". The tutorial's two samples, levels
// [0.1, 0.5, 0.9, 1.1, 1.5, 1.9]:
const twoSamples = [
  "............::::::::-----------------------------------------",
  "::............::::::::---------------------------------------",
  ":::::...........::::::::-------------------------------------",
  "::::::::..........::::::::-----------------------------------",
  "-:::::::::..........::::::::---------------------------------",
  "---::::::::::.........:::::::::------------------------------",
  "------::::::::::........:::::::::----------------------------",
  "---------::::::::::.......:::::::::--------------------------",
  "------------::::::::::......:::::::::------------------------",
  "--------------:::::::::::.....:::::::::----------------------",
  "-----------------::::::::::::.:::::::::::--------------------",
  "--------------------:::::::::::::::::::::::------------------",
  "-----------------------::::::::::::::::::::::----------------",
  "-------------------------:::::::::::::::::::::::-------------",
  "----------------------------::::::::::::::::::::::-----------",
  "-------------------------------::::::::::::::::::::----------",
  "----------------------------------:::::::::::::::::::--------",
  "-------------------------------------::::::::::::::::::------",
  "---------------------------------------:::::::::::::::::-----",
  "------------------------------------------:::::::::::::::----",
  "---------------------------------------------::::::::::::----",
];
// The eight points of data/tutorial.csv, levels [2, 2.25, 2.75, 3.25, 3.75, 4.25, 4.75]:
const eightPoints = [
  "----====-----------============++++++++++++++++++++++++++++++",
  "---------------------=====-====++++++++++++++++++++++++++++++",
  "----------------------------====+++++++++++++++++++++++++++++",
  "====-------------------------====++++++++++++++++++++++++++++",
  "+++=====-----------::::-------====+++++++++++++++++++++++++++",
  "+++++++====--------:::::::::---====++++++++++++++++++++++++++",
  "++++++++++====-----:::::::::::--====+++++++++++++++++++++++++",
  "++++++++++++++===----::::::::::--=====+++++++++++++++++++++++",
  "++++++++++++++++====---:::....::--======+++++++++++++++++++++",
  "+++++++++++++++++++====--::.. .::---======+++++++++++++++++++",
  "++++++++++++++++++++=====--::...::---========++++++++++++++++",
  "++++++++++++++++++++++====---::.:::---==========+++++++++++++",
  "+++++++++++++++++++++++====---:::::----============++++++++++",
  "++++++++++++++++++++++++====---::::--================++++++++",
  "++++++++++++++++++++++++=====--:::::--==================+++++",
  "+++++++++++++++++++++++++=====--:::::--===++++++===========++",
  "++++++++++++++++++++++++++=====--:::::--===++++++++++========",
  "+++++++++++++++++++++++++++=====--::::---===++++++++++++++===",
  "++++++++++++++++++++++++++++====---::::---====+++++++++++++++",
  "+++++++++++++++++++++++++++++====---::::----===++++++++++++++",
  "++++++++++++++++++++++++++++++====---::::----====++++++++++++",
];

Deno.test("lesson 13 draws the two samples' error over (w1, w2) as NumPy computes it", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const output = out.join("\n");
  const printed = mapRows(output, "summed error over w1 (across) and w2 (up), from -4 to 4:");
  assertMap(printed, twoSamples, "Scg");
  assert.equal(printed.join("").replace(/[^Scg]/g, ""), "Sgc", "each mark once, top to bottom");
  assert.include(
    output,
    "shades: ' ' below 0.1, '.' 0.1-0.5, ':' 0.5-0.9, '-' 0.9-1.1, '=' 1.1-1.5, '+'\n" +
      "    1.5-1.9, '*' 1.9 and up",
  );
});

// NumPy: (sigmoid(A @ w) - [1, 0]) ** 2 for A = [[1.66, 1.56], [2, 1.5]] at the tutorial's
// weights, lesson 05's shortcut and the gradient step (lesson 06's derror_dweights, rate 1):
// [0.04057279 0.75867436], [9.71573095e-01 2.23875785e-04], [0.18747499 0.44256949].
Deno.test("the shortcut and the gradient step, with each sample's error: NumPy's numbers", async () => {
  const output = await text();
  assert.include(
    output,
    [
      "    where               weights                    [1.66,1.56] [2,1.5]   both",
      "  S tutorial's weights  [ 1.45 -0.66]              0.04057     0.7587    0.7992",
      "  c lesson 05 shortcut  [-0.2920383 -2.4020383]    0.9716      0.0002239 0.9718",
      "  g gradient step       [ 1.05858214 -0.95356339]  0.1875      0.4426    0.63",
    ].join("\n"),
  );
  const prose = await flat();
  assert.include(prose, "it fixes [2, 1.5] but lands higher on the map of both samples");
  assert.include(prose, "(0.799247 to 0.971797), because it forgot [1.66, 1.56].");
  assert.include(prose, "on both samples' map it goes from 0.799247 to 0.630044.");
});

Deno.test("the eight points' map is NumPy's, with the paths and the lowest cell over it", async () => {
  const output = await text();
  const heading = "From S = [ 0.49671415 -0.1382643 ] (seed 42), learning w only:";
  assertMap(mapRows(output, heading), eightPoints, "sxoMS");
  // NumPy: the lowest cell's centre is (-0.1311475409836067, 0.38095238095238093), its error
  // 1.9523803803127615.
  assert.include(output, "  M the map's lowest cell, at (-0.131148, 0.380952): error 1.95238");
});

// NumPy, from lesson 08's start after np.random.seed(42), w = np.random.randn(2) =
// [0.49671415, -0.1382643] (its bias drawn next and set aside), bias 0: 200 steps of
// w -= 1 * X.T @ delta / 8 end at [-0.08747221, 0.26688844], error 1.9435666068072055; 20 steps
// at rate 50 end at [-11.01992668, -3.05352091], error 3.9999999998588365; at rate 5 at
// [0.04748599, 1.29636316], error 2.8742758026796817; the start's error is 2.6534859809469125.
Deno.test("full batch rolls into the valley, a step of 50 lands on the plateau at 4: NumPy's numbers", async () => {
  const output = await text();
  assert.include(
    output,
    "  o full batch, every 5th step     1     200    (-0.0874722, 0.266888)  1.94357\n",
  );
  assert.include(
    output,
    "  x full batch, a step too large   50    20     (-11.0199, -3.05352)    4\n",
  );
  const prose = await flat();
  assert.include(
    prose,
    "Full batch rolls downhill along the true gradient, from 2.65349 to 1.94357;",
  );
  assert.include(prose, "A step of 50 overshoots the valley and lands on a plateau, at 4, where");
});

Deno.test("one sample a step wanders: its numbers match an independent computation", async () => {
  // Lesson 08's generator, NumPy's legacy one: np.random.randn() for w1, w2 and the bias (set
  // aside), then np.random.randint(8) a step; the weights alone learn, bias 0, rate 0.1. NumPy
  // (the same loop) ends at [-0.11793438, 0.35296422], error 1.9487628237724623, its second
  // half between 1.947488091127457 and 2.5109759618235117.
  const random = new RandomState(42);
  let w = [random.randn(), random.randn()];
  random.randn();
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const error = (w: number[]) =>
    points.reduce((e, x, i) => e + (sigmoid(x[0] * w[0] + x[1] * w[1]) - targets[i]) ** 2, 0);
  const path = [w];
  for (let step = 1; step <= 10_000; step++) {
    const i = random.randint(8);
    const p = sigmoid(points[i][0] * w[0] + points[i][1] * w[1]);
    const delta = 2 * (p - targets[i]) * p * (1 - p);
    w = [w[0] - 0.1 * delta * points[i][0], w[1] - 0.1 * delta * points[i][1]];
    if (step % 100 === 0) path.push(w);
  }
  const six = (v: number) => String(Number(v.toPrecision(6)));
  const second = path.slice(50).map(error);
  const output = await text();
  assert.include(
    output,
    `  s one sample a step, every 100th 0.1   10000  ${
      `(${six(w[0])}, ${six(w[1])})`.padEnd(23)
    } ` +
      `${six(error(w))}\n`,
  );
  assert.include(
    await flat(),
    `in its second half it wanders between ${six(Math.min(...second))} and ` +
      `${six(Math.max(...second))}, never settling.`,
  );
});

// NumPy, over the same 61 by 21 cells: at bias 0 on [-4, 4], 296 cells have every |X w + b|
// above 4, all with the error rounding to 4; the gradient's size (np.linalg.norm of X.T @ delta)
// is at most 0.08363907203017455 there and 2.417704615166944 on the whole map. At bias 40 on
// [-20, 20]: errors 2, 3, 4 and 5 in 7, 60, 754 and 109 cells.
Deno.test("the plateaus: the saturated cells and their whole errors, NumPy's counts", async () => {
  const prose = await flat();
  assert.include(prose, "Plateaus: in 296 cells of the map's 1281 every point's weighted sum");
  assert.include(prose, "the count of wrong points: 4 in 296 cells.");
  assert.include(prose, "at most 0.0836 on those cells, against up to 2.42 elsewhere");
  const wide = { x: [-20, 20], y: [-20, 20], columns: 61, rows: 21 };
  assert.deepEqual(plateausOf(points, targets, 40, wide).levels, [
    [2, 7],
    [3, 60],
    [4, 754],
    [5, 109],
  ]);
});

Deno.test("each 'Try this' question is printed without its answer, and the answer is true", async () => {
  const output = await text();
  for (const { command, question, answer } of experiments) {
    assert.include(output, `  ${command}\n    ${question}`);
    assert.notInclude(output, answer);
  }
  const wide = await flat("--bias", "40", "--range", "20");
  assert.include(wide, "2 in 7 cells, 3 in 60 cells, 4 in 754 cells, 5 in 109 cells.");
  assert.include(wide, "Full batch barely moves (4 to 4)");
  assert.include(experiments[0].answer, "Plateaus at 2, 3, 4 and 5");
  const five = await flat("--large-rate", "5");
  assert.include(five, "(0.047486, 1.29636)     2.87428");
  assert.include(five, "A step of 5 ends at 2.87428, above full batch's end.");
  assert.include(experiments[1].answer, "2.87428");
});

Deno.test("lesson 13 is reproducible; --seed moves the start; --plot writes the map as SVG", async () => {
  assert.deepEqual(await run(), await run("--seed", "42"));
  assert.include(
    await text("--seed", "7"),
    "From S = [ 1.6905257  -0.46593737] (seed 7)",
  );
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--plot", "out/map.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the map to out/map.svg");
  const svg = files.files["out/map.svg"];
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.lengthOf(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="6.05"/g) ?? [], 80 * 80);
  for (const name of ["full batch (rate 1)", "one sample a step (0.1)", "too large a step (50)"]) {
    assert.include(svg, `>${name}</text>`);
  }
  for (const [flag, value] of [["--range", "0"], ["--bias", "1000"], ["--large-rate", "0"]]) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, flag);
    assert.deepEqual(bad.out, []);
    assert.match(bad.err[0], new RegExp(`^Error: Invalid ${flag} "${value}": expected`));
  }
});

Deno.test("watched, lesson 13 offers the page both maps with their paths; unwatched, nothing", async () => {
  const maps: ReplayMap[] = [];
  const unwatch = watchMaps((map) => maps.push(map));
  const files = memoryFiles();
  let printed: string;
  try {
    const { code, out } = await runLesson(main, ["--plot", "out/map.svg"], files);
    assert.equal(code, 0);
    printed = out.join("\n");
  } finally {
    unwatch();
  }
  assert.deepEqual(
    await runLesson(main),
    await runLesson(main),
    "and the lesson prints the same, watched or not",
  );
  assert.lengthOf(maps, 2);
  const [two, eight] = maps;
  // The two samples: the shortcut and the gradient step, one step each from S.
  assert.deepEqual(two.paths.map((p) => [p.name, p.points.length, p.every]), [
    ["lesson 05 shortcut", 2, 1],
    ["gradient step", 2, 1],
  ]);
  assert.equal(two.digits, 4);
  const [shortcut, step] = two.paths;
  assert.deepEqual(shortcut.points[0], [1.45, -0.66]);
  assert.deepEqual(shortcut.points[1], [-0.2920383, -2.4020383]);
  // Each path's errors as the lesson's table prints them, "both" column.
  for (
    const [path, row] of [[shortcut, "c lesson 05 shortcut"], [step, "g gradient step"]] as const
  ) {
    const line = printed.split("\n").find((l) => l.includes(row))!;
    assert.equal(line.trim().split(/\s+/).at(-1), String(Number(path.errors[1].toPrecision(4))));
  }
  assert.equal(String(Number(shortcut.errors[0].toPrecision(4))), "0.7992", "S, both");
  // The eight points: 200 full-batch steps kept every 5th, 10,000 picks every 100th, 20 large.
  assert.deepEqual(eight.paths.map((p) => [p.name, p.points.length, p.every]), [
    ["full batch (rate 1)", 41, 5],
    ["one sample a step (0.1)", 101, 100],
    ["too large a step (50)", 21, 1],
  ]);
  assert.equal(eight.digits, 6);
  const six = (v: number) => String(Number(v.toPrecision(6)));
  for (
    const [path, text] of eight.paths.map((p, i) => [p, ["o full", "s one", "x full"][i]] as const)
  ) {
    const line = printed.split("\n").find((l) => l.startsWith(`  ${text}`))!;
    const [w1, w2] = path.points.at(-1)!;
    assert.include(line, `(${six(w1)}, ${six(w2)})  `);
    assert.isTrue(line.endsWith(` ${six(path.errors.at(-1)!)}`), line);
    assert.equal(six(path.errors[0]), "2.65349", "every descent starts at S");
  }
  // The page's picture is the one --plot writes: every path in full.
  assert.equal(eight.svg, files.files["out/map.svg"]);
  assert.equal(eight.svg.match(/<polyline /g)?.length, 3);
  assert.equal(two.svg.match(/<polyline /g)?.length, 2);
  assert.isTrue(XMLValidator.validate(two.svg) === true, "well-formed XML");
  // Unwatched, the maps are not even made.
  let made = 0;
  offerMap(() => {
    made++;
    return two;
  });
  assert.equal(made, 0);
});

// Lesson 13's sentences about its paths at the edges of their rules: the large step's end is
// "above" the full batch's only when higher by more than 0.01, so that rounding is never read
// as a difference (tools/mutants_list.ts plants the bug this catches).
/** The error at (w1, w2) is w1: a path's end tells its error. */
const f = (w1: number) => w1;
const notSaturated = () => false;

/** What the lesson says of a large step that ends at error `end`, the full batch at 0.5. */
const largeStep = (end: number) =>
  explainPaths(f, notSaturated, [[[1, 0], [0.5, 0]], [[0.7, 0], [0.7, 0]], [[1, 0], [end, 0]]], [
    0,
    0,
  ], 3);

Deno.test("the large step is above the full batch only when higher by more than 0.01", () => {
  assert.include(largeStep(0.505), "A step of 3 ends at 0.505, no higher than full batch's end.");
  assert.include(largeStep(0.52), "A step of 3 ends at 0.52, above full batch's end.");
  assert.include(largeStep(0.4), "no higher than full batch's end.");
  assert.include(
    largeStep(0.52),
    "Full batch rolls downhill along the true gradient, from 1 to 0.5",
  );
});

/** What the lesson says of three paths along w1 on a map whose error is w1 itself. */
const explained = (
  [full, sgd, large]: number[][],
  saturated: (w: readonly number[]) => boolean = () => false,
) =>
  explainPaths(
    (w1) => w1,
    saturated,
    [full, sgd, large].map((path) => path.map((w1) => [w1, 0] as [number, number])),
    [0, 0],
    3,
  );

Deno.test("the paths' sentences at their edges: 0.01 down is barely moving, a wander of 0.01 is settling, a plateau needs saturation and a higher end", () => {
  assert.include(
    explained([[1, 1 - 0.01], [0.7, 0.7], [1, 0.5]]),
    "Full batch barely moves (1 to 0.99): the start lies where the map is flat.",
  );
  assert.include(
    explained([[1, 0.98], [0.7, 0.7], [1, 0.5]]),
    "Full batch rolls downhill along the true gradient, from 1 to 0.98; the map's lowest " +
      "cell is at 0.",
  );
  // One sample a step: its second half is the last two of three records, the 9 left out.
  assert.include(
    explained([[1, 0.5], [9, 0, 0.01], [1, 0.5]]),
    "One sample a step ends at 0.01, moving less than 0.01 in its second half.",
  );
  assert.include(
    explained([[1, 0.5], [9, 0, 0.02], [1, 0.5]]),
    "in its second half it wanders between 0 and 0.02, never settling.",
  );
  // The large step: on a plateau only if saturated there and higher than full batch's end.
  const saturated = () => true;
  assert.include(
    explained([[1, 0.5], [0.7, 0.7], [1, 0.5]], saturated),
    "A step of 3 ends at 0.5, no higher than full batch's end.",
  );
  assert.include(
    explained([[1, 0.5], [0.7, 0.7], [1, 0.6]], saturated),
    "A step of 3 overshoots the valley and lands on a plateau, at 0.6, where the slope is " +
      "too flat to climb back.",
  );
  assert.include(
    explained([[1, 0.5], [0.7, 0.7], [9, 0.6]], ([w1]) => w1 === 9),
    "A step of 3 ends at 0.6, above full batch's end.",
    "saturated at its start, not at its end",
  );
  assert.include(
    explained([[1, 0.5], [0.7, 0.7], [1, 0.5 + 0.01]]),
    "no higher than full batch's end.",
    "exactly 0.01 higher",
  );
});

Deno.test("a point is saturated only beyond 4 or -4: a weighted sum of exactly 4 is not", () => {
  assert.isFalse(allSaturated([[1, 0]], [4, 0], 0));
  assert.isFalse(allSaturated([[1, 0]], [0, 0], -4));
  assert.isTrue(allSaturated([[1, 0]], [4.000001, 0], 0));
  assert.isTrue(allSaturated([[1, 0]], [0, 0], -4.000001));
  assert.isFalse(allSaturated([[1, 0], [0, 1]], [5, 0], 0), "every point, not one");
  // A map of one cell centred on w1 = 4, then one centred on 5.
  const cell = (from: number) => ({ x: [from, from + 2], y: [-1, 1], columns: 1, rows: 1 });
  assert.equal(plateausOf([[1, 0]], [0], 0, cell(3)).saturated, 0);
  const five = plateausOf([[1, 0]], [0], 0, cell(4));
  assert.equal(five.saturated, 1);
  assert.deepEqual(five.levels, [[1, 1]], "sigmoid(5) for a target 0: wrong, error about 1");
  assert.deepEqual(plateausOf([[1, 0]], [1], 0, cell(4)).levels, [[0, 1]], "right: about 0");
});

Deno.test("the map's lowest cell is the centre of the cell with the lowest error, the first in reading order on a tie", () => {
  const plane = { x: [0, 4], y: [0, 2], columns: 4, rows: 2 };
  assert.deepEqual(lowestCell(() => 1, plane), [0.5, 1.5], "top left");
  assert.deepEqual(lowestCell((w1, w2) => w1 + w2, plane), [0.5, 0.5], "bottom left");
  assert.deepEqual(lowestCell((w1, w2) => -w1 - w2, plane), [3.5, 1.5], "top right");
  assert.deepEqual(lowestCell((w1, w2) => Math.abs(w1 - 2.5) - w2, plane), [2.5, 1.5]);
  const thirds = { x: [0, 1], y: [0, 1], columns: 3, rows: 1 };
  assert.deepEqual(lowestCell((w1) => w1, thirds), [0.16666667, 0.5], "to 8 decimals");
});

Deno.test("lesson 13's flags at their edges: a bias from -100 to 100, a range from 0.5 to 100, a large rate above 0 up to 1000", async () => {
  const bias = "expected a number from -100 to 100";
  const range = "expected a number from 0.5 to 100";
  const rate = "expected a number above 0 up to 1000";
  for (
    const [flag, value, expected] of [
      ["--bias", "-100.5", bias],
      ["--bias", "100.5", bias],
      ["--range", "0.4", range],
      ["--range", "100.5", range],
      ["--large-rate", "0", rate],
      ["--large-rate", "1000.5", rate],
    ]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, `${flag} ${value}`);
    assert.deepEqual(bad.err, [
      `Error: Invalid ${flag} "${value}": ${expected}. Run with --help for usage.`,
    ]);
  }
});

/** The size of one point's gradient at weighted sum z, target t: |2 (p - t) p (1 - p)|. */
const slopeAt = (z: number, t: number) => {
  const p = 1 / (1 + Math.exp(-z));
  return Math.abs(2 * (p - t) * p * (1 - p));
};

Deno.test("the steepest cell: the gradient's size at each cell's centre, every column and row, the largest", () => {
  // One point [1, 0] (or [0, 1]): its weighted sum is the cell's w1 (or w2).
  const cells = (x: number[], y: number[], columns: number, rows: number) => ({
    x,
    y,
    columns,
    rows,
  });
  assert.closeTo(
    steepest([[1, 0]], [1], 0, cells([-1, 1], [-1, 1], 2, 1)),
    slopeAt(-0.5, 1),
    1e-15,
  );
  assert.closeTo(
    steepest([[1, 0]], [0], 0, cells([-1, 0], [-1, 1], 1, 1)),
    slopeAt(-0.5, 0),
    1e-15,
  );
  assert.closeTo(steepest([[0, 1]], [0], 0, cells([-1, 1], [-1, 1], 1, 2)), slopeAt(0.5, 0), 1e-15);
  assert.closeTo(steepest([[0, 1]], [1], 0, cells([-1, 1], [0, 1], 1, 1)), slopeAt(0.5, 1), 1e-15);
  assert.closeTo(steepest([[1, 0]], [0], 1, cells([-1, 0], [-1, 1], 1, 1)), slopeAt(0.5, 0), 1e-15);
  // On a plateau's cell too, with a bias: the weighted sum is w1 + b.
  const plateau = plateausOf([[1, 0]], [0], 1, cells([3, 5], [-1, 1], 1, 1));
  assert.equal(plateau.saturated, 1);
  assert.closeTo(plateau.steepest, slopeAt(5, 0), 1e-18);
});

Deno.test("one sample a step's second half: from the middle record on, its highest less its lowest", () => {
  // Four records: the last two; the 5 before them is left out.
  assert.include(
    explained([[1, 0.5], [9, 5, 1, 1.005], [1, 0.5]]),
    "One sample a step ends at 1.005, moving less than 0.01 in its second half.",
  );
});

Deno.test("a map with no saturated cell says so and ends the sentence there: --range 0.5", async () => {
  const prose = await flat("--range", "0.5");
  assert.include(
    prose,
    "Plateaus: in 0 cells of the map's 1281 every point's weighted sum is beyond 4 or -4",
  );
  assert.include(prose, "and the cumulative error is about the count of wrong points.");
  assert.notInclude(prose, "There the map is flat");
});

Deno.test("lesson 13's second map is introduced after a blank line: the eight points, the bias, the start", async () => {
  const { out } = await run();
  const at = out.indexOf(
    "The eight points of data/tutorial.csv, bias fixed at 0: their cumulative error.",
  );
  assert.equal(out[at - 1], "");
  assert.equal(out[at + 1], "From S = [ 0.49671415 -0.1382643 ] (seed 42), learning w only:");
});

Deno.test("lesson 13's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("13", spec, await run());
});
