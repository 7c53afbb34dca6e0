// The stratified split at the edges of its rules: each class's test count is its size times the
// fraction rounded to the nearest whole number (1.6 is 2, 0.6 is 1), and a function's draws
// shuffle as Fisher and Yates do, a draw just below 1 leaving each member where it is
// (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { stratifiedSplit } from "./stratified_split.ts";

// 8 of class 0 and 3 of class 1: a fifth is 1.6 and 0.6 of them.
const targets = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1];

Deno.test("each class's test count is its share rounded to the nearest: 1.6 is 2, 0.6 is 1", () => {
  const { train, test } = stratifiedSplit(targets, 0.2, () => 0.5);
  assert.equal(test.filter((i) => targets[i] === 0).length, 2);
  assert.equal(test.filter((i) => targets[i] === 1).length, 1);
  assert.lengthOf(train, 8);
  // 0.4 of 8 is 3.2, of 3 it is 1.2: rounded down.
  assert.lengthOf(stratifiedSplit(targets, 0.4, () => 0.5).test, 4);
});

Deno.test("draws just below 1 leave every member in place: each class's first members are tested", () => {
  const { train, test } = stratifiedSplit(targets, 0.2, () => 1 - 2 ** -53);
  assert.deepEqual(test, [0, 1, 8]);
  assert.deepEqual(train, [2, 3, 4, 5, 6, 7, 9, 10]);
});
