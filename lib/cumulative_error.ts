import { squaredError } from "./squared_error.ts";

/**
 * The tutorial's cumulative error: the sum over all samples of
 * `(prediction - target)^2`. A sum, not a mean, as in the tutorial.
 *
 * @param predict The network's prediction for one input.
 * @param inputs The samples.
 * @param targets Each sample's class.
 * @returns The summed squared error.
 * @throws {RangeError} If the counts of inputs and targets differ.
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
  if (inputs.length !== targets.length) {
    throw new RangeError(
      `Expected one target per input: ${inputs.length} inputs but ${targets.length} targets`,
    );
  }
  let sum = 0;
  for (let i = 0; i < inputs.length; i++) sum += squaredError(predict(inputs[i]), targets[i]);
  return sum;
}
