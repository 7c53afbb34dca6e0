// Exercise 06: a bug planted in a backward pass, found with your own gradient check.
//
// Below is a neuron like the tutorial's, with tanh in place of the sigmoid (Math.tanh: the same
// S shape, from -1 to 1; its slope at layer 1 is 1 - tanh(layer1)^2). tanhError is right.
// tanhGradients has one bug, planted on purpose: it looks plausible and it runs.
//
//  1. Write gradientCheck: for each parameter, in the order [bias, ...weights], how far
//     tanhGradients' value is from your numericalGradient's (exercise 05) of tanhError, as a
//     relative error: |analytic - numerical| / max(|analytic|, |numerical|), or 0 when both are
//     0. A right gradient gives about 1e-10; a wrong one, far more.
//  2. Run it (deno task exercise 06 prints what your check finds) and read which parameters it
//     blames. Then find the bug in tanhGradients and fix it, so that every relative error is
//     tiny. Do not rewrite tanhGradients from scratch: the bug is one line.
//
// Lesson 09 explains gradient checks:  deno run lessons/09_gradient_check.ts
// Check your code:                     deno task exercise 06

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { dot } from "./01_prediction.ts";
import type { Gradients, Network } from "./03_gradients.ts";
import { numericalGradient } from "./05_numerical_gradient.ts";

/** The squared error of a tanh neuron on one sample. */
export function tanhError(network: Network, input: number[], target: number): number {
  const prediction = Math.tanh(dot(input, network.weights) + network.bias);
  return (prediction - target) ** 2;
}

/** The gradients of tanhError by the chain rule (with one bug). */
export function tanhGradients(network: Network, input: number[], target: number): Gradients {
  const layer1 = dot(input, network.weights) + network.bias;
  const prediction = Math.tanh(layer1);
  const derrorDprediction = 2 * (prediction - target);
  const dpredictionDlayer1 = 1 - prediction ** 2;
  const dlayer1Dbias = 1;
  const dlayer1Dweights = network.weights;
  const delta = derrorDprediction * dpredictionDlayer1;
  return { weights: dlayer1Dweights.map((d) => delta * d), bias: delta * dlayer1Dbias };
}

/** Each parameter's relative error, [bias, ...weights], of tanhGradients against your numbers. */
export function gradientCheck(network: Network, input: number[], target: number): number[] {
  throw new Error("TODO: exercise 06, the gradient check");
}
