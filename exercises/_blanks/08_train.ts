// Exercise 08: the training loop.
//
// Now the network learns from many samples. Each iteration:
//
//  1. picks one sample at random, exactly like this (the tutorial's np.random.randint):
//         const i = Math.floor(random() * inputs.length);
//  2. computes that sample's gradients (your computeGradients, exercise 03),
//  3. updates the network (your updateParameters, exercise 04).
//
// Every 100 iterations (iteration 0, 100, 200, ...), after that iteration's update, it adds up
// the squared error of every sample (your makePrediction and squaredError, exercises 01 and 02)
// and pushes the sum onto `cumulativeErrors`: 10,000 iterations give 100 values, the curve that
// shows the network learning.
//
// Lesson 08 explains it:  deno run lessons/08_train.ts
// Check your code:        deno task exercise 08 (it then trains the tutorial's network with it)

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

import { makePrediction } from "./01_prediction.ts";
import { squaredError } from "./02_error.ts";
import { computeGradients, type Network } from "./03_gradients.ts";
import { updateParameters } from "./04_update.ts";

/** What training gives back: the trained network and the error curve. */
export interface Training {
  network: Network;
  cumulativeErrors: number[];
}

/** Trains `network` by stochastic gradient descent; `random()` gives numbers in [0, 1). */
export function train(
  network: Network,
  inputs: number[][],
  targets: number[],
  iterations: number,
  learningRate: number,
  random: () => number,
): Training {
  throw new Error("TODO: exercise 08, the training loop");
}
