// The drawn curve decides the labels of a downsampled chart, flat included: a long series whose
// runs all average the same is drawn flat, so it is one line at that mean, as a flat series is
// (tools/mutants_list.ts plants the bug this catches). The labels turn scientific at exactly 1e6.

import { assert } from "chai";
import { lineChartText } from "./line_chart_text.ts";

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
