// A learner's dot product that recurses without an end: the dot product of empty vectors, 0,
// is missing, so it never stops and throws a RangeError.

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  return a[0] * b[0] + dot(a.slice(1), b.slice(1));
}

/** The sigmoid of `x`. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The prediction for `input`. */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  return sigmoid(dot(input, weights) + bias);
}
