// Exercise 09, a solution: the backward pass through a hidden layer.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/09_hidden_layer.ts exercises/09_hidden_layer.ts

import { makePrediction } from "./01_prediction.ts";
import { errorDerivative } from "./02_error.ts";
import type { Gradients, Network } from "./03_gradients.ts";

/** A network with one hidden layer: hidden neurons reading the input, one output neuron. */
export interface HiddenLayerNetwork {
  /** One neuron per hidden unit, each with one weight per input. */
  hidden: Network[];
  /** The output neuron, with one weight per hidden unit. */
  output: Network;
}

/** The gradients of every parameter, in the network's shape. */
export interface HiddenLayerGradients {
  hidden: Gradients[];
  output: Gradients;
}

/** The gradients of the squared error of one sample, by backpropagation. */
export function backpropagate(
  network: HiddenLayerNetwork,
  input: number[],
  target: number,
): HiddenLayerGradients {
  // Forward: every hidden unit, then the output neuron reading them.
  const hidden = network.hidden.map((unit) => makePrediction(input, unit.weights, unit.bias));
  const prediction = makePrediction(hidden, network.output.weights, network.output.bias);

  // The output neuron: exercise 03's chain, with the hidden outputs as its input.
  const delta = errorDerivative(prediction, target) * prediction * (1 - prediction);
  const output = { weights: hidden.map((h) => delta * h), bias: delta };

  // Each hidden unit: one more link, through the output weight that reads it.
  const hiddenGradients = hidden.map((h, j) => {
    const deltaJ = delta * network.output.weights[j] * h * (1 - h);
    return { weights: input.map((x) => deltaJ * x), bias: deltaJ };
  });
  return { hidden: hiddenGradients, output };
}
