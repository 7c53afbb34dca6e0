// A learner's dot product that recurses without an end: the dot product of empty vectors, 0,
// is missing, so it never stops and throws a RangeError.

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  return a[0] * b[0] + dot(a.slice(1), b.slice(1));
}
