import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { mersenne } from "pure-rand/generator/mersenne";
import { assertNumber } from "../_finite.ts";
import { DEFAULT_SEED, MAX_SEED } from "./seed.ts";

export { DEFAULT_SEED, MAX_SEED };

/**
 * A reproducible source of random numbers: the same seed always gives the same
 * sequence, so a training run can be repeated exactly. It plays the part of
 * NumPy's `np.random` in the tutorial, with the same kind of generator, the
 * Mersenne Twister (MT19937, from `pure-rand`).
 *
 * @param seed A whole number from 0 to 4294967295 (2^32 - 1), as NumPy
 * accepts; the same seed gives the same sequence.
 * @returns A function that returns the next uniform number in [0, 1).
 * @throws {TypeError} If `seed` is not a number.
 * @throws {RangeError} If `seed` is not a whole number from 0 to 4294967295.
 *
 * @example The same seed gives the same numbers
 * ```ts
 * import { assert } from "chai";
 * import { seededRandom } from "./seeded_random.ts";
 *
 * const a = seededRandom(7);
 * const b = seededRandom(7);
 * assert.equal(a(), b());
 * assert.isTrue(a() >= 0 && a() < 1);
 * ```
 */
export function seededRandom(seed: number = DEFAULT_SEED): () => number {
  assertNumber("the seed", seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(
      `Expected the seed to be a whole number from 0 to ${MAX_SEED}, got ${seed}`,
    );
  }
  const generator = mersenne(seed);
  return () => uniformFloat64(generator);
}
