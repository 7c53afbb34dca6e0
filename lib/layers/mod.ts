/**
 * Beyond the tutorial: layers of sigmoid units and a network of them, trained
 * by backpropagation with the same loop as the single neuron; and a network of
 * ReLU units with a softmax output that tells many classes apart.
 *
 * @module
 */
export { Layer } from "./layer.ts";
export type { LayerParameters } from "./layer.ts";
export { MultiLayerNetwork } from "./multilayer_network.ts";
export type { MultiLayerNetworkOptions } from "./multilayer_network.ts";
export { relu } from "./relu.ts";
export { reluDerivative } from "./relu_derivative.ts";
export { softmax } from "./softmax.ts";
export { crossEntropy } from "./cross_entropy.ts";
export { SoftmaxNetwork } from "./softmax_network.ts";
export type { LayerGradients, SoftmaxNetworkOptions } from "./softmax_network.ts";
