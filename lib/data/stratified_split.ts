import type { RandomState } from "../random/random_state.ts";

/**
 * Splits samples into a training set and a test set at random, keeping each
 * class's share the same in both (stratified): with 37% malignant tumours
 * overall, each set has 37% malignant too.
 *
 * @param targets Each sample's class.
 * @param testFraction The share of each class that goes to the test set, e.g. 0.2.
 * @param random Shuffles each class so the split is reproducible: a {@link RandomState}
 * (`np.random.shuffle`'s order), e.g. `new RandomState(42)`; or uniform numbers in [0, 1).
 * @returns The indices of the training and the test samples, each in ascending order.
 * @throws {RangeError} If `testFraction` is not between 0 and 1, or `random`
 * returns a number outside [0, 1).
 *
 * @example An 80/20 split keeps the classes balanced
 * ```ts
 * import { assert } from "chai";
 * import { RandomState } from "../random/random_state.ts";
 * import { stratifiedSplit } from "./stratified_split.ts";
 *
 * const targets = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
 * const { train, test } = stratifiedSplit(targets, 0.2, new RandomState(1));
 * assert.lengthOf(test, 2);
 * assert.sameMembers(test.map((i) => targets[i]), [0, 1]);
 * assert.lengthOf(train, 8);
 * ```
 */
export function stratifiedSplit(
  targets: readonly number[],
  testFraction: number,
  random: RandomState | (() => number),
): { train: number[]; test: number[] } {
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new RangeError(`Expected the test fraction to be between 0 and 1, got ${testFraction}`);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (const label of new Set(targets)) {
    const members = targets.flatMap((target, i) => target === label ? [i] : []);
    // Shuffle, then the first share goes to the test set.
    if (typeof random === "function") fisherYates(members, random);
    else random.shuffle(members);
    const testCount = Math.round(members.length * testFraction);
    members.forEach((member, k) => (k < testCount ? test : train).push(member));
  }
  const ascending = (a: number, b: number) => a - b;
  return { train: train.sort(ascending), test: test.sort(ascending) };
}

/** Shuffles in place with uniform numbers in [0, 1), checked as they come. */
function fisherYates(members: number[], random: () => number): void {
  for (let i = members.length - 1; i > 0; i--) {
    const draw = random();
    if (!(draw >= 0 && draw < 1)) {
      throw new RangeError(`Expected random() to return a number in [0, 1), got ${draw}`);
    }
    const j = Math.floor(draw * (i + 1));
    [members[i], members[j]] = [members[j], members[i]];
  }
}
