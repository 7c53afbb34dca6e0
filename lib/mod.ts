/**
 * The small library behind the lessons: the vector and network functions of
 * the tutorial "build a neural network from scratch", one idea per file.
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
export { dot } from "./dot.ts";
export { sigmoid } from "./sigmoid.ts";
export { sigmoidDerivative } from "./sigmoid_derivative.ts";
export { makePrediction } from "./make_prediction.ts";
export { squaredError } from "./squared_error.ts";
export { DECISION_THRESHOLD, predictedClass } from "./predicted_class.ts";
export { formatArray, formatNumber } from "./format_array.ts";
export { NeuralNetwork } from "./neural_network.ts";
export { ERROR_EVERY, train, TrainingDivergedError } from "./train.ts";
export type { Trainable } from "./train.ts";
export type { Gradients, NeuralNetworkOptions } from "./neural_network.ts";
export { DEFAULT_SEED, MAX_SEED, seededRandom } from "./random/seeded_random.ts";
export { standardNormal } from "./random/standard_normal.ts";
export { parseDataset, TARGET_COLUMN } from "./data/parse_dataset.ts";
export type { Dataset } from "./data/parse_dataset.ts";
export { lineChartSvg } from "./charts/line_chart_svg.ts";
export type { LineChartOptions } from "./charts/line_chart_svg.ts";
export { lineChartText } from "./charts/line_chart_text.ts";
export { cumulativeError } from "./cumulative_error.ts";
export { numericalGradient } from "./gradient_check/numerical_gradient.ts";
export { relativeError } from "./gradient_check/relative_error.ts";
export { Layer } from "./layers/layer.ts";
export type { LayerParameters } from "./layers/layer.ts";
export { MultiLayerNetwork } from "./layers/multilayer_network.ts";
export type { MultiLayerNetworkOptions } from "./layers/multilayer_network.ts";
export { stratifiedSplit } from "./data/stratified_split.ts";
export { fitStandardizer } from "./data/standardizer.ts";
export type { Standardizer } from "./data/standardizer.ts";
export { confusionMatrix } from "./data/confusion_matrix.ts";
export type { ConfusionMatrix } from "./data/confusion_matrix.ts";
export { decisionBoundarySvg } from "./charts/decision_boundary_svg.ts";
export type { DecisionBoundaryOptions } from "./charts/decision_boundary_svg.ts";
