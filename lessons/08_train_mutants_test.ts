import { assert } from "chai";
import {
  averaged,
  fellByAFifth,
  frozenWrong,
  lowestRecord,
  runsOf,
  smallerRate,
  stillFalling,
} from "./08_train.ts";

Deno.test("lesson 08's verdict at its edge: rises equal to the net fall are going up and down, not still falling", () => {
  // The second half of [5, 4, 3, 4, 2] is [3, 4, 2]: a net fall of 1 and a rise of exactly 1.
  assert.isFalse(stillFalling([5, 4, 3, 4, 2]));
  // The second half of [4, 3.5, 3, 2, 2.5, 1.5] is [3, 2, 2.5, 1.5]: a fall of 1.5, a rise of 0.5.
  assert.isTrue(stillFalling([4, 3.5, 3, 2, 2.5, 1.5]));
  // The second half of [5, 4, 3, 4, 3] is [3, 4, 3]: no net fall at all.
  assert.isFalse(stillFalling([5, 4, 3, 4, 3]));
  assert.isTrue(stillFalling([3, 2, 1]));
});

Deno.test("a frozen run counts its wrong samples in words: none, one, several", () => {
  assert.equal(frozenWrong(0), "every sample is right, each costing exactly 0 to the error");
  assert.equal(frozenWrong(1), "1 sample stays wrong, costing exactly 1 to the error");
  assert.equal(frozenWrong(4), "4 samples stay wrong, each costing exactly 1 to the error");
});

Deno.test("plateaus are every run of two or more saturated records, a lone one is none", () => {
  const saturated = (x: number) => x > 0;
  assert.deepEqual(runsOf([1, 1, 0, 1, 0, 1, 1, 1], saturated), [[1, 1], [1, 1, 1]]);
  assert.deepEqual(runsOf([0, 1, 0, 1], saturated), []);
  assert.deepEqual(runsOf([1, 1], saturated), [[1, 1]]);
  assert.deepEqual(runsOf([], saturated), []);
});

Deno.test("the smaller rate to try is a tenth, never above the tutorial's 0.1", () => {
  assert.equal(smallerRate(5), 0.1);
  assert.equal(smallerRate(1), 0.1);
  assert.equal(smallerRate(0.5), 0.05);
});

Deno.test("the chart's caption says when each column is a mean, and which errors its labels leave out", () => {
  // Four columns beside the labels: the axis and three more.
  const chart = "3.00 ┼╮\n2.50 ┤│\n2.00 ┤╰──";
  assert.equal(averaged([3, 2.5, 2, 2], chart), "", "one error a column: no means");
  assert.equal(averaged([3, 3, 2.5, 2.5, 2, 2, 2, 2], chart), ", each column the mean of 2 errors");
  assert.equal(
    averaged([3, 3, 3, 2.5, 2.5, 2, 2, 2, 2], chart),
    ", each column the mean of 2 or 3 errors",
  );
  assert.equal(
    averaged([3.5, 2.5, 2.5, 2.5, 2, 2, 2, 1.5], chart),
    ", each column the mean of 2 errors (so the first error, 3.50, is above the top label, " +
      "3.00, and the lowest, 1.50, below the bottom one, 2.00)",
  );
  assert.equal(
    averaged([3.004, 2.5, 2.5, 2.5, 2, 2, 2, 1.996], chart),
    ", each column the mean of 2 errors",
    "values that round to the labels are on them",
  );
});

Deno.test("lesson 08's lowest record, on a tie, is the first to reach it", () => {
  assert.equal(lowestRecord([3, 1, 2, 1]), 1);
  assert.equal(lowestRecord([3, 2, 1]), 2);
  assert.equal(lowestRecord([1, 1, 1]), 0, "a flat run's lowest is its start");
});

Deno.test("lesson 08's error fell by a fifth at exactly 80% of its start, not by less", () => {
  assert.isTrue(fellByAFifth(10, 8), "exactly a fifth");
  assert.isTrue(fellByAFifth(10, 2));
  assert.isFalse(fellByAFifth(10, 8.01), "a hair less than a fifth");
  assert.isFalse(fellByAFifth(2, 2), "no fall at all");
});
