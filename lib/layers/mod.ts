/**
 * Beyond the tutorial: a network of layers, trained by backpropagation with
 * the same loop as the single neuron, with sigmoid or ReLU hidden units and a
 * sigmoid or softmax output; and the functions it is built from.
 *
 * @module
 */
export { LayeredNetwork } from "./layered_network.ts";
export type { Layer, LayeredNetworkOptions, Output, Prediction } from "./layered_network.ts";
export { relu } from "./relu.ts";
export { reluDerivative } from "./relu_derivative.ts";
export { softmax } from "./softmax.ts";
export { crossEntropy } from "./cross_entropy.ts";
