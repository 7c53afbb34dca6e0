// Exercise 03, a solution: a prediction.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/03_prediction.ts exercises/03_prediction.ts

import { dot } from "./01_dot.ts";
import { sigmoid } from "./02_sigmoid.ts";

/** The network's prediction for `input`: sigmoid(dot(input, weights) + bias). */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  const layer1 = dot(input, weights) + bias;
  const layer2 = sigmoid(layer1);
  return layer2;
}
