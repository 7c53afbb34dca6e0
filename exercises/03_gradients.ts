// Exercise 03: the gradients, by the chain rule.
//
// The error depends on the weights and the bias through a chain: they make layer 1, layer 1
// makes the prediction, the prediction makes the error. Write computeGradients: how much the
// error of one sample changes when each parameter changes a little, its gradient.
//
// Think it through before you write: list the links of the chain, from the bias (or a weight)
// to the error. What is each link's slope? You know the last one (your errorDerivative,
// exercise 02). The sigmoid's slope can be written with the sigmoid itself. How does layer 1
// change with the bias, and with weight i? The chain rule says how the slopes combine.
//
// For the input [2, 1.5], target 0, weights [1.45, -0.66] and bias 0, the bias's gradient is
// 0.19570893 and the weights' are [0.39141786, 0.29356339].
//
// Lesson 06 explains it:  deno run lessons/06_chain_rule.ts
// Check your code:        deno task exercise 03 (add --hint for one more hint)

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

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
  throw new Error("TODO: exercise 03, the gradients");
}
