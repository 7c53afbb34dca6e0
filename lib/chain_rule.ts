import { dot } from "./dot.ts";
import { sigmoid } from "./sigmoid.ts";
import { sigmoidDerivative } from "./sigmoid_derivative.ts";

/** Every link of the tutorial's chain rule for one sample, and the gradients they make. */
export interface ChainLinks {
  /** layer_1 = dot(input, weights) + bias. */
  layer1: number;
  /** The prediction, sigmoid(layer_1). */
  prediction: number;
  /** derror_dprediction = 2 * (prediction - target), the slope of the squared error. */
  derrorDprediction: number;
  /** dprediction_dlayer1 = sigmoid_deriv(layer_1), the sigmoid's slope. */
  dpredictionDlayer1: number;
  /** dlayer1_dbias = 1. */
  dlayer1Dbias: number;
  /** dlayer1_dweights = the input. */
  dlayer1Dweights: number[];
  /** derror_dbias, the product of the links to the bias. */
  derrorDbias: number;
  /** derror_dweights, the product of the links to each weight. */
  derrorDweights: number[];
}

/**
 * The tutorial's chain rule for one sample: layer 1 makes the prediction, the prediction makes
 * the squared error, and the slope of the whole chain is the product of its links' slopes.
 * `NeuralNetwork.computeGradients` returns its last two links.
 *
 * @param input The sample.
 * @param target Its class, 0 or 1.
 * @param weights One weight per input value.
 * @param bias The bias.
 * @returns Each link, and the gradients of the bias and the weights.
 *
 * @example The tutorial's links for [2, 1.5], target 0, at weights [1.45, -0.66] and bias 0
 * ```ts
 * import { assert } from "chai";
 * import { chainRule } from "./chain_rule.ts";
 *
 * const links = chainRule([2, 1.5], 0, [1.45, -0.66], 0);
 * assert.closeTo(links.layer1, 1.91, 1e-12);
 * assert.closeTo(links.derrorDbias, 0.19570893, 1e-8);
 * assert.closeTo(links.derrorDweights[0], 0.39141786, 1e-8);
 * ```
 */
export function chainRule(
  input: readonly number[],
  target: number,
  weights: readonly number[],
  bias: number,
): ChainLinks {
  const layer1 = dot(input, weights) + bias;
  const prediction = sigmoid(layer1);
  const derrorDprediction = 2 * (prediction - target);
  const dpredictionDlayer1 = sigmoidDerivative(layer1); // sigmoid(x) * (1 - sigmoid(x))
  const dlayer1Dbias = 1;
  const dlayer1Dweights = input.slice(); // layer 1 = x . w + b, so its slope in w is x
  const derrorDbias = derrorDprediction * dpredictionDlayer1 * dlayer1Dbias;
  const derrorDweights = dlayer1Dweights.map((x) => derrorDprediction * dpredictionDlayer1 * x);
  return {
    layer1,
    prediction,
    derrorDprediction,
    dpredictionDlayer1,
    dlayer1Dbias,
    dlayer1Dweights,
    derrorDbias,
    derrorDweights,
  };
}
