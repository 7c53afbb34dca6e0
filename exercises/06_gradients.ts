// Exercise 06: the gradients, by the chain rule.
//
// The error depends on the weights and the bias through a chain: they make layer 1, layer 1
// makes the prediction, the prediction makes the error. The slope of the whole chain is the
// product of the slopes of its links:
//
//     derror_dbias    = derror_dprediction * dprediction_dlayer1 * dlayer1_dbias
//     derror_dweights = derror_dprediction * dprediction_dlayer1 * dlayer1_dweights
//
// where
//
//     derror_dprediction  = 2 * (prediction - target)       your errorDerivative, exercise 05
//     dprediction_dlayer1 = sigmoid(layer_1) * (1 - sigmoid(layer_1))
//     dlayer1_dbias       = 1
//     dlayer1_dweights    = the input, so weight i's gradient uses input[i]
//
// For the input [2, 1.5], target 0, weights [1.45, -0.66] and bias 0, derror_dbias is
// 0.19570893 and derror_dweights is [0.39141786, 0.29356339].
//
// Lesson 06 explains it:  deno run lessons/06_chain_rule.ts
// Check your code:        deno task exercise 06

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { dot } from "./01_dot.ts";
import { sigmoid } from "./02_sigmoid.ts";
import { errorDerivative } from "./05_derivative.ts";

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
  throw new Error("TODO: exercise 06, the gradients");
}
