// Exercise 08, a solution: the training loop.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/08_train.ts exercises/08_train.ts

import { makePrediction } from "./01_prediction.ts";
import { squaredError } from "./02_error.ts";
import { computeGradients, type Network } from "./03_gradients.ts";
import { updateParameters } from "./04_update.ts";

/** What training gives back: the trained network and the error curve. */
export interface Training {
  network: Network;
  cumulativeErrors: number[];
}

/** Trains `network` by stochastic gradient descent; `random()` gives numbers in [0, 1). */
export function train(
  network: Network,
  inputs: number[][],
  targets: number[],
  iterations: number,
  learningRate: number,
  random: () => number,
): Training {
  let trained = network;
  const cumulativeErrors: number[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    // One sample, picked at random: its gradients, then one step against them.
    const i = Math.floor(random() * inputs.length);
    const gradients = computeGradients(trained, inputs[i], targets[i]);
    trained = updateParameters(trained, gradients, learningRate);

    // Every 100 iterations, the error over all the samples.
    if (iteration % 100 === 0) {
      let cumulativeError = 0;
      for (let j = 0; j < inputs.length; j++) {
        const prediction = makePrediction(inputs[j], trained.weights, trained.bias);
        cumulativeError += squaredError(prediction, targets[j]);
      }
      cumulativeErrors.push(cumulativeError);
    }
  }
  return { network: trained, cumulativeErrors };
}
