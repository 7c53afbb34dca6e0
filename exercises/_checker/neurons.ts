// What the checks of networks share: the tutorial's network, a network-shaped result checked
// field by field, and gradients checked against finite differences of lib's error.

import { numericalGradient } from "../../lib/gradient_check/numerical_gradient.ts";
import { makePrediction } from "../../lib/make_prediction.ts";
import { squaredError } from "../../lib/squared_error.ts";
import {
  type Diagnosis,
  expectClose,
  expectValue,
  expectVector,
  field,
  item,
  type Result,
} from "./expect.ts";

/** A neuron of the tutorial's shape. */
export interface Neuron {
  weights: number[];
  bias: number;
}

/** The tutorial's weights and bias. */
export const tutorialNetwork: Neuron = { weights: [1.45, -0.66], bias: 0 };

/** Finite differences agree with a right gradient to about 1e-9; a wrong one is far off. */
export const GRADIENT_TOLERANCE = 1e-6;

export const NETWORK_SHAPE = "{ weights, bias }";

/** The learner's network-shaped result, checked field by field against lib's numbers. */
export function expectNetworkLike(
  result: Result,
  expected: { weights: readonly number[]; bias: number | string },
  known: readonly Diagnosis[] = [],
): void {
  expectValue(field(result, "bias", NETWORK_SHAPE), expected.bias, known);
  expectVector(field(result, "weights", NETWORK_SHAPE), expected.weights, "weights");
}

/** Every gradient of `result` against central finite differences of `error`. */
export function expectFiniteDifferences(
  result: Result,
  error: (parameters: readonly number[]) => number,
  network: { weights: readonly number[]; bias: number },
): void {
  const [bias, ...weights] = numericalGradient(error, [network.bias, ...network.weights]);
  const what = "by finite differences";
  expectClose(field(result, "bias", NETWORK_SHAPE), bias, GRADIENT_TOLERANCE, what);
  const weightsResult = field(result, "weights", NETWORK_SHAPE);
  weights.forEach((w, i) => {
    const weight = item(weightsResult, i, weights.length, "weight gradients");
    expectClose(weight, w, GRADIENT_TOLERANCE, what);
  });
}

/** One sample's squared error, lib's way, as a function of [bias, ...weights]. */
export const sampleError =
  (input: readonly number[], target: number) => ([bias, ...weights]: readonly number[]) =>
    squaredError(makePrediction(input, weights, bias), target);
