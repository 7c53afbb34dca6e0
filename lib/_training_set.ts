import { assertWhole } from "./_finite.ts";

/**
 * Throws a RangeError naming the first misfit unless the training set can be trained on:
 * samples exist, one target per sample, each sample of the network's input size and finite, each
 * target a class the network tells apart (0 or 1 for a sigmoid output), and iterations a whole
 * number, 0 or more.
 */
export function assertTrainingSet(
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  inputSize: number,
  classes: number,
  iterations: number,
): void {
  if (inputs.length === 0) throw new RangeError("Cannot train on an empty training set");
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
    input.forEach((value, j) => {
      if (!Number.isFinite(value)) {
        throw new RangeError(`Expected input ${i}[${j}] to be a finite number, got ${value}`);
      }
    });
  });
  targets.forEach((target, i) => {
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
