// Exercise 06, a solution: the planted bug, found with a gradient check.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/06_planted_bug.ts exercises/06_planted_bug.ts

import { dot } from "./01_prediction.ts";
import type { Gradients, Network } from "./03_gradients.ts";
import { numericalGradient } from "./05_numerical_gradient.ts";

/** The squared error of a tanh neuron on one sample. */
export function tanhError(network: Network, input: number[], target: number): number {
  const prediction = Math.tanh(dot(input, network.weights) + network.bias);
  return (prediction - target) ** 2;
}

/** The gradients of tanhError by the chain rule. */
export function tanhGradients(network: Network, input: number[], target: number): Gradients {
  const layer1 = dot(input, network.weights) + network.bias;
  const prediction = Math.tanh(layer1);
  const derrorDprediction = 2 * (prediction - target);
  const dpredictionDlayer1 = 1 - prediction ** 2;
  const dlayer1Dbias = 1;
  // The bug was `network.weights`: layer 1 changes with weight i as fast as input i is large.
  const dlayer1Dweights = input;
  const delta = derrorDprediction * dpredictionDlayer1;
  return { weights: dlayer1Dweights.map((d) => delta * d), bias: delta * dlayer1Dbias };
}

/** Each parameter's relative error, [bias, ...weights], of tanhGradients against your numbers. */
export function gradientCheck(network: Network, input: number[], target: number): number[] {
  const analytic = tanhGradients(network, input, target);
  const numerical = numericalGradient(
    ([bias, ...weights]) => tanhError({ weights, bias }, input, target),
    [network.bias, ...network.weights],
  );
  return [analytic.bias, ...analytic.weights].map((a, k) => {
    const n = numerical[k];
    const scale = Math.max(Math.abs(a), Math.abs(n));
    return scale === 0 ? 0 : Math.abs(a - n) / scale;
  });
}
