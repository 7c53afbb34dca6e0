// Exercise 09, beyond the tutorial: the backward pass through a hidden layer.
//
// One neuron draws one straight line between its classes, so it cannot learn XOR. A hidden
// layer can: each hidden unit is a neuron like the tutorial's, reading the input, and an output
// neuron reads the hidden units' outputs instead of the input:
//
//     hidden[j]  = makePrediction(input, network.hidden[j].weights, network.hidden[j].bias)
//     prediction = makePrediction(hidden, network.output.weights, network.output.bias)
//
// The backward pass is exercise 06's chain rule, carried one layer further back. Since
// sigmoid(layer_1) is the neuron's output, its slope sigmoid(layer_1) * (1 - sigmoid(layer_1))
// is output * (1 - output):
//
//  - The output neuron, with `hidden` as its input. Its slope at its layer 1 is
//        delta = derror_dprediction * prediction * (1 - prediction)
//    Its bias gradient is delta; weight j's gradient is delta * hidden[j].
//  - Hidden unit j: the error reaches it through output weight j. Its slope at its layer 1 is
//        delta_j = delta * network.output.weights[j] * hidden[j] * (1 - hidden[j])
//    Its bias gradient is delta_j; its weight i's gradient is delta_j * input[i].
//
// Lesson 10 shows such a network learning XOR:  deno run lessons/10_hidden_layer.ts
// Lesson 09 checks gradients like these:        deno run lessons/09_gradient_check.ts
// Check your code:                              deno task exercise 09

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { makePrediction } from "./03_prediction.ts";
import { errorDerivative } from "./05_derivative.ts";
import type { Gradients, Network } from "./06_gradients.ts";

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
  throw new Error("TODO: exercise 09, the backward pass through a hidden layer");
}
