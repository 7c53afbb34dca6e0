// Exercise 03: a prediction.
//
// The tutorial's network has two layers:
//
//     layer_1 = dot(input, weights) + bias
//     layer_2 = sigmoid(layer_1)            (the prediction)
//
// Use your own `dot` (exercise 01) and `sigmoid` (exercise 02), imported below. With the
// tutorial's weights [1.45, -0.66] and bias 0, the input [1.66, 1.56] gives 0.7985731.
//
// Lesson 03 explains it:  deno run lessons/03_predict.ts
// Check your code:        deno task exercise 03

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { dot } from "./01_dot.ts";
import { sigmoid } from "./02_sigmoid.ts";

/** The network's prediction for `input`: sigmoid(dot(input, weights) + bias). */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  throw new Error("TODO: exercise 03, a prediction");
}
