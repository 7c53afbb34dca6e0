import { assertArray, assertFiniteVector, assertNumber, assertWhole } from "./_finite.ts";

/**
 * Throws unless the training set can be trained on: samples exist, one target per sample, each
 * sample an array of the network's input size, all finite, each target a class the network tells
 * apart (0 or 1 for a sigmoid output); and iterations are a whole number, 0 or more. A value of
 * the wrong type is a TypeError, any other misfit a RangeError that names it.
 */
export function assertTrainingSet(
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  inputSize: number,
  classes: number,
  iterations: number,
): void {
  assertArray("inputs", inputs);
  assertArray("targets", targets);
  if (inputs.length === 0) {
    throw new RangeError("Cannot train on an empty training set");
  }
  if (inputs.length !== targets.length) {
    throw new RangeError(
      `Expected one target per input: ${inputs.length} inputs but ${targets.length} targets`,
    );
  }
  inputs.forEach((input, i) => {
    assertArray(`input ${i}`, input);
    if (input.length !== inputSize) {
      throw new RangeError(
        `Input ${i} has ${input.length} values but the network takes ${inputSize}`,
      );
    }
    assertFiniteVector(`input ${i}`, input);
  });
  targets.forEach((target, i) => {
    assertNumber(`targets[${i}]`, target);
    if (!Number.isInteger(target) || target < 0 || target >= classes) {
      throw new RangeError(
        `Expected targets[${i}] to be a class from 0 to ${classes - 1}, got ${target}`,
      );
    }
  });
  assertWhole("iterations", iterations, 0);
}

/** The largest size of any input value, for the advice when training diverges. */
export function largestInput(inputs: readonly (readonly number[])[]): number {
  let largest = 0;
  for (const input of inputs) {
    for (const value of input) largest = Math.max(largest, Math.abs(value));
  }
  return largest;
}
