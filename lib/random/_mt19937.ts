// The Mersenne Twister MT19937 of Matsumoto and Nishimura (1998), the generator behind NumPy's
// legacy `np.random`, written out from their reference code (mt19937ar.c): the state is 624
// 32-bit words, refilled all at once (the "twist"), and each output is one word, tempered.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000; // the most significant bit
const LOWER = 0x7fffffff; // the 31 others

/**
 * A Mersenne Twister seeded by the reference code's `init_genrand(seed)`, as
 * NumPy's `np.random.seed(seed)` seeds it for a whole number seed.
 *
 * @param seed A whole number from 0 to 2^32 - 1.
 * @returns A function that returns the next 32-bit output, a whole number from 0 to 2^32 - 1.
 */
export function mt19937(seed: number): () => number {
  const state = new Uint32Array(N);
  state[0] = seed;
  for (let i = 1; i < N; i++) {
    const previous = state[i - 1];
    state[i] = Math.imul(1812433253, previous ^ (previous >>> 30)) + i;
  }
  let next = N; // the next word to hand out: none yet, so the first call twists
  return () => {
    if (next === N) {
      for (let i = 0; i < N; i++) {
        const y = (state[i] & UPPER) | (state[(i + 1) % N] & LOWER);
        state[i] = state[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      next = 0;
    }
    let y = state[next++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
}
