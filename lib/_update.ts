// The one invariant of every network's update: the new values are computed first, checked
// here, and only then kept, so that an update that overflows leaves the network as it was.

/**
 * Throws a RangeError if a new parameter value is not finite.
 *
 * @param values New values of some parameters, before any is kept.
 */
export function assertFiniteUpdate(values: readonly number[]): void {
  for (const value of values) {
    if (!Number.isFinite(value)) {
      throw new RangeError(`The update would make a parameter ${value}: nothing was changed`);
    }
  }
}
