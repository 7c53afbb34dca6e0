/**
 * Beyond the tutorial: layers of sigmoid units and a network of them, trained
 * by backpropagation with the same loop as the single neuron.
 *
 * @module
 */
export { Layer } from "./layer.ts";
export type { LayerParameters } from "./layer.ts";
export { MultiLayerNetwork } from "./multilayer_network.ts";
export type { MultiLayerNetworkOptions } from "./multilayer_network.ts";
