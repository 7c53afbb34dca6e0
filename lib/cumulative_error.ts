import { assertArray, assertFunction } from "./_finite.ts";
import { squaredError } from "./squared_error.ts";

/**
 * The tutorial's cumulative error: the sum over all samples of
 * `(prediction - target)^2`. A sum, not a mean, as in the tutorial.
 *
 * @param predict The network's prediction for one input.
 * @param inputs The samples.
 * @param targets Each sample's class.
 * @returns The summed squared error.
 * @throws {TypeError} If `predict` is not a function, `inputs` or `targets`
 * is not an array, or a prediction or a target is not a number.
 * @throws {RangeError} If the counts of inputs and targets differ, a
 * prediction or a target is not finite, or the sum overflows.
 *
 * @example Two samples, each off by 0.5
 * ```ts
 * import { assert } from "chai";
 * import { cumulativeError } from "./cumulative_error.ts";
 *
 * assert.equal(cumulativeError(() => 0.5, [[1], [2]], [0, 1]), 0.5);
 * ```
 */
export function cumulativeError(
  predict: (input: readonly number[]) => number,
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
): number {
  assertFunction("predict", predict);
  assertArray("inputs", inputs);
  assertArray("targets", targets);
  if (inputs.length !== targets.length) {
    throw new RangeError(
      `Expected one target per input: ${inputs.length} inputs but ${targets.length} targets`,
    );
  }
  let sum = 0;
  for (let i = 0; i < inputs.length; i++) {
    sum += squaredError(predict(inputs[i]), targets[i]);
  }
  if (sum === Infinity) throw new RangeError("The cumulative error overflowed");
  return sum;
}
