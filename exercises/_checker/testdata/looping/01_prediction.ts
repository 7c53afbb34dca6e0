// A learner's dot product whose loop never ends: `i = i++`, which leaves i as it was.

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i = i++) {
    sum += a[i] * b[i];
  }
  return sum;
}

/** The sigmoid of `x`. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The prediction for `input`. */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  return sigmoid(dot(input, weights) + bias);
}
