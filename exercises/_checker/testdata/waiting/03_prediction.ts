// A learner's finished prediction, written before their sigmoid.

import { dot } from "./01_dot.ts";
import { sigmoid } from "./02_sigmoid.ts";

/** The prediction for `input`. */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  return sigmoid(dot(input, weights) + bias);
}
