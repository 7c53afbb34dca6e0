// Exercise 04, a solution: one update step.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/04_update.ts exercises/04_update.ts

import type { Gradients, Network } from "./03_gradients.ts";

/** The network after one step of gradient descent against `gradients`. */
export function updateParameters(
  network: Network,
  gradients: Gradients,
  learningRate: number,
): Network {
  return {
    weights: network.weights.map((weight, i) => weight - gradients.weights[i] * learningRate),
    bias: network.bias - gradients.bias * learningRate,
  };
}
