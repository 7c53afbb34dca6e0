import { assert } from "chai";
import { RandomState } from "../random/random_state.ts";
import { stratifiedSplit } from "./stratified_split.ts";

const targets = [...new Array(357).fill(0), ...new Array(212).fill(1)];

Deno.test("an 80/20 stratified split of 357 benign and 212 malignant keeps the shares", () => {
  const { train, test } = stratifiedSplit(targets, 0.2, new RandomState(42));
  assert.lengthOf(test, 113); // round(71.4) + round(42.4)
  assert.lengthOf(train, 456);
  assert.equal(test.filter((i) => targets[i] === 1).length, 42);
  assert.sameMembers([...train, ...test], targets.map((_, i) => i), "every sample exactly once");
});

Deno.test("the split is reproducible and changes with the seed", () => {
  assert.deepEqual(
    stratifiedSplit(targets, 0.2, new RandomState(1)),
    stratifiedSplit(targets, 0.2, new RandomState(1)),
  );
  assert.notDeepEqual(
    stratifiedSplit(targets, 0.2, new RandomState(1)).test,
    stratifiedSplit(targets, 0.2, new RandomState(2)).test,
  );
});

Deno.test("a test fraction outside (0, 1) is refused", () => {
  for (const fraction of [0, 1, -0.2, NaN]) {
    assert.throws(
      () => stratifiedSplit(targets, fraction, new RandomState(1)),
      RangeError,
      `Expected the test fraction to be between 0 and 1, got ${fraction}`,
    );
  }
});

Deno.test("a random source that leaves [0, 1) is refused instead of losing samples", () => {
  for (const draw of [1, -0.1, NaN, 7]) {
    assert.throws(() => stratifiedSplit(targets, 0.2, () => draw), RangeError, `got ${draw}`);
  }
});

Deno.test("a split of 300,000 labels in one class spreads none of them into a call", () => {
  const labels = new Array(300_000).fill(0);
  const { train, test } = stratifiedSplit(labels, 0.2, new RandomState(1));
  assert.equal(test.length, 60_000);
  assert.equal(train.length, 240_000);
});

Deno.test("a RandomState shuffles each class in turn, as np.random.shuffle does, and takes its first fifth", () => {
  const targets = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
  const numpy = new RandomState(3);
  const zeros = numpy.shuffle([0, 1, 2, 3, 4]);
  const ones = numpy.shuffle([5, 6, 7, 8, 9]);
  const { train, test } = stratifiedSplit(targets, 0.2, new RandomState(3));
  assert.deepEqual(test, [zeros[0], ones[0]]);
  assert.deepEqual(train, [...zeros.slice(1), ...ones.slice(1)].sort((a, b) => a - b));
});

// The stratified split at the edges of its rules: each class's test count is its size times the
// fraction rounded to the nearest whole number (1.6 is 2, 0.6 is 1), and a function's draws
// shuffle as Fisher and Yates do, a draw just below 1 leaving each member where it is
// (tools/mutants_list.ts plants the bugs these catch).
// 8 of class 0 and 3 of class 1: a fifth is 1.6 and 0.6 of them.
const eightAndThree = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1];

Deno.test("each class's test count is its share rounded to the nearest: 1.6 is 2, 0.6 is 1", () => {
  const { train, test } = stratifiedSplit(eightAndThree, 0.2, () => 0.5);
  assert.equal(test.filter((i) => eightAndThree[i] === 0).length, 2);
  assert.equal(test.filter((i) => eightAndThree[i] === 1).length, 1);
  assert.lengthOf(train, 8);
  // 0.4 of 8 is 3.2, of 3 it is 1.2: rounded down.
  assert.lengthOf(stratifiedSplit(eightAndThree, 0.4, () => 0.5).test, 4);
});

Deno.test("draws just below 1 leave every member in place: each class's first members are tested", () => {
  const { train, test } = stratifiedSplit(eightAndThree, 0.2, () => 1 - 2 ** -53);
  assert.deepEqual(test, [0, 1, 8]);
  assert.deepEqual(train, [2, 3, 4, 5, 6, 7, 9, 10]);
});

Deno.test("a function's draws shuffle as Fisher and Yates do, from the last member down to the second", () => {
  // Draws of 0 swap each member from the last down with the first: [0, 1, 2, 3, 4] becomes
  // [4, 1, 2, 3, 0], [3, 1, 2, 4, 0], [2, 1, 3, 4, 0], then [1, 2, 3, 4, 0], whose first is tested.
  assert.deepEqual(stratifiedSplit([0, 0, 0, 0, 0], 0.2, () => 0), {
    train: [0, 2, 3, 4],
    test: [1],
  });
  assert.deepEqual(stratifiedSplit([0, 0, 0, 0, 0], 0.4, () => 0).test, [1, 2]);
  assert.deepEqual(stratifiedSplit([0, 0, 0, 0, 0], 0.8, () => 0), {
    train: [0],
    test: [1, 2, 3, 4],
  });
  // One draw per member but the first, class by class: 2 for each class of 3.
  let draws = 0;
  stratifiedSplit([0, 1, 0, 1, 0, 1], 0.2, () => (draws++, 0.5));
  assert.equal(draws, 4);
});
