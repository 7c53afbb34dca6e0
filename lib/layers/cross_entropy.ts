/**
 * The cross-entropy of one prediction: `-log(probabilities[target])`, minus
 * the logarithm of the probability the network gave the right class. It is 0
 * when the network is sure and right, and grows without bound as the right
 * class's probability falls to 0, so a confident mistake costs far more than a
 * hesitant one. It is the error a softmax output is trained on, in place of
 * the tutorial's squared error.
 *
 * @param probabilities One probability per class, e.g. from `softmax`.
 * @param target The right class: a whole number from 0 to `probabilities.length - 1`.
 * @returns The error, 0 or more.
 * @throws {RangeError} If `target` is not one of the classes, or the right
 * class's probability is not a number above 0 and at most 1 (a probability of
 * 0 would make the error infinite).
 *
 * @example A confident right answer costs little, a confident wrong one a lot
 * ```ts
 * import { assert } from "chai";
 * import { crossEntropy } from "./cross_entropy.ts";
 *
 * assert.closeTo(crossEntropy([0.9, 0.1], 0), 0.10536052, 5e-9);
 * assert.closeTo(crossEntropy([0.9, 0.1], 1), 2.30258509, 5e-9);
 * ```
 */
export function crossEntropy(probabilities: readonly number[], target: number): number {
  if (!Number.isInteger(target) || target < 0 || target >= probabilities.length) {
    throw new RangeError(
      `Expected the target to be a class from 0 to ${probabilities.length - 1}, got ${target}`,
    );
  }
  const probability = probabilities[target];
  if (!(probability > 0 && probability <= 1)) {
    throw new RangeError(
      `The probability of the right class ${target} is ${probability}: expected a number ` +
        `above 0 and at most 1 (0 would make the cross-entropy infinite)`,
    );
  }
  return 0 - Math.log(probability); // 0 - rather than a minus sign: +0, not -0, when sure
}
