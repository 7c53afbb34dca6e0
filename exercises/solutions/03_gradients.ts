// Exercise 03, a solution: the gradients, by the chain rule.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/03_gradients.ts exercises/03_gradients.ts

import { dot, sigmoid } from "./01_prediction.ts";
import { errorDerivative } from "./02_error.ts";

/** The tutorial's network: one neuron, its weights (one per input) and its bias. */
export interface Network {
  weights: number[];
  bias: number;
}

/** How the error of one sample changes with each parameter of the network. */
export interface Gradients {
  /** derror_dweights, one per weight. */
  weights: number[];
  /** derror_dbias. */
  bias: number;
}

/** The gradients of the squared error of one sample, by the chain rule. */
export function computeGradients(network: Network, input: number[], target: number): Gradients {
  // Forward, keeping layer 1.
  const layer1 = dot(input, network.weights) + network.bias;
  const prediction = sigmoid(layer1);

  // Each link of the chain.
  const derrorDprediction = errorDerivative(prediction, target);
  const dpredictionDlayer1 = sigmoid(layer1) * (1 - sigmoid(layer1));
  const dlayer1Dbias = 1;
  const dlayer1Dweights = input;

  // Multiply along the chain.
  const derrorDbias = derrorDprediction * dpredictionDlayer1 * dlayer1Dbias;
  const derrorDweights = dlayer1Dweights.map((x) => derrorDprediction * dpredictionDlayer1 * x);
  return { weights: derrorDweights, bias: derrorDbias };
}
