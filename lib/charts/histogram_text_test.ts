import { assert } from "chai";
import { histogramText } from "./histogram_text.ts";

Deno.test("each value lands in its bin, the last bin closed; bars scale to the largest count", () => {
  const values = [0, 0.1, 0.2, 0.3, 1, 1.5, 3, 3];
  assert.deepEqual(histogramText(values, { edges: [0, 1, 2, 3], width: 8 }).split("\n"), [
    "  [0, 1)  ████████ 4",
    "  [1, 2)  ████     2",
    "  [2, 3]  ████     2",
  ]);
});

Deno.test("values outside the edges get lines of their own; an empty bin has no bar", () => {
  assert.deepEqual(histogramText([-5, 0.5, 9, 9], { edges: [0, 1, 2], width: 4 }).split("\n"), [
    "  below 0  ██   1",
    "  [0, 1)   ██   1",
    "  [1, 2]        0",
    "  above 2  ████ 2",
  ]);
});

Deno.test("a small count still shows: one character at least", () => {
  const values = [...new Array(1000).fill(0), 1];
  assert.include(histogramText(values, { edges: [0, 1, 2], width: 10 }), "  [1, 2]  █          1");
});

Deno.test("bad edges and values are refused", () => {
  assert.throws(() => histogramText([1], { edges: [0] }), RangeError, "at least two edges, got 1");
  assert.throws(() => histogramText([1], { edges: [0, 0] }), RangeError, "ascending finite edges");
  assert.throws(
    () => histogramText([1], { edges: [0, 2, 1] }),
    RangeError,
    "Expected ascending finite edges, got 0, 2, 1",
  );
  assert.throws(
    () => histogramText([NaN], { edges: [0, 1] }),
    RangeError,
    "Expected finite values, got NaN",
  );
});

Deno.test("bars are 40 characters at most by default, rounded to the nearest; one value alone is a full bar", () => {
  assert.deepEqual(histogramText([0.5], { edges: [0, 1] }), `  [0, 1]  ${"█".repeat(40)} 1`);
  // 1 of 3 is 2.67 characters of 8: 3, not 2; a single value above the edges gets its line.
  assert.deepEqual(histogramText([0, 0, 0, 1.5, 7], { edges: [0, 1, 2], width: 8 }).split("\n"), [
    "  [0, 1)   ████████ 3",
    "  [1, 2]   ███      1",
    "  above 2  ███      1",
  ]);
  assert.deepEqual(histogramText([-1], { edges: [0, 1], width: 2 }).split("\n"), [
    "  below 0  ██ 1",
    "  [0, 1]      0",
  ]);
});
