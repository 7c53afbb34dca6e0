/** How predictions of two classes compare with the truth; class 1 is the "positive" finding. */
export interface ConfusionMatrix {
  /** Class 1 predicted, class 1 true: found. */
  truePositives: number;
  /** Class 1 predicted, class 0 true: a false alarm. */
  falsePositives: number;
  /** Class 0 predicted, class 0 true: cleared. */
  trueNegatives: number;
  /** Class 0 predicted, class 1 true: missed. */
  falseNegatives: number;
}

/**
 * Counts the four outcomes of a binary classifier: class 1 found (true
 * positive) or missed (false negative), class 0 cleared (true negative) or
 * wrongly flagged (false positive). In a diagnosis the two kinds of mistake
 * cost very differently, which one accuracy figure hides.
 *
 * @param predicted The predicted classes, 0 or 1.
 * @param actual The true classes, 0 or 1.
 * @returns The four counts.
 * @throws {RangeError} If the two lists differ in length, or hold a value that
 * is not 0 or 1.
 *
 * @example One of each
 * ```ts
 * import { assert } from "chai";
 * import { confusionMatrix } from "./confusion_matrix.ts";
 *
 * assert.deepEqual(confusionMatrix([1, 0, 1, 0], [1, 0, 0, 1]), {
 *   truePositives: 1,
 *   falsePositives: 1,
 *   trueNegatives: 1,
 *   falseNegatives: 1,
 * });
 * ```
 */
export function confusionMatrix(
  predicted: readonly number[],
  actual: readonly number[],
): ConfusionMatrix {
  if (predicted.length !== actual.length) {
    throw new RangeError(
      `Expected as many predictions as true classes: ${predicted.length} and ${actual.length}`,
    );
  }
  for (const [name, classes] of [["predicted", predicted], ["actual", actual]] as const) {
    classes.forEach((value, i) => {
      if (value !== 0 && value !== 1) {
        throw new RangeError(`Expected ${name}[${i}] to be a class, 0 or 1, got ${value}`);
      }
    });
  }
  const matrix = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  predicted.forEach((p, i) => {
    if (p === 1) actual[i] === 1 ? matrix.truePositives++ : matrix.falsePositives++;
    else actual[i] === 1 ? matrix.falseNegatives++ : matrix.trueNegatives++;
  });
  return matrix;
}
