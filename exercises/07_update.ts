// Exercise 07: one update step.
//
// Gradient descent moves every parameter a small step against its gradient. The learning rate
// sets the size of the step:
//
//     bias    = bias    - derror_dbias    * learning_rate
//     weights = weights - derror_dweights * learning_rate     (each weight with its own gradient)
//
// Return the updated network as a new object. With the tutorial's weights [1.45, -0.66], bias 0,
// the gradients of exercise 06 and the learning rate 0.1, the weights become
// [1.41085821, -0.68935634] and the bias -0.01957089.
//
// Lesson 07 explains it:  deno run lessons/07_neural_network.ts
// Check your code:        deno task exercise 07

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import type { Gradients, Network } from "./06_gradients.ts";

/** The network after one step of gradient descent against `gradients`. */
export function updateParameters(
  network: Network,
  gradients: Gradients,
  learningRate: number,
): Network {
  throw new Error("TODO: exercise 07, one update step");
}
