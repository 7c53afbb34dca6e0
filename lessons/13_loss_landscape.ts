// Lesson 13: the loss landscape.
//
// Gradient descent walks downhill, but on what hill? Fix the bias and the error becomes a
// function of the two weights alone: a surface over the plane (w1, w2), the loss landscape.
// Here it is drawn as a contour map in characters: each cell's shade is the error at those
// weights, blank for the lowest, "@" for the highest. A step of descent is a move on this map.
// First the tutorial's two samples, with lesson 05's shortcut step and the true gradient step
// from lesson 06; then the eight points, with full-batch descent rolling into the valley,
// stochastic gradient descent wandering about it, and a step too large thrown out of it. Far
// from the valley every sigmoid saturates: each point is then plainly right or wrong, the error
// is the count of wrong points, and the map is flat, a plateau where the gradient is almost 0.
//
// Run it: deno run lessons/13_loss_landscape.ts      With the picture: deno task pictures

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { contourSvg, contourText, formatArray } from "../lib/mod.ts";
import { matVec, NeuralNetwork, parseDataset, RandomState, sigmoid } from "../lib/mod.ts";
import { sigmoidDerivative, transposedMatVec } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, lessonMain, wrap } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";
import { offerMap } from "../runtime/replay_maps.ts";

type Point = [number, number];
type Points = readonly (readonly number[])[];

/** The lesson itself. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { seed, bias, range, largeRate, plot } = flags;
  const plane = { x: [-range, range], y: [-range, range], columns: 61, rows: 21 } as const;

  // The tutorial's two samples, its weights, bias 0: the error of both, over the plane.
  const two = { X: [[1.66, 1.56], [2, 1.5]], t: [1, 0] };
  const start: Point = [1.45, -0.66];
  const shortcut: Point = [-0.2920383, -2.4020383]; // lesson 05: weights - 2 (p - t)
  const gradient = gradientOf([two.X[1]], [two.t[1]], start, 0); // lesson 06, sample [2, 1.5]
  const step: Point = [start[0] - gradient[0], start[1] - gradient[1]];
  io.log("The tutorial's two samples, [1.66, 1.56] -> 1 and [2, 1.5] -> 0, bias 0: their");
  io.log(`summed error over w1 (across) and w2 (up), from -${range} to ${range}:`);
  io.log(contourText({
    ...plane,
    f: (w1, w2) => errorOf(two.X, two.t, [w1, w2], 0),
    levels: TWO_LEVELS,
    marks: [
      { symbol: "S", points: [start] },
      { symbol: "c", points: [shortcut] },
      { symbol: "g", points: [step] },
    ],
  }));
  io.log(legend(TWO_LEVELS));
  // The classroom page draws the two steps on the map (runtime/replay_maps.ts).
  offerMap(() => {
    const paths = [
      { name: "lesson 05 shortcut", points: [start, shortcut] },
      { name: "gradient step", points: [start, step] },
    ];
    const title = "The tutorial's two samples' summed error over (w1, w2), bias 0";
    return {
      title,
      svg: contourSvg({
        ...plane,
        columns: 80,
        rows: 80,
        f: (w1, w2) => errorOf(two.X, two.t, [w1, w2], 0),
        levels: TWO_LEVELS,
        paths,
        title,
        xTitle: "w1",
        yTitle: "w2",
      }),
      paths: paths.map((path) => ({
        ...path,
        every: 1,
        errors: path.points.map((w) => errorOf(two.X, two.t, w, 0)),
      })),
      digits: 4,
    };
  });
  const row = (mark: string, name: string, w: Point) => {
    const [e1, e2] = two.X.map((x, i) => errorOf([x], [two.t[i]], w, 0));
    io.log(
      `  ${mark} ${name.padEnd(19)} ${formatArray(w).padEnd(26)} ${pad4(e1, 11)} ${pad4(e2, 9)} ` +
        fmt4(e1 + e2),
    );
  };
  io.log("    where               weights                    [1.66,1.56] [2,1.5]   both");
  row("S", "tutorial's weights", start);
  row("c", "lesson 05 shortcut", shortcut);
  row("g", "gradient step", step);
  const [eStart, eShort, eStep] = [start, shortcut, step].map((w) => errorOf(two.X, two.t, w, 0));
  say(
    io,
    "Lesson 05's shortcut steps by 2 (p - t) in every weight, a long jump: it fixes [2, 1.5] " +
      `but lands ${eShort > eStart ? "higher" : "lower"} on the map of both samples ` +
      `(${fmt(eStart)} to ${fmt(eShort)}), because it forgot [1.66, 1.56]. The gradient of ` +
      "[2, 1.5]'s error (lesson 06) is a short step straight down that sample's slope; on " +
      `both samples' map it goes from ${fmt(eStart)} to ${fmt(eStep)}.`,
  );
  io.log("");

  // The eight points, the bias fixed: descents that learn the two weights only.
  const { inputs: X, targets: t } = parseDataset(tutorialCsv, "data/tutorial.csv");
  // Lesson 08's start at the same seed, drawn as np.random.seed(seed) draws (its bias is drawn
  // and then set aside: here the bias is fixed), and its picks, np.random.randint(8).
  const random = new RandomState(seed);
  const network = new NeuralNetwork({ learningRate: 0.1, random });
  const w0 = network.weights as Point;
  const full = descend(X, t, w0, bias, { rate: 1, steps: 200, every: 5 });
  const sgd = descend(X, t, w0, bias, {
    rate: 0.1,
    steps: 10_000,
    every: 100,
    pick: (n) => random.randint(n),
  });
  const large = descend(X, t, w0, bias, { rate: largeRate, steps: 20, every: 1 });
  const f = (w1: number, w2: number) => errorOf(X, t, [w1, w2], bias);
  const lowest = lowestCell(f, plane);
  io.log(`The eight points of data/tutorial.csv, bias fixed at ${bias}: their cumulative error.`);
  io.log(`From S = ${formatArray(w0)} (seed ${seed}), learning w only:`);
  io.log(contourText({
    ...plane,
    f,
    levels: EIGHT_LEVELS,
    marks: [
      { symbol: "s", points: sgd },
      { symbol: "x", points: large },
      { symbol: "o", points: full },
      { symbol: "M", points: [lowest] },
      { symbol: "S", points: [w0] },
    ],
  }));
  io.log(legend(EIGHT_LEVELS));
  io.log(`    ${"path".padEnd(30)} rate  steps  ${"ends at".padEnd(23)} error`);
  const path = (mark: string, name: string, rate: number, points: Point[], steps: number) =>
    io.log(
      `  ${mark} ${name.padEnd(30)} ${String(rate).padEnd(5)} ${String(steps).padEnd(6)} ` +
        `${point(points.at(-1)!).padEnd(23)} ${fmt(f(...points.at(-1)!))}`,
    );
  path("o", "full batch, every 5th step", 1, full, 200);
  path("s", "one sample a step, every 100th", 0.1, sgd, 10_000);
  path("x", "full batch, a step too large", largeRate, large, 20);
  io.log(`  M the map's lowest cell, at ${point(lowest)}: error ${fmt(f(...lowest))}`);
  const saturated = (w: readonly number[]) => allSaturated(X, w, bias);
  say(io, explainPaths(f, saturated, [full, sgd, large], lowest, largeRate));
  io.log("");

  // The plateaus: where every sigmoid saturates, the error is a count and the map is flat.
  const plateaus = plateausOf(X, t, bias, plane);
  const cells = plane.columns * plane.rows;
  const cellsOf = (n: number) => `${n} cell${n === 1 ? "" : "s"}`;
  say(
    io,
    `Plateaus: in ${cellsOf(plateaus.saturated)} of the map's ${cells} every point's weighted ` +
      "sum is beyond 4 or -4, so each sigmoid is saturated (its slope below 0.018): each point " +
      "is plainly right (error near 0) or wrong (near 1), and the cumulative error is about " +
      "the count of wrong points" +
      (plateaus.saturated === 0
        ? "."
        : `: ${
          plateaus.levels.map(([level, n]) => `${level} in ${cellsOf(n)}`).join(", ")
        }. There the map is flat: the gradient's size is at most ` +
          `${fmt3(plateaus.steepest)} on those cells, against up to ` +
          `${fmt3(steepest(X, t, bias, plane))} elsewhere on the map. Descent that ` +
          "starts on a plateau, or is thrown onto one, barely moves."),
  );

  const descents = [
    { name: "full batch (rate 1)", points: full, every: 5 },
    { name: "one sample a step (0.1)", points: sgd, every: 100 },
    { name: `too large a step (${largeRate})`, points: large, every: 1 },
  ];
  const title =
    `The cumulative error of the eight points over (w1, w2), bias ${bias}, seed ${seed}`;
  const eightSvg = () =>
    contourSvg({
      ...plane,
      columns: 80,
      rows: 80,
      f,
      levels: EIGHT_LEVELS,
      paths: descents,
      title,
      xTitle: "w1",
      yTitle: "w2",
    });
  // The classroom page draws the three descents step by step on the map.
  offerMap(() => ({
    title,
    svg: eightSvg(),
    paths: descents.map((path) => ({ ...path, errors: path.points.map((w) => f(...w)) })),
    digits: 6,
  }));

  if (plot !== undefined) {
    await writeTextFileFor("plot", plot, eightSvg(), files);
    io.log("");
    io.log(`Wrote the map to ${plot}`);
  }
}

/** The experiments "Try this" asks about; the answers are for after the run. */
export const experiments = [
  {
    command: "deno run lessons/13_loss_landscape.ts --bias 40 --range 20",
    question: "A large bias and a wider map: which plateaus does the map hold now?",
    answer: "Plateaus at 2, 3, 4 and 5 wrong points. The one at 2 is the best a straight " +
      "line does on these eight, 6/8 right (lesson 08); the start lies on the plateau at 4, " +
      "so no descent moves.",
  },
  {
    command: "deno run lessons/13_loss_landscape.ts --large-rate 5",
    question: "Is a step of 5 still thrown out of the valley?",
    answer: "No: it ends at 2.87428, off the plateau at 4 but well above full batch's end " +
      "(1.94357): too large to settle on the valley's floor, not large enough to be thrown " +
      "onto a plateau.",
  },
] as const;

/** The bands of the two samples' map and of the eight points' map. */
const TWO_LEVELS = [0.1, 0.5, 0.9, 1.1, 1.5, 1.9];
const EIGHT_LEVELS = [2, 2.25, 2.75, 3.25, 3.75, 4.25, 4.75];

/** "shades: ' ' below 2, '.' 2 to 2.25, ..." in at most two lines. */
function legend(levels: readonly number[]): string {
  const shades = " .:-=+*#%@";
  const parts = [
    `'${shades[0]}' below ${levels[0]}`,
    ...levels.map((level, k) =>
      k === levels.length - 1
        ? `'${shades[k + 1]}' ${level} and up`
        : `'${shades[k + 1]}' ${level}-${levels[k + 1]}`
    ),
  ];
  return wrap(`  shades: ${parts.join(", ")}`, 80).join("\n    ");
}

/** The summed squared error of the points at weights w and bias b. */
function errorOf(X: Points, t: readonly number[], w: readonly number[], b: number): number {
  return matVec(X, w).reduce((sum, z, i) => sum + (sigmoid(z + b) - t[i]) ** 2, 0);
}

/** The gradient of the summed error with respect to the weights: X^T delta (lesson 14). */
function gradientOf(X: Points, t: readonly number[], w: readonly number[], b: number): Point {
  const z = matVec(X, w).map((sum) => sum + b);
  const delta = z.map((zi, i) => 2 * (sigmoid(zi) - t[i]) * sigmoidDerivative(zi));
  return transposedMatVec(X, delta) as Point;
}

/**
 * Descent on the weights with the bias fixed: on the mean error of all points, or with `pick`,
 * on one point picked at random each step (`pick(n)`, one of 0 to n - 1). The path: the start,
 * then the weights after every `every`th step.
 */
function descend(
  X: Points,
  t: readonly number[],
  start: Point,
  b: number,
  { rate, steps, every, pick }: {
    rate: number;
    steps: number;
    every: number;
    pick?: (n: number) => number;
  },
): Point[] {
  let w = start;
  const path: Point[] = [start];
  for (let step = 1; step <= steps; step++) {
    const i = pick?.(X.length);
    const g = i === undefined
      ? gradientOf(X, t, w, b).map((gj) => gj / X.length)
      : gradientOf([X[i]], [t[i]], w, b);
    w = [w[0] - rate * g[0], w[1] - rate * g[1]];
    if (step % every === 0) path.push(w);
  }
  return path;
}

/** The centre of the map's cell with the lowest value, the first in reading order on a tie. */
export function lowestCell(
  f: (x: number, y: number) => number,
  { x, y, columns, rows }: {
    x: readonly number[];
    y: readonly number[];
    columns: number;
    rows: number;
  },
): Point {
  let best: Point = [x[0], y[0]];
  let lowest = Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const w: Point = [
        x[0] + (c + 0.5) * (x[1] - x[0]) / columns,
        y[1] - (r + 0.5) * (y[1] - y[0]) / rows,
      ];
      if (f(...w) < lowest) [best, lowest] = [w, f(...w)];
    }
  }
  return best.map((v) => Number(v.toFixed(8))) as Point;
}

/** Whether every point's weighted sum at weights w and bias b is beyond 4 or -4. */
export function allSaturated(X: Points, w: readonly number[], b: number): boolean {
  return matVec(X, w).every((z) => Math.abs(z + b) > 4);
}

/** The cells where every weighted sum is beyond ±4, and the whole errors found there. */
export function plateausOf(
  X: Points,
  t: readonly number[],
  b: number,
  { x, y, columns, rows }: {
    x: readonly number[];
    y: readonly number[];
    columns: number;
    rows: number;
  },
) {
  const counts = new Map<number, number>();
  let saturated = 0;
  let steepest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const w = [
        x[0] + (c + 0.5) * (x[1] - x[0]) / columns,
        y[1] - (r + 0.5) * (y[1] - y[0]) / rows,
      ];
      if (!allSaturated(X, w, b)) continue;
      saturated++;
      steepest = Math.max(steepest, size(gradientOf(X, t, w, b)));
      const level = Math.round(errorOf(X, t, w, b));
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }
  return { saturated, steepest, levels: [...counts].sort(([a], [b]) => a - b) };
}

/** The largest size of the gradient at any cell of the map, at the cells' centres. */
export function steepest(
  X: Points,
  t: readonly number[],
  b: number,
  { x, y, columns, rows }: {
    x: readonly number[];
    y: readonly number[];
    columns: number;
    rows: number;
  },
): number {
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const w = [
        x[0] + (c + 0.5) * (x[1] - x[0]) / columns,
        y[1] - (r + 0.5) * (y[1] - y[0]) / rows,
      ];
      largest = Math.max(largest, size(gradientOf(X, t, w, b)));
    }
  }
  return largest;
}

/** What the three paths did, from this run's numbers. */
export function explainPaths(
  f: (x: number, y: number) => number,
  saturated: (w: readonly number[]) => boolean,
  [full, sgd, large]: Point[][],
  lowest: Point,
  largeRate: number,
): string {
  const [start, end] = [f(...full[0]), (path: Point[]) => f(...path.at(-1)!)];
  const wander = sgd.slice(Math.floor(sgd.length / 2)).map((w) => f(...w));
  const [low, high] = [Math.min(...wander), Math.max(...wander)];
  const fullText = end(full) < start - 0.01
    ? `Full batch rolls downhill along the true gradient, from ${fmt(start)} to ` +
      `${fmt(end(full))}; the map's lowest cell is at ${fmt(f(...lowest))}. `
    : `Full batch barely moves (${fmt(start)} to ${fmt(end(full))}): the start lies where ` +
      "the map is flat. ";
  const sgdText = high - low > 0.01
    ? "One sample a step follows one point's slope at a time: in its second half it " +
      `wanders between ${fmt(low)} and ${fmt(high)}, never settling. `
    : `One sample a step ends at ${fmt(end(sgd))}, moving less than 0.01 in its second half. `;
  const largeText = saturated(large.at(-1)!) && end(large) > end(full)
    ? `A step of ${largeRate} overshoots the valley and lands on a plateau, at ` +
      `${fmt(end(large))}, where the slope is too flat to climb back.`
    : `A step of ${largeRate} ends at ${fmt(end(large))}, ${
      end(large) > end(full) + 0.01 ? "above" : "no higher than"
    } full batch's end.`;
  return fullText + sgdText + largeText;
}

/** 6 significant digits, or 4: 0.799247, 0.7992. */
const fmt = (value: number) => String(Number(value.toPrecision(6)));
const fmt3 = (value: number) => String(Number(value.toPrecision(3)));
const fmt4 = (value: number) => String(Number(value.toPrecision(4)));
const pad4 = (value: number, width: number) => fmt4(value).padEnd(width);
const point = ([a, b]: readonly number[]) => `(${fmt(a)}, ${fmt(b)})`;
const size = ([a, b]: Point) => Math.hypot(a, b);
/** One paragraph, wrapped to 80 columns. */
const say = (io: Io, text: string) => io.log(wrap(text, 80).join("\n"));

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 13: the loss landscape: the error over two weights, and descent on it.",
  flags: {
    seed: flag.seed("Seed of the start and of the sample picks"),
    bias: flag.number(0, "The bias, fixed, of the eight points' map", {
      min: -100,
      max: 100,
      value: "B",
    }),
    range: flag.number(4, "Both maps span the weights from -R to R", {
      min: 0.5,
      max: 100,
      value: "R",
    }),
    largeRate: flag.number(50, "The learning rate of the step too large", {
      above: 0,
      max: 1000,
      value: "RATE",
    }),
    plot: flag.output(
      "Also write the eight points' map as SVG (needs --allow-read and --allow-write)",
    ),
  },
  examples: [
    "deno run lessons/13_loss_landscape.ts --bias -2 --range 6",
    "deno task pictures   (draws docs/loss_landscape.svg with --plot)",
  ],
  experiments,
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
