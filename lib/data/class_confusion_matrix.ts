/**
 * How predictions of many classes compare with the truth: `counts[actual][predicted]`
 * is how many samples of class `actual` the network took for class `predicted`.
 * The diagonal holds the right answers; every other cell is one kind of mistake,
 * e.g. `counts[8][1]`, an 8 taken for a 1. With two classes it holds the four
 * outcomes of `confusionMatrix`.
 *
 * @param predicted Each sample's predicted class, a whole number from 0 to `classes - 1`.
 * @param actual Each sample's true class, in the same order.
 * @param classes How many classes there are, e.g. 10 for the digits.
 * @returns A `classes` by `classes` table of counts, one row per true class.
 * @throws {RangeError} If the two lists differ in length, `classes` is not a
 * whole number of at least 2, or a class is not a whole number from 0 to
 * `classes - 1`.
 *
 * @example Three classes, one mistake
 * ```ts
 * import { assert } from "chai";
 * import { classConfusionMatrix } from "./class_confusion_matrix.ts";
 *
 * const counts = classConfusionMatrix([0, 1, 2, 1], [0, 1, 2, 2], 3);
 * assert.deepEqual(counts, [[1, 0, 0], [0, 1, 0], [0, 1, 1]]);
 * ```
 */
export function classConfusionMatrix(
  predicted: readonly number[],
  actual: readonly number[],
  classes: number,
): number[][] {
  if (predicted.length !== actual.length) {
    throw new RangeError(
      `Expected as many predictions as true classes: ${predicted.length} and ${actual.length}`,
    );
  }
  if (!Number.isInteger(classes) || classes < 2) {
    throw new RangeError(`Expected classes to be a whole number of at least 2, got ${classes}`);
  }
  const isClass = (c: number) => Number.isInteger(c) && c >= 0 && c < classes;
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  predicted.forEach((p, i) => {
    const a = actual[i];
    if (!isClass(p) || !isClass(a)) {
      const [which, value] = isClass(p) ? ["actual", a] : ["predicted", p];
      throw new RangeError(
        `Expected ${which}[${i}] to be a class from 0 to ${classes - 1}, got ${value}`,
      );
    }
    counts[a][p]++;
  });
  return counts;
}
