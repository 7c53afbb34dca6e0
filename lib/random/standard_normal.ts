import { assertFunction, assertNumber } from "../_finite.ts";

/**
 * One draw from the standard normal distribution (mean 0, deviation 1), made
 * from two uniform numbers by the Box-Muller transform. The tutorial starts
 * its weights with such draws (`np.random.randn()`).
 *
 * @param random A source of uniform numbers in [0, 1), e.g. `seededRandom(42)`.
 * @returns A normally distributed number; the same `random` sequence gives the same draw.
 * @throws {TypeError} If `random` is not a function or returns a value that is not a number.
 * @throws {RangeError} If `random` returns a number outside [0, 1).
 *
 * @example Draws from a seeded source are reproducible
 * ```ts
 * import { assert } from "chai";
 * import { seededRandom } from "./seeded_random.ts";
 * import { standardNormal } from "./standard_normal.ts";
 *
 * assert.equal(standardNormal(seededRandom(1)), standardNormal(seededRandom(1)));
 * ```
 */
export function standardNormal(random: () => number): number {
  assertFunction("random", random);
  const u1 = 1 - uniform(random); // in (0, 1], so the logarithm stays finite
  const u2 = uniform(random);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** One call of `random`, checked to be in [0, 1). */
function uniform(random: () => number): number {
  const value = random();
  assertNumber("random()'s value", value);
  if (!(value >= 0 && value < 1)) {
    throw new RangeError(`Expected random() to return a number in [0, 1), got ${value}`);
  }
  return value;
}
