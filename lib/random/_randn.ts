import type { RandomState } from "./random_state.ts";
import { standardNormal } from "./standard_normal.ts";

/**
 * One standard normal draw from a network's random source: NumPy's `randn` from a
 * {@link RandomState}; Box-Muller from a function of uniform numbers, for callers not yet moved
 * to a RandomState.
 */
export function randn(random: RandomState | (() => number)): number {
  return typeof random === "function" ? standardNormal(random) : random.randn();
}
