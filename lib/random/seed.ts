// The seeds the generator takes, in a module of their own so that the lessons' command line can
// state them without loading the generator's npm package.

/** The seed the lessons use when none is given. */
export const DEFAULT_SEED = 42;

/** The largest seed: the generator takes 32 bits, as NumPy's does. */
export const MAX_SEED = 2 ** 32 - 1;
