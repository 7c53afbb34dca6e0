// Exercise 04: one step of gradient descent.
//
// A gradient says which way the error rises, and how steeply. Write updateParameters: the
// network after one step that lowers the error, each parameter moved against its own gradient,
// the step's size set by the learning rate. Return a new object; leave `network` as it was.
//
// Ask yourself: should a parameter whose gradient is positive go up or down? How does the
// learning rate scale the step?
//
// With the tutorial's weights [1.45, -0.66], bias 0, the gradients of exercise 03 and the
// learning rate 0.1, the weights become [1.41085821, -0.68935634] and the bias -0.01957089.
//
// Lesson 07 explains it:  deno run lessons/07_neural_network.ts
// Check your code:        deno task exercise 04

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import type { Gradients, Network } from "./03_gradients.ts";

/** The network after one step of gradient descent against `gradients`. */
export function updateParameters(
  network: Network,
  gradients: Gradients,
  learningRate: number,
): Network {
  throw new Error("TODO: exercise 04, one update step");
}
