// Exercise 01, a solution: a prediction, from the inputs to a probability.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/01_prediction.ts exercises/01_prediction.ts

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** The sigmoid of `x`, a number between 0 and 1. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The network's prediction for `input`: layer 1 squeezed by the sigmoid. */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  const layer1 = dot(input, weights) + bias;
  return sigmoid(layer1);
}
