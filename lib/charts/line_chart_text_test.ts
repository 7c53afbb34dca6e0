import { assert } from "chai";
import fc from "fast-check";
import { anyValue, isRefusal } from "../_property.ts";
import { NeuralNetwork } from "../neural_network.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { lineChartText } from "./line_chart_text.ts";

const falling = [3.9, 3.1, 2.4, 2.0, 1.9, 2.1];

/** The number `steps` doubles above `value`: a curve of a few ulps. */
function ulpsAbove(value: number, steps: number): number {
  const bits = new BigInt64Array(new Float64Array([value]).buffer);
  bits[0] += BigInt(steps);
  return new Float64Array(bits.buffer)[0];
}

/** The label of each line, left of its axis character. */
const labels = (chart: string) => chart.split("\n").map((line) => line.split(/ [┤┼]/)[0].trim());

Deno.test("the terminal chart draws the curve as asciichart does, the labels from the largest to the smallest", () => {
  assert.equal(
    lineChartText(falling, { height: 5 }),
    [
      "3.90 ┼╮",
      "3.50 ┤│",
      "3.10 ┤╰╮",
      "2.70 ┤ │",
      "2.30 ┤ ╰╮ ╭",
      "1.90 ┤  ╰─╯",
    ].join("\n"),
  );
});

Deno.test("by default the chart is 10 rows high (11 lines) and at most 80 columns wide", () => {
  const errors = Array.from({ length: 100 }, (_, i) => 3.9 - 2 * Math.sqrt(i / 99));
  const lines = lineChartText(errors).split("\n");
  assert.lengthOf(lines, 11);
  assert.equal(Math.max(...lines.map((line) => line.length)), 80, "100 values fill 80 columns");
});

Deno.test("the old call lineChartText(errors, 10) still means a height of 10", () => {
  assert.equal(lineChartText(falling, 10), lineChartText(falling, { height: 10 }));
  assert.lengthOf(lineChartText(falling, 3).split("\n"), 4);
});

Deno.test("a series that fits takes one column per value, the first on the axis", () => {
  const lines = lineChartText([1, 2, 3, 4], { height: 3 }).split("\n");
  assert.deepEqual(lines, ["4.00 ┤  ╭", "3.00 ┤ ╭╯", "2.00 ┤╭╯", "1.00 ┼╯"]);
});

Deno.test("a long series is downsampled to the width: each column the mean of its run of values", () => {
  // 1000 values of 0 then 1000 of 1, in 10 columns beside labels of 4: runs of 200 values.
  const steps = [...new Array(1000).fill(0), ...new Array(1000).fill(1)];
  const lines = lineChartText(steps, { height: 2, width: 15 }).split("\n");
  assert.deepEqual(lines, ["1.00 ┤    ╭────", "0.50 ┤    │", "0.00 ┼────╯"]);
  assert.isTrue(lines.every((line) => line.length <= 15));
});

Deno.test("a column whose run straddles a step shows the mean: halfway up", () => {
  // 7 values in the 5 columns beside labels of 4: runs [0], [0], [0, 1], [1], [1, 1].
  const lines = lineChartText([0, 0, 0, 1, 1, 1, 1], { height: 2, width: 10 }).split("\n");
  assert.deepEqual(lines, ["1.00 ┤  ╭─", "0.50 ┤ ╭╯", "0.00 ┼─╯"]);
});

Deno.test("each value is in one column's run only: a step between runs stays a step", () => {
  // 7 values in 5 columns: runs [0], [0], [1, 1], [1], [1, 1]. Had a run reached into the next
  // one's first value, column 1 would average 0 and 1 and draw halfway up.
  const lines = lineChartText([0, 0, 1, 1, 1, 1, 1], { height: 2, width: 10 }).split("\n");
  assert.deepEqual(lines, ["1.00 ┤ ╭──", "0.50 ┤ │", "0.00 ┼─╯"]);
});

Deno.test("a flat curve, or a single value, is one line", () => {
  assert.equal(lineChartText([2, 2, 2]), "2.00 ┼──");
  assert.equal(lineChartText([0.5]), "0.50 ┼");
});

Deno.test("a curve of a few ulps draws in bounded time, labels telling its ends apart", () => {
  const values = Array.from({ length: 30 }, (_, i) => ulpsAbove(0.5, i % 4));
  const chart = lineChartText(values);
  const [top, bottom] = [labels(chart)[0], labels(chart).at(-1)];
  assert.notEqual(top, bottom);
  const numbers = labels(chart).map(Number);
  numbers.forEach((label, k) => assert.isAtMost(label, numbers[k - 1] ?? label, `line ${k}`));
  assert.equal(Number(top), ulpsAbove(0.5, 3));
  assert.equal(Number(bottom), 0.5);
});

Deno.test("the almost flat curve of lesson 08 at --learning-rate 10 --seed 59 draws (it hung asciichart)", () => {
  const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
  const targets = [0, 1, 0, 1, 0, 1, 1, 0];
  const network = new NeuralNetwork({ learningRate: 10, random: seededRandom(59) });
  const errors = network.train(inputs, targets, 10_000);
  const lines = lineChartText(errors).split("\n");
  assert.isAtLeast(lines.length, 1);
  assert.isTrue(lines.every((line) => line.length <= 80));
});

Deno.test("huge and tiny curves label in scientific notation and stay within the width", () => {
  const huge = lineChartText([1e308, -1e308, 1.7e308, 0], { height: 4 });
  assert.deepEqual(labels(huge), [
    "1.70e+308",
    "1.02e+308",
    "3.50e+307",
    "-3.25e+307",
    "-1.00e+308",
  ]);
  const tiny = lineChartText([1e-320, 3e-320, 5e-324], { height: 2 });
  assert.deepEqual(labels(tiny), ["3.00e-320", "1.50e-320", "4.94e-324"]);
});

Deno.test("labels fall from top to bottom even between two subnormals: 5e-324 to 2e-323 on 6 lines", () => {
  const numbers = labels(lineChartText([5e-324, 2e-323], { height: 5 })).map(Number);
  assert.lengthOf(numbers, 6);
  numbers.forEach((label, k) => assert.isAtMost(label, numbers[k - 1] ?? label, `line ${k}`));
});

Deno.test("labels get more decimals when two decimals would repeat: 0.001 to 0.005", () => {
  assert.deepEqual(labels(lineChartText([0.001, 0.002, 0.005], { height: 3 })), [
    "0.005",
    "0.004",
    "0.002",
    "0.001",
  ]);
});

Deno.test("1,000,000 values draw without spreading them (a spread overflows the stack)", () => {
  const values = Array.from({ length: 1_000_000 }, (_, i) => 3 / (1 + i / 1e5));
  const chart = lineChartText(values, { height: 4, width: 40 });
  // The first column averages its run of 28,571 values, 3e5 / 28571 * ln(1 + 28571 / 1e5).
  assert.deepEqual(labels(chart).slice(0, 1), ["2.64"]);
  assert.isTrue(chart.split("\n").every((line) => line.length <= 40));
});

Deno.test("the terminal chart refuses no values, a non-finite one, a bad size or a width too narrow", () => {
  assert.throws(() => lineChartText([]), RangeError, "no values");
  assert.throws(
    () => lineChartText([1, NaN]),
    RangeError,
    "Expected values[1] to be a finite number, got NaN",
  );
  assert.throws(() => lineChartText([1, 2], { height: 0 }), RangeError, "the height");
  assert.throws(() => lineChartText([1, 2], { height: 1.5 }), RangeError, "the height");
  assert.throws(() => lineChartText([1, 2], { width: 5 }), RangeError, "the width");
  assert.throws(
    () => lineChartText([1e-300, 1.0000000000000002e-300], { width: 10 }),
    RangeError,
    "A width of 10 leaves no room for the curve beside labels of 23 characters",
  );
  const fromJavaScript = lineChartText as (values: unknown, options?: unknown) => string;
  assert.throws(() => fromJavaScript(["1"]), TypeError, 'values[0] to be a number, got "1"');
  assert.throws(() => fromJavaScript([1], "10"), TypeError, "the options to be an object");
});

Deno.test("property: any finite curve draws within its height and width, its labels falling from top to bottom", () => {
  const curve = fc.oneof(
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 }),
    fc.tuple(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.array(fc.nat(5), { minLength: 1 }),
    )
      .map(([base, steps]) => steps.map((n) => ulpsAbove(base, n)))
      .filter((values) => values.every(Number.isFinite)),
  );
  fc.assert(fc.property(
    curve,
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 40, max: 200 }),
    (values, height, width) => {
      const lines = lineChartText(values, { height, width }).split("\n");
      const flat = values.every((value) => value === values[0]);
      const [top, bottom] = [labels(lines.join("\n"))[0], labels(lines.join("\n")).at(-1)];
      const numbers = labels(lines.join("\n")).map(Number);
      return lines.length === (flat ? 1 : height + 1) &&
        lines.every((line) => line.length <= width) &&
        numbers.every((label, k) => k === 0 || label <= numbers[k - 1]) &&
        Number(top) >= Number(bottom);
    },
  ));
});

Deno.test("property: anything that is not a finite curve is a RangeError or TypeError", () => {
  fc.assert(fc.property(fc.array(anyValue, { maxLength: 5 }), anyValue, (values, height) => {
    try {
      return typeof lineChartText(values as number[], { height: height as number }) === "string";
    } catch (error) {
      return isRefusal(error);
    }
  }));
});

Deno.test("an averaged curve reaches its top and bottom labels: they span the columns drawn", () => {
  // 1000 values falling as 1 / (i + 1), in 34 columns beside labels of 4: runs of 29 or 30. The
  // first column is the mean of 1, 1/2, ... 1/29, about 0.14, so a top label of 1.00 would never
  // be reached; the top label is that mean, and the first column sits on the top line.
  const values = Array.from({ length: 1000 }, (_, i) => 1 / (i + 1));
  const lines = lineChartText(values, { height: 4, width: 39 }).split("\n");
  const runs = Array.from({ length: 34 }, (_, c) => {
    const run = values.slice(Math.floor(c * 1000 / 34), Math.floor((c + 1) * 1000 / 34));
    return run.reduce((sum, v) => sum + v, 0) / run.length;
  });
  assert.equal(labels(lines.join("\n"))[0], runs[0].toFixed(2));
  assert.equal(labels(lines.join("\n")).at(-1), runs[33].toFixed(2));
  assert.match(lines[0], /^0\.14 ┼/);
  assert.match(lines.at(-1)!, /─$/, "the last columns lie on the bottom line");
});

// The drawn curve decides the labels of a downsampled chart, flat included: a long series whose
// runs all average the same is drawn flat, so it is one line at that mean, as a flat series is
// (tools/mutants_list.ts plants the bug this catches). The labels turn scientific at exactly 1e6.
Deno.test("a long series whose every run averages the same is one line, labelled with that mean", () => {
  // 0, 1, 0, 1, ... 70 values in 35 columns beside labels of 4: each column the mean of a 0 and
  // a 1. One value more, and the runs differ: the curve is no longer flat.
  const alternating = (n: number) => Array.from({ length: n }, (_, i) => i % 2);
  assert.equal(lineChartText(alternating(70), { height: 4, width: 40 }), `0.50 ┼${"─".repeat(34)}`);
  assert.lengthOf(lineChartText(alternating(71), { height: 4, width: 40 }).split("\n"), 5);
});

Deno.test("the labels turn scientific from 1e6 up: 999,999 is plain, exactly 1,000,000 is not", () => {
  const labels = (top: number) =>
    lineChartText([0, top], { height: 2, width: 40 }).split("\n").map((line) =>
      line.split(" ┤")[0].split(" ┼")[0].trim()
    );
  assert.deepEqual(labels(999_999), ["999999.00", "499999.50", "0.00"]);
  assert.deepEqual(labels(1e6), ["1.00e+6", "5.00e+5", "0.00e+0"]);
});

Deno.test("the height runs from 1 to 100 and the width from 10 to 1000, both ends included", () => {
  assert.lengthOf(lineChartText([1, 2], { height: 100 }).split("\n"), 101);
  assert.throws(() => lineChartText([1, 2], { height: 101 }), RangeError, "from 1 to 100, got 101");
  assert.deepEqual(lineChartText([1, 2], { height: 1, width: 10 }).split("\n"), [
    "2.00 ┤╭",
    "1.00 ┼╯",
  ]);
  assert.throws(() => lineChartText([1, 2], { width: 9 }), RangeError, "from 10 to 1000, got 9");
  const wide = Array.from({ length: 2000 }, (_, i) => i % 2);
  assert.equal(lineChartText(wide, { width: 1000 }).split("\n")[0].length, 1000);
  assert.throws(() => lineChartText([1, 2], { width: 1001 }), RangeError, "got 1001");
});

Deno.test("a width that leaves one column draws it; one that leaves none is refused", () => {
  // Labels of 8 characters in 10 columns: a space and one column, the mean of both values.
  assert.deepEqual(lineChartText([-1e6, 0], { height: 2, width: 10 }).split("\n"), [
    " 0.00e+0 ┤",
    "-5.00e+5 ┼",
    "-1.00e+6 ┤",
  ]);
  assert.throws(
    () => lineChartText([0, 1e300], { height: 2, width: 10 }),
    RangeError,
    "A width of 10 leaves no room for the curve beside labels of 9 characters",
  );
});

Deno.test("a long flat series is one line across the width", () => {
  assert.equal(lineChartText(new Array(100).fill(2), { width: 40 }), `2.00 ┼${"─".repeat(34)}`);
});

Deno.test("a downsampled column lands on the nearest line: a mean 0.8 rows up is drawn 1 up", () => {
  // 7 values in 5 columns: runs [0], [0], [0, 0.8], [1], [1, 1]; the third averages 0.4.
  const lines = lineChartText([0, 0, 0, 0.8, 1, 1, 1], { height: 2, width: 10 }).split("\n");
  assert.deepEqual(lines, ["1.00 ┤  ╭─", "0.50 ┤ ╭╯", "0.00 ┼─╯"]);
});

Deno.test("the bottom label is the smallest value itself: -1e-17 shows as -0.00, not 0.00", () => {
  assert.deepEqual(lineChartText([1, -1e-17], { height: 2 }).split("\n"), [
    " 1.00 ┼╮",
    " 0.50 ┤│",
    "-0.00 ┤╰",
  ]);
});

Deno.test("labels shorter than others are padded on the left, to one axis", () => {
  assert.deepEqual(lineChartText([1, -1], { height: 2 }).split("\n"), [
    " 1.00 ┼╮",
    " 0.00 ┤│",
    "-1.00 ┤╰",
  ]);
});

Deno.test("decimals grow until every line differs from the next: 0.012 and 0.006 both show 0.01 at two", () => {
  assert.deepEqual(lineChartText([0, 0.012], { height: 2 }).split("\n"), [
    "0.012 ┤╭",
    "0.006 ┤│",
    "0.000 ┼╯",
  ]);
});

Deno.test("lines a few ulps apart stop at 17 significant digits: 0.5 with 17 decimals, 5 with 16", () => {
  const top = (base: number) =>
    labels(lineChartText(Array.from({ length: 30 }, (_, i) => ulpsAbove(base, i % 4))))[0];
  assert.equal(top(0.5), "0.50000000000000033");
  assert.equal(top(5), "5.0000000000000027");
});

Deno.test("a curve wider than the largest double lands each point on its line", () => {
  assert.deepEqual(lineChartText([1e308, -1e308, 1.7e308, 0], { height: 4 }).split("\n"), [
    " 1.70e+308 ┤ ╭╮",
    " 1.02e+308 ┼╮││",
    " 3.50e+307 ┤│││",
    "-3.25e+307 ┤││╰",
    "-1.00e+308 ┤╰╯",
  ]);
});

Deno.test("the labels turn scientific below 1e-4: exactly 0.0001 is plain, 0.0000999 is not, zero is plain", () => {
  assert.deepEqual(labels(lineChartText([0, 1e-4], { height: 2 })), [
    "0.00010",
    "0.00005",
    "0.00000",
  ]);
  assert.deepEqual(labels(lineChartText([0, 9.99e-5], { height: 2 })), [
    "9.99e-5",
    "5.00e-5",
    "0.00e+0",
  ]);
  assert.equal(lineChartText([0, 0]), "0.00 ┼─");
});
