/**
 * Reproducible randomness: a seeded Mersenne Twister, as NumPy's, and the
 * standard normal draws of `np.random.randn()`.
 *
 * @module
 */
export { DEFAULT_SEED, MAX_SEED, seededRandom } from "./seeded_random.ts";
export { RandomState } from "./random_state.ts";
export { standardNormal } from "./standard_normal.ts";
