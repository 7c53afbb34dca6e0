// Exercise 09, beyond the tutorial: the backward pass through a hidden layer.
//
// One neuron draws one straight line between its classes, so it cannot learn XOR. A hidden
// layer can: each hidden unit is a neuron like the tutorial's, reading the input, and an output
// neuron reads the hidden units' outputs instead of the input:
//
//     hidden[j]  = makePrediction(input, network.hidden[j].weights, network.hidden[j].bias)
//     prediction = makePrediction(hidden, network.output.weights, network.output.bias)
//
// Write backpropagate: the gradient of the squared error with respect to every parameter.
//
// Reason from exercise 03. The output neuron is exactly the tutorial's neuron, with `hidden`
// as its input. For hidden unit j, draw the chain from its bias to the error: which links does
// it share with the output neuron, and which link joins hidden[j] to the output's layer 1?
// Hint: the sigmoid's slope can be written from the sigmoid's output alone.
//
// Lesson 10 shows such a network learning XOR:  deno run lessons/10_hidden_layer.ts
// Lesson 09 checks gradients like these:        deno run lessons/09_gradient_check.ts
// Check your code:                              deno task exercise 09

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

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
  throw new Error("TODO: exercise 09, the backward pass through a hidden layer");
}
