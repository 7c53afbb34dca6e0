// A learner's finished gradients, written before their error's derivative (exercise 02).

import { dot, sigmoid } from "./01_prediction.ts";
import { errorDerivative } from "./02_error.ts";

/** The gradients of the squared error of one sample, by the chain rule. */
export function computeGradients(
  network: { weights: number[]; bias: number },
  input: number[],
  target: number,
): { weights: number[]; bias: number } {
  const layer1 = dot(input, network.weights) + network.bias;
  const s = sigmoid(layer1);
  const delta = errorDerivative(s, target) * s * (1 - s);
  return { weights: input.map((x) => delta * x), bias: delta };
}
