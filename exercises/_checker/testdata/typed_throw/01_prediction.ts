// A learner's dot product that reads a field a list does not have, on a line that also holds
// types: the classroom page strips the types before it runs the code, and must still name the
// column where the error is in this file, as the terminal does.

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  const n: number = a.length, t = b as unknown as { x: { y: number } }, s: number = t.x.y;
  return s * n;
}
