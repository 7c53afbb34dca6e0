/**
 * The library behind the lessons. The tutorial's core sits at the top, one
 * idea per file: `dot`, `sigmoid`, `sigmoidDerivative`, `makePrediction`,
 * `squaredError`, `predictedClass`, the `NeuralNetwork` class and its training
 * loop `train`, and NumPy-style printing. What goes beyond the tutorial lives
 * in folders by concern, each with its own `mod.ts`: `data/`, `charts/`,
 * `layers/`, `gradient_check/`, `random/` and `autograd/`. This module re-exports all.
 *
 * @example The tutorial's first prediction, printed the way NumPy prints it
 * ```ts
 * import { assert } from "chai";
 * import { formatArray, makePrediction } from "./mod.ts";
 *
 * const prediction = makePrediction([1.66, 1.56], [1.45, -0.66], 0);
 * assert.equal(formatArray([prediction]), "[0.7985731]");
 * ```
 *
 * @module
 */
// The tutorial's core.
export { dot } from "./dot.ts";
export { sigmoid } from "./sigmoid.ts";
export { sigmoidDerivative } from "./sigmoid_derivative.ts";
export { makePrediction } from "./make_prediction.ts";
export { squaredError } from "./squared_error.ts";
export { DECISION_THRESHOLD, predictedClass } from "./predicted_class.ts";
export { NeuralNetwork } from "./neural_network.ts";
export { chainRule } from "./chain_rule.ts";
export type { ChainLinks } from "./chain_rule.ts";
export { CrossEntropyNeuron } from "./cross_entropy_neuron.ts";
export type { CrossEntropyNeuronOptions } from "./cross_entropy_neuron.ts";
export type { Gradients, NeuralNetworkOptions } from "./neural_network.ts";
export {
  ERROR_EVERY,
  observeTraining,
  train,
  TrainingDivergedError,
  watchTraining,
} from "./train.ts";
export type {
  Trainable,
  TrainingEnd,
  TrainingObserver,
  TrainingPick,
  TrainingProgress,
  TrainingStart,
  TrainingWatch,
} from "./train.ts";
export { cumulativeError } from "./cumulative_error.ts";
export { formatArray, formatNumber } from "./format_array.ts";

// Beyond the tutorial, by concern.
export * from "./random/mod.ts";
export * from "./data/mod.ts";
export * from "./charts/mod.ts";
export * from "./layers/mod.ts";
export * from "./gradient_check/mod.ts";
export * from "./images/mod.ts";
export * from "./matrix/mod.ts";
export * from "./autograd/mod.ts";
