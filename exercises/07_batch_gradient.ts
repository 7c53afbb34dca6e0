// Exercise 07: the gradient of a whole batch.
//
// Lesson 08 steps after every sample. Lesson 14 steps once per batch: it follows the gradient
// of the cumulative error, the sum of the squared errors of all the samples. Write
// batchGradients(network, inputs, targets): that gradient, { weights, bias }.
//
// Reason it out: the cumulative error is a sum. What is the slope of a sum? You already have
// each sample's gradients (your computeGradients, exercise 03). The check compares your result
// with finite differences of the cumulative error, so a mean (divided by the number of samples)
// is another function's gradient, not this one's.
//
// Lesson 14 explains it:  deno run lessons/14_batches.ts
// Check your code:        deno task exercise 07

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { computeGradients, type Gradients, type Network } from "./03_gradients.ts";

/** The gradient of the cumulative error over every sample. */
export function batchGradients(network: Network, inputs: number[][], targets: number[]): Gradients {
  throw new Error("TODO: exercise 07, the batch gradient");
}
