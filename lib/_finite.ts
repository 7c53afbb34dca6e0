// Guards shared by the lib where a learner's values come in (a network's options, the start of
// training, the charts' and images' options), so that a learner never gets a silent NaN. A value
// of the wrong type is a TypeError, a number out of range (NaN, an infinity, a length that does
// not fit) a RangeError; each message names the value.

/** A value as a message quotes it: numbers as they print, strings quoted, others by their kind. */
export function show(value: unknown): string {
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > 42 ? `${quoted.slice(0, 40)}..."` : quoted;
  }
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || typeof value !== "object" && typeof value !== "function") {
    return String(value);
  }
  if (Array.isArray(value)) return "an array";
  return typeof value === "function" ? "a function" : "an object";
}

/**
 * Throws a TypeError unless `value` is a number (of any value, NaN included).
 *
 * @param name What the value is, for the message (e.g. "the bias").
 * @param value The value to check.
 */
export function assertNumber(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`Expected ${name} to be a number, got ${show(value)}`);
  }
}

/**
 * Throws a TypeError unless `value` is a number, and a RangeError unless it is finite.
 *
 * @param name What the value is, for the message (e.g. "the bias").
 * @param value The value to check.
 */
export function assertFinite(name: string, value: unknown): asserts value is number {
  if (!Number.isFinite(value)) {
    assertNumber(name, value);
    throw new RangeError(`Expected ${name} to be a finite number, got ${value}`);
  }
}

/**
 * Throws a TypeError unless `vector` is an array.
 *
 * @param name What the vector is, for the message (e.g. "the input").
 * @param vector The value to check.
 */
export function assertArray(name: string, vector: unknown): asserts vector is readonly unknown[] {
  if (!Array.isArray(vector)) {
    throw new TypeError(`Expected ${name} to be an array, got ${show(vector)}`);
  }
}

/**
 * Throws a TypeError unless `vector` is an array of numbers, and a RangeError
 * naming the first element that is not finite.
 *
 * @param name What the vector is, for the message (e.g. "input").
 * @param vector The value to check.
 */
export function assertFiniteVector(
  name: string,
  vector: unknown,
): asserts vector is readonly number[] {
  assertArray(name, vector);
  for (let i = 0; i < vector.length; i++) assertFinite(`${name}[${i}]`, vector[i]);
}

/**
 * Throws a TypeError unless `value` is a number, and a RangeError unless it is
 * positive and finite.
 *
 * @param name What the value is, for the message (e.g. "the learning rate").
 * @param value The value to check.
 */
export function assertPositiveFinite(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`Expected ${name} to be a positive finite number, got ${value}`);
  }
}

/**
 * Throws a TypeError unless `value` is a number, and a RangeError unless it is
 * a whole number from `min` to `max`.
 *
 * @param name What the value is, for the message (e.g. "the height").
 * @param value The value to check.
 * @param min The smallest value allowed.
 * @param max The largest value allowed.
 */
export function assertWhole(
  name: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  assertNumber(name, value);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`Expected ${name} to be a whole number ${range}, got ${value}`);
  }
}

/**
 * Throws a TypeError unless `value` is a function.
 *
 * @param name What the function is, for the message (e.g. "random").
 * @param value The value to check.
 */
export function assertFunction(
  name: string,
  value: unknown,
  // deno-lint-ignore no-explicit-any
): asserts value is (...args: any[]) => unknown {
  if (typeof value !== "function") {
    throw new TypeError(`Expected ${name} to be a function, got ${show(value)}`);
  }
}

/**
 * Throws a TypeError unless `value` is a number, and a RangeError unless it is
 * one of the classes a sigmoid output tells apart: 0 or 1.
 *
 * @param name What the value is, for the message (e.g. "the target").
 * @param value The value to check.
 */
export function assertTarget(name: string, value: unknown): asserts value is 0 | 1 {
  if (value !== 0 && value !== 1) {
    assertNumber(name, value);
    throw new RangeError(`Expected ${name} to be a class, 0 or 1, got ${value}`);
  }
}

/**
 * Throws a TypeError unless `value` is a non-null object (options, gradients).
 *
 * @param name What the value is, for the message (e.g. "the options").
 * @param value The value to check.
 */
export function assertObject(name: string, value: unknown): asserts value is object {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(`Expected ${name} to be an object, got ${show(value)}`);
  }
}
