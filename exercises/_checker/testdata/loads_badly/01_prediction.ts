// A learner's dot product, tried out at the top of the file on vectors of different lengths:
// the file throws while it loads.

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new RangeError(`Lengths differ: ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
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

console.log(dot([1, 2], [3]));
