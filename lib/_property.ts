// For the lib's property tests: what a careless or hostile caller may pass, and the promise every
// public function keeps, a finite result or a clear refusal, never a silent NaN or Infinity.

import fc from "fast-check";

/** Numbers of every kind: ordinary, whole, huge, tiny, signed zeros, NaN and the infinities. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1.7e308, -1.7e308, 1e200, 5e-324, -0),
);

/** What JavaScript may pass where a number belongs. */
export const notANumber: fc.Arbitrary<unknown> = fc.constantFrom(
  "1",
  "",
  null,
  undefined,
  true,
  1n,
  {},
  [1],
  () => 1,
);

/** Mostly numbers of every kind, now and then something that is not a number. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyNumber },
  { weight: 1, arbitrary: notANumber },
);

/** A vector of `length` values, mostly numbers; now and then not an array at all. */
export const anyVector = (length: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(anyValue, { minLength: length, maxLength: length }) },
    { weight: 1, arbitrary: fc.array(anyValue, { maxLength: 4 }) },
    { weight: 1, arbitrary: notANumber },
  );

/** Learning rates from the sensible to the absurd, with a few that are not rates at all. */
export const anyLearningRate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: 1e-3, max: 10, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }) },
  { weight: 1, arbitrary: anyValue },
);

/** Engine messages: a TypeError the lib did not mean to throw (it read a property of null...). */
const ENGINE_MESSAGE =
  /^Cannot read propert|is not a function|is not iterable|^Invalid array length|^Maximum call stack|^Cannot convert|^Cannot mix BigInt/;

/** True when `value` holds only finite numbers, looking inside arrays and plain objects. */
export function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (
    value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.values(value).every(allFinite);
  }
  return true;
}

/** True when `error` is one of the lib's own refusals: a RangeError or TypeError, not the engine's. */
export function isRefusal(error: unknown): boolean {
  return (error instanceof RangeError || error instanceof TypeError) &&
    !ENGINE_MESSAGE.test(error.message);
}

/**
 * The promise of every public function of the lib: `run` returns only finite
 * numbers, or throws a RangeError or TypeError of the lib's own. Any other
 * error is thrown on, so that fast-check reports it with its stack.
 *
 * @returns Whether the promise held, for `fc.property`.
 */
export function finiteOrRefused(run: () => unknown): boolean {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (isRefusal(error)) return true;
    throw error;
  }
  return allFinite(result);
}

/** {@link finiteOrRefused} for a function that returns a promise. */
export async function finiteOrRefusedAsync(run: () => Promise<unknown>): Promise<boolean> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (isRefusal(error)) return true;
    throw error;
  }
  return allFinite(result);
}
