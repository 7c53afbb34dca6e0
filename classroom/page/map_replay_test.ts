// The map replay's arithmetic, without a page: how many frames, where each path is at a frame
// and how its line beside the map reads, in the lesson's digits.

import { assert } from "chai";
import type { ReplayMap, ReplayPath } from "../../runtime/replay_maps.ts";
import {
  drawnPath,
  FRAMES_PER_REFRESH,
  mapFrames,
  mapProgressText,
  pathRow,
  shown,
} from "./map_replay.ts";

/** A path of `n` points, every `every` steps of the descent. */
const path = (n: number, every = 1, name = "full batch (rate 1)"): ReplayPath => ({
  name,
  every,
  points: Array.from({ length: n }, (_, i) => [i / 2, -i] as [number, number]),
  errors: Array.from({ length: n }, (_, i) => 1 / (i + 3)),
});

const map = (...paths: ReplayPath[]): ReplayMap => ({ title: "a map", svg: "", paths, digits: 4 });

Deno.test("a replay has a frame per point of its longest path, over every map", () => {
  assert.strictEqual(mapFrames([map(path(3), path(7)), map(path(5))]), 7);
  assert.strictEqual(mapFrames([map(path(2)), map(path(9), path(1))]), 9);
  assert.strictEqual(mapFrames([map(path(1))]), 1);
});

Deno.test("a path's line counts the descent's steps, and stays at its end when shorter", () => {
  const long = path(11, 5);
  assert.deepEqual(pathRow(long, 0, 4), {
    at: 0,
    step: "full batch (rate 1): step 0 of 50, at ",
    place: "(0, 0)",
    error: "0.3333",
  });
  assert.deepEqual(pathRow(long, 2, 4), {
    at: 2,
    step: "full batch (rate 1): step 10 of 50, at ",
    place: "(1, -2)",
    error: "0.2",
  });
  assert.deepEqual(pathRow(long, 10, 3).at, 10);
  assert.deepEqual(pathRow(long, 10, 3).error, "0.0769");
  const short = path(3, 1_000, "one at a time");
  assert.deepEqual(pathRow(short, 7, 2), {
    at: 2,
    step: "one at a time: step 2,000 of 2,000, at ",
    place: "(1, -2)",
    error: "0.2",
  });
  assert.deepEqual(pathRow(short, 2, 2).at, 2);
  assert.deepEqual(pathRow(short, 1, 2).at, 1);
});

Deno.test("numbers are printed in the lesson's digits, without trailing zeros", () => {
  assert.strictEqual(shown(0.123456789, 6), "0.123457");
  assert.strictEqual(shown(0.123456789, 2), "0.12");
  assert.strictEqual(shown(1.5, 6), "1.5");
  assert.strictEqual(shown(-2, 6), "-2");
  assert.strictEqual(shown(123456789, 3), "123000000");
});

Deno.test("the progress line counts points of the longest path, and says when it is done", () => {
  assert.strictEqual(mapProgressText(0, 11), "Point 0 of 10 of the longest path");
  assert.strictEqual(mapProgressText(9, 11), "Point 9 of 10 of the longest path");
  assert.strictEqual(
    mapProgressText(10, 11),
    "Point 10 of 10 of the longest path: the paths the lesson drew.",
  );
});

Deno.test("at speed 1 the replay moves a point every four screen refreshes", () => {
  assert.strictEqual(FRAMES_PER_REFRESH, 1 / 4);
});

Deno.test("a path's picture at a point: its line up to that point, its end dot on it", () => {
  const coordinates = ["10,20", "30,40", "50,60"];
  assert.deepEqual(drawnPath(coordinates, 0), { points: "10,20", end: ["10", "20"] });
  assert.deepEqual(drawnPath(coordinates, 1), { points: "10,20 30,40", end: ["30", "40"] });
  assert.deepEqual(drawnPath(coordinates, 2), {
    points: "10,20 30,40 50,60",
    end: ["50", "60"],
  });
});
