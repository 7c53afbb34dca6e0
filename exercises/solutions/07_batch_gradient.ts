// Exercise 07, a solution: the gradient of a whole batch.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/07_batch_gradient.ts exercises/07_batch_gradient.ts

import { computeGradients, type Gradients, type Network } from "./03_gradients.ts";

/** The gradient of the cumulative error over every sample. */
export function batchGradients(network: Network, inputs: number[][], targets: number[]): Gradients {
  // The slope of a sum is the sum of the slopes: add up every sample's gradients.
  const sum = { weights: network.weights.map(() => 0), bias: 0 };
  inputs.forEach((input, i) => {
    const gradients = computeGradients(network, input, targets[i]);
    gradients.weights.forEach((g, k) => sum.weights[k] += g);
    sum.bias += gradients.bias;
  });
  return sum;
}
