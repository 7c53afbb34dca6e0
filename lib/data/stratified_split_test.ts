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
      "between 0 and 1",
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
