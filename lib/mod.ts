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
export { ERROR_EVERY, NeuralNetwork } from "./neural_network.ts";
export type { Gradients, NeuralNetworkOptions } from "./neural_network.ts";
export { DEFAULT_SEED, MAX_SEED, seededRandom } from "./seeded_random.ts";
export { standardNormal } from "./standard_normal.ts";
export { parseDataset, TARGET_COLUMN } from "./parse_dataset.ts";
export type { Dataset } from "./parse_dataset.ts";
export { lineChartSvg } from "./line_chart_svg.ts";
export type { LineChartOptions } from "./line_chart_svg.ts";
export { lineChartText } from "./line_chart_text.ts";
export { cumulativeError } from "./cumulative_error.ts";
export { numericalGradient } from "./numerical_gradient.ts";
export { relativeError } from "./relative_error.ts";
export { Layer } from "./layer.ts";
export type { LayerParameters } from "./layer.ts";
export { MultiLayerNetwork } from "./multilayer_network.ts";
export type { MultiLayerNetworkOptions } from "./multilayer_network.ts";
export { stratifiedSplit } from "./stratified_split.ts";
export { fitStandardizer } from "./standardizer.ts";
export type { Standardizer } from "./standardizer.ts";
export { confusionMatrix } from "./confusion_matrix.ts";
export type { ConfusionMatrix } from "./confusion_matrix.ts";
export { decisionBoundarySvg } from "./decision_boundary_svg.ts";
export type { DecisionBoundaryOptions } from "./decision_boundary_svg.ts";
