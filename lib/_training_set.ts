import { assertFiniteVector } from "./_finite.ts";

/**
 * Throws a RangeError unless the training set can be trained on: samples exist, one target per
 * sample, each sample of the network's input size, all finite, each target a class the network
 * tells apart (0 or 1 for a sigmoid output); and iterations are a whole number.
 */
export function assertTrainingSet(
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  inputSize: number,
  classes: number,
  iterations: number,
): void {
  if (inputs.length === 0) {
    throw new RangeError("Cannot train on an empty training set");
  }
  if (inputs.length !== targets.length) {
    throw new RangeError(
      `Expected one target per input: ${inputs.length} inputs but ${targets.length} targets`,
    );
  }
  inputs.forEach((input, i) => {
    if (input.length !== inputSize) {
      throw new RangeError(
        `Input ${i} has ${input.length} values but the network takes ${inputSize}`,
      );
    }
    assertFiniteVector(`input ${i}`, input);
  });
  targets.forEach((target, i) => {
    if (!Number.isInteger(target) || target < 0 || target >= classes) {
      throw new RangeError(
        `Expected targets[${i}] to be a class from 0 to ${classes - 1}, got ${target}`,
      );
    }
  });
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new RangeError(`Expected iterations to be a whole number, got ${iterations}`);
  }
}
