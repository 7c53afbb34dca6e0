import { assertNumber, assertWhole } from "../_finite.ts";
import { mt19937 } from "./_mt19937.ts";
import { DEFAULT_SEED, MAX_SEED } from "./seed.ts";

/** The largest `high` {@link RandomState.randint} takes: its draws are 32-bit words. */
const MAX_HIGH = 2 ** 32;

/**
 * NumPy's legacy random generator, the one the tutorial's `np.random.seed(n)`
 * seeds: a Mersenne Twister (MT19937) with NumPy's ways of turning its 32-bit
 * words into numbers. The same seed gives the same draws in the same order as
 * NumPy, so `new RandomState(42)` draws what the tutorial's Python draws after
 * `np.random.seed(42)`: the same starting weights, the same samples picked.
 *
 * @example The tutorial's start after np.random.seed(42)
 * ```ts
 * import { assert } from "chai";
 * import { RandomState } from "./random_state.ts";
 *
 * // In Python: np.random.seed(42); np.array([np.random.randn(), np.random.randn()])
 * const random = new RandomState(42);
 * const weights = [random.randn(), random.randn()];
 * assert.deepEqual(weights, [0.4967141530112327, -0.13826430117118466]);
 * // np.random.randint(8), as the tutorial picks one of its eight samples
 * assert.isTrue(Number.isInteger(random.randint(8)));
 * ```
 */
export class RandomState {
  /** The next 32-bit word of the Mersenne Twister. */
  #next32: () => number;
  /** The second draw of the last pair `randn` made, kept for its next call, as NumPy keeps it. */
  #gauss: number | undefined;

  /**
   * Seeds the generator as `np.random.seed(seed)` does.
   *
   * @param seed A whole number from 0 to 4294967295 (2^32 - 1), as NumPy accepts.
   * @throws {TypeError} If `seed` is not a number.
   * @throws {RangeError} If `seed` is not a whole number from 0 to 4294967295.
   */
  constructor(seed: number = DEFAULT_SEED) {
    assertWhole("the seed", seed, 0, MAX_SEED);
    this.#next32 = mt19937(seed);
  }

  /**
   * A uniform number in [0, 1), as `np.random.random_sample()`: 53 random
   * bits, the top 27 of one word and the top 26 of the next.
   *
   * @returns A multiple of 2^-53 from 0 to 1 - 2^-53.
   */
  randomSample(): number {
    const a = this.#next32() >>> 5;
    const b = this.#next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A draw from the standard normal distribution (mean 0, deviation 1), as the
   * tutorial's `np.random.randn()`: NumPy's legacy polar method, which picks a
   * point uniformly in the unit disc and turns it into two independent draws;
   * it returns one and keeps the other for the next call.
   *
   * @returns A normally distributed number.
   */
  randn(): number {
    const kept = this.#gauss;
    if (kept !== undefined) {
      this.#gauss = undefined;
      return kept;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.randomSample() - 1;
      x2 = 2 * this.randomSample() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt(-2 * Math.log(r2) / r2);
    this.#gauss = f * x1;
    return f * x2;
  }

  /**
   * A whole number from 0 to `high - 1`, each equally likely, as the tutorial's
   * `np.random.randint(high)`: NumPy masks a 32-bit word down to the bits
   * `high - 1` needs and draws again while the result is too large.
   *
   * @param high One more than the largest number drawn, from 1 to 2^32.
   * @returns The draw; 0 for `high` 1, which uses no word.
   * @throws {RangeError} If `high` is not a whole number from 1 to 2^32.
   */
  randint(high: number): number {
    if (!(Number.isInteger(high) && high >= 1 && high <= MAX_HIGH)) {
      assertNumber("high", high);
      throw new RangeError(`Expected high to be a whole number from 1 to ${MAX_HIGH}, got ${high}`);
    }
    const largest = high - 1;
    if (largest === 0) return 0;
    let mask = largest; // then every bit below its highest set too: the smallest 2^k - 1 >= largest
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let draw: number;
    do draw = (this.#next32() & mask) >>> 0; while (draw > largest);
    return draw;
  }

  /**
   * Shuffles `array` in place, as `np.random.shuffle(array)` does for a list
   * or a 1-d array: from the last position down to the second, swap each
   * element with one at a position drawn by `randint` from it and those before.
   *
   * @param array The elements to shuffle, changed in place.
   * @returns `array`, shuffled.
   */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.randint(i + 1);
      [array[i], array[j]] = [array[j], array[i]];
    }
    return array;
  }
}
