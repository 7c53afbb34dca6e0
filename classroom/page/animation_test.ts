// The replay's arithmetic, without a page: the colours of the boundary, where a cell and a
// training point land, the curve's points and scale, what one Step moves and the progress line.

import { assert } from "chai";
import {
  cellRect,
  colour,
  curvePoints,
  errorScale,
  framesAt,
  iterationsText,
  latestError,
  longestOf,
  pointPlace,
  progressText,
  roundNumber,
  scaleLabel,
  showsPredictions,
  stepBackward,
  stepForward,
  stepSize,
  trainedText,
  unitShade,
} from "./animation.ts";
import type { Recording } from "./recording.ts";

Deno.test("a prediction is coloured blue at 0, white at 0.5, orange at 1, and between", () => {
  assert.strictEqual(colour(0), "rgb(44,123,182)");
  assert.strictEqual(colour(0.25), "rgb(150,189,219)");
  assert.strictEqual(colour(0.5), "rgb(255,255,255)");
  assert.strictEqual(colour(0.75), "rgb(254,215,176)");
  assert.strictEqual(colour(1), "rgb(253,174,97)");
  assert.strictEqual(colour(0.49), "rgb(251,252,254)");
});

Deno.test("the boundary's lowest row of cells is drawn at the canvas's bottom", () => {
  // A 40 by 40 grid on a 320 by 320 canvas: cells of 8 pixels, a pixel more to hide the seams.
  assert.deepEqual(cellRect(0, 0, 40, 320, 320), [0, 312, 9, 9]);
  assert.deepEqual(cellRect(3, 0, 40, 320, 320), [24, 312, 9, 9]);
  assert.deepEqual(cellRect(0, 39, 40, 320, 320), [0, 0, 9, 9]);
  assert.deepEqual(cellRect(39, 2, 40, 320, 160), [312, 136, 9, 9]);
});

Deno.test("a training point lands by its span: x across from the left, y up from the bottom", () => {
  const span = [{ low: -0.5, size: 2 }, { low: -1, size: 4 }] as const;
  assert.deepEqual(pointPlace([-0.5, -1], span, 320, 160), [0, 160]);
  assert.deepEqual(pointPlace([1.5, 3], span, 320, 160), [320, 0]);
  assert.deepEqual(pointPlace([0, 1], span, 320, 160), [80, 80]);
});

Deno.test("a ReLU unit is shaded from white at 0 to orange at its largest, a sigmoid's as is", () => {
  const values = Float64Array.of(0, 1, 4);
  const relu = unitShade("relu", values);
  assert.deepEqual([0, 1, 4].map(relu), [0.5, 0.625, 1]);
  const sigmoid = unitShade("sigmoid", Float64Array.of(0.2, 0.9));
  assert.deepEqual([0.2, 0.9].map(sigmoid), [0.2, 0.9]);
  assert.strictEqual(unitShade(undefined, values)(0.3), 0.3);
  // A ReLU unit that gives 0 everywhere is white, not a division by 0.
  assert.strictEqual(unitShade("relu", Float64Array.of(0, 0))(0), 0.5);
  // Below 1 too: a unit whose largest is 0.5 is orange there.
  assert.strictEqual(unitShade("relu", Float64Array.of(0.25, 0.5))(0.5), 1);
});

Deno.test("the curve's scale is the largest error, or 1 when none is above 0", () => {
  assert.strictEqual(errorScale([0.5, 2, 1]), 2);
  assert.strictEqual(errorScale([3, 2, 1]), 3);
  assert.strictEqual(errorScale([]), 1);
  assert.strictEqual(errorScale([0, 0]), 1);
  assert.strictEqual(errorScale([0.25, 0.5, 0.125]), 0.5);
});

Deno.test("after some iterations the numbers show the error recorded last, with its iteration", () => {
  const errors = [4, 3, 2, 1];
  assert.strictEqual(latestError(errors, 0), undefined);
  assert.deepEqual(latestError(errors, 1), { error: 4, iteration: 0 });
  assert.deepEqual(latestError(errors, 100), { error: 4, iteration: 0 });
  assert.deepEqual(latestError(errors, 101), { error: 3, iteration: 100 });
  assert.deepEqual(latestError(errors, 400), { error: 1, iteration: 300 });
});

Deno.test("the curve grows from the left to the training's last error at the right", () => {
  // 400 iterations record 4 errors: iteration 0 at x 40, iteration 300 at x 390.
  const errors = [4, 3, 2, 1];
  assert.strictEqual(curvePoints(errors, 0, 400, 4), "");
  assert.strictEqual(curvePoints(errors, 1, 400, 4), "40,10");
  assert.strictEqual(curvePoints(errors, 101, 400, 4), `40,10 ${40 + 350 / 3},60`);
  assert.strictEqual(
    curvePoints(errors, 400, 400, 4),
    `40,10 ${40 + 350 / 3},60 ${40 + 700 / 3},110 390,160`,
  );
  // Half the scale is half way up from 210 to 10.
  assert.strictEqual(curvePoints([1], 1, 100, 2), "40,110");
});

Deno.test("a long curve keeps one point in so many, and its latest point always", () => {
  // 1,000 errors: every third (0, 3, ..., 999), 334 points within the 350 columns.
  const errors = Array.from({ length: 1000 }, (_, i) => 1000 - i);
  const all = curvePoints(errors, 100_000, 100_000, 1000).split(" ");
  assert.strictEqual(all.length, 334);
  assert.strictEqual(all[1], `${40 + (350 * 3) / 999},${210 - (200 * 997) / 1000}`);
  assert.strictEqual(all.at(-1), `390,${210 - 200 / 1000}`);
  // After 500 errors (0 to 499): 0, 3, ..., 498, then 499 added as the latest.
  const part = curvePoints(errors, 50_000, 100_000, 1000).split(" ");
  assert.strictEqual(part.length, 167 + 1);
  assert.strictEqual(part.at(-1), `${40 + (350 * 499) / 999},${210 - (200 * 501) / 1000}`);
  // After 499 errors (0 to 498): 498 is one of every third, not repeated.
  assert.strictEqual(curvePoints(errors, 49_900, 100_000, 1000).split(" ").length, 167);
  // 350 errors fit one per column.
  assert.strictEqual(
    curvePoints(errors.slice(0, 350), 35_000, 35_000, 1000).split(" ").length,
    350,
  );
  assert.strictEqual(
    curvePoints(errors.slice(0, 351), 35_100, 35_100, 1000).split(" ").length,
    176,
  );
});

Deno.test("a training of 250 iterations records 3 errors: the third at the right", () => {
  assert.strictEqual(curvePoints([4, 2, 1], 250, 250, 4), "40,10 215,110 390,160");
});

Deno.test("a training of one recorded error draws it at the left, not a division by 0", () => {
  assert.strictEqual(curvePoints([2], 1, 1, 2), "40,10");
  assert.strictEqual(curvePoints([2, 1], 200, 200, 2), "40,10 390,110");
});

Deno.test("a Step is a round number of iterations, about a twentieth of the training", () => {
  assert.deepEqual([1, 1.5, 2, 4.9, 5, 9.99, 10, 19, 20, 49, 50, 99, 100].map(roundNumber), [
    1,
    1,
    2,
    2,
    5,
    5,
    10,
    10,
    20,
    20,
    50,
    50,
    100,
  ]);
  assert.strictEqual(roundNumber(500), 500);
  assert.strictEqual(roundNumber(499), 200);
  assert.strictEqual(roundNumber(0.3), 1);
});

/** A recording of `iterations` with snapshots after `done` iterations (errors left out). */
const recording = (iterations: number, done: number[]): Recording => ({
  label: "a neuron",
  inputs: [],
  targets: [],
  iterations,
  errors: [],
  frames: done.map((d) => ({ done: d, points: [] })),
  trainingTime: 0,
});

Deno.test("lesson 08's 10,000 iterations step by 500: 5 frames of 100 iterations", () => {
  const frames = [0, 1, ...Array.from({ length: 99 }, (_, i) => 101 + 100 * i)];
  assert.deepEqual(stepSize(recording(10_000, frames)), { stride: 5, perFrame: 100 });
  // 20 iterations, a frame each: a Step is 1 iteration.
  const short = Array.from({ length: 21 }, (_, i) => i);
  assert.deepEqual(stepSize(recording(20, short)), { stride: 1, perFrame: 1 });
  // 1,000 iterations, a frame each 10: 50 iterations, 5 frames.
  const tens = [0, 1, ...Array.from({ length: 99 }, (_, i) => 11 + 10 * i)];
  assert.deepEqual(stepSize(recording(1_000, tens)), { stride: 5, perFrame: 10 });
  // Two frames (before and after one iteration): a frame a Step.
  assert.deepEqual(stepSize(recording(1, [0, 1])), { stride: 1, perFrame: 1 });
  // Frames further apart than a twentieth: still one frame a Step, not 0.
  assert.deepEqual(stepSize(recording(1_000, [0, 1, 501, 1_000])), { stride: 1, perFrame: 500 });
  // A Step rounded to the nearest whole number of frames: 200 / 150 is 1, 200 / 80 is 3.
  assert.deepEqual(stepSize(recording(4_000, [0, 1, 151])), { stride: 1, perFrame: 150 });
  assert.deepEqual(stepSize(recording(4_000, [0, 1, 81])), { stride: 3, perFrame: 80 });
});

Deno.test("Step goes from the start to after the first update, then a stride at a time", () => {
  assert.strictEqual(stepForward(0, 5), 1);
  assert.strictEqual(stepForward(1, 5), 6);
  assert.strictEqual(stepForward(6, 5), 11);
  // From between two Steps, to the next Step's frame.
  assert.strictEqual(stepForward(3, 5), 6);
  assert.strictEqual(stepForward(5, 5), 6);
  assert.strictEqual(stepForward(0, 1), 1);
  assert.strictEqual(stepForward(7, 1), 8);
});

Deno.test("a Step back returns to where the Step before left the network, the start at most", () => {
  assert.strictEqual(stepBackward(0, 5), 0);
  assert.strictEqual(stepBackward(1, 5), 0);
  assert.strictEqual(stepBackward(2, 5), 1);
  assert.strictEqual(stepBackward(6, 5), 1);
  assert.strictEqual(stepBackward(7, 5), 6);
  assert.strictEqual(stepBackward(11, 5), 6);
  assert.strictEqual(stepBackward(2, 1), 1);
  assert.strictEqual(stepBackward(9, 1), 8);
  // Back then forward is where it was, on a Step's frame.
  for (const frame of [1, 6, 11, 16]) {
    assert.strictEqual(stepForward(stepBackward(frame, 5), 5), frame);
  }
});

Deno.test("the progress line counts iterations, and at the end says what it shows", () => {
  assert.strictEqual(progressText(0, 10_000, false), "0 of 10,000 iterations");
  assert.strictEqual(progressText(501, 10_000, false), "501 of 10,000 iterations");
  assert.strictEqual(
    progressText(10_000, 10_000, true),
    "10,000 of 10,000 iterations: the state the lesson printed.",
  );
  assert.strictEqual(progressText(1, 1, true), "1 of 1 iteration: the state the lesson printed.");
  assert.strictEqual(iterationsText(1), "1 iteration");
  assert.strictEqual(iterationsText(0), "0 iterations");
  assert.strictEqual(iterationsText(2), "2 iterations");
});

Deno.test("the curve's top label has 3 significant digits; the time a hundredth of a millisecond", () => {
  assert.strictEqual(scaleLabel(2.34567), "2.35");
  assert.strictEqual(scaleLabel(0.0123456), "0.0123");
  assert.strictEqual(scaleLabel(1), "1.");
  assert.strictEqual(
    trainedText(10_000, 12.345),
    "Trained 10,000 iterations in 12.35 ms in this browser.",
  );
  assert.strictEqual(
    trainedText(1_000, 0.5),
    "Trained 1,000 iterations in 0.50 ms in this browser.",
  );
});

Deno.test("a card shows the predictions' table when a snapshot kept every training point", () => {
  const withPoints = (kept: number, inputs: number) => ({
    ...recording(10, [0]),
    inputs: Array.from({ length: inputs }, () => [0, 1]),
    frames: [{ done: 0, points: Array(kept).fill(0.5) }],
  });
  assert.isTrue(showsPredictions(withPoints(4, 4)));
  assert.isTrue(showsPredictions(withPoints(1, 1)), "one point is a table too");
  assert.isFalse(showsPredictions(withPoints(8, 10)), "only the first 8 of 10 kept");
  assert.isFalse(showsPredictions(withPoints(0, 0)));
});

Deno.test("the replay at a frame: each training's snapshot there or its last, the most done", () => {
  const short = recording(100, [0, 1, 51, 100]);
  const long = recording(1_000, [0, 1, 101, 201, 301, 1_000]);
  assert.deepEqual(framesAt([short, long], 2), {
    frames: [short.frames[2], long.frames[2]],
    done: 101,
    iterations: 1_000,
  });
  const end = framesAt([short, long], 5);
  assert.deepEqual(end.frames, [short.frames[3], long.frames[5]], "the short one at its last");
  assert.strictEqual(end.done, 1_000);
  assert.strictEqual(framesAt([long, short], 3).done, 201, "the most done, whichever is first");
  assert.strictEqual(framesAt([long, short], 0).iterations, 1_000);
});

Deno.test("the longest recording has the most frames, the first of them on a tie", () => {
  const a = recording(100, [0, 1, 2]);
  const b = recording(200, [0, 1, 2]);
  const c = recording(50, [0, 1]);
  assert.strictEqual(longestOf([a, b, c]), a);
  assert.strictEqual(longestOf([c, b, a]), b);
  assert.strictEqual(longestOf([c]), c);
});

Deno.test("a Step is about a twentieth: 40 iterations step by 2, 38 by 1", () => {
  const each = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);
  assert.deepEqual(stepSize(recording(40, each(40))), { stride: 2, perFrame: 1 });
  assert.deepEqual(stepSize(recording(38, each(38))), { stride: 1, perFrame: 1 });
  // Before the first error of a long curve, no point at all.
  const errors = Array.from({ length: 1000 }, () => 1);
  assert.strictEqual(curvePoints(errors, 0, 100_000, 1), "");
});
