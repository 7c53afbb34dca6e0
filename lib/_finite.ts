// Guards shared by the lib: a neural network must never hand a learner a silent NaN.

/**
 * Throws a RangeError unless `value` is a finite number.
 *
 * @param name What the value is, for the message (e.g. "bias").
 * @param value The number to check.
 */
export function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `Expected ${name} to be a finite number, got ${value}`,
    );
  }
}

/**
 * Throws a RangeError naming the first element of `vector` that is not a finite number.
 *
 * @param name What the vector is, for the message (e.g. "input").
 * @param vector The numbers to check.
 */
export function assertFiniteVector(
  name: string,
  vector: readonly number[],
): void {
  for (let i = 0; i < vector.length; i++) {
    if (!Number.isFinite(vector[i])) {
      throw new RangeError(
        `Expected ${name}[${i}] to be a finite number, got ${vector[i]}`,
      );
    }
  }
}

/**
 * Throws a RangeError unless `value` is a positive finite number.
 *
 * @param name What the value is, for the message (e.g. "the learning rate").
 * @param value The number to check.
 */
export function assertPositiveFinite(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`Expected ${name} to be a positive finite number, got ${value}`);
  }
}
