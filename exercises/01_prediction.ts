// Exercise 01: a prediction, from the inputs to a probability.
//
// The tutorial's network answers "class 1 or class 0?" for an input such as [1.66, 1.56]. It
// does that in two steps, and you write three functions:
//
//  - dot(a, b): how much the input agrees with the weights. Multiply them pair by pair and add
//    up the products. Make it work for vectors of any length (both have the same length).
//  - sigmoid(x): squeeze any number into (0, 1), so that it reads as a probability. It is 0.5 at
//    0, rises towards 1 for large x, falls towards 0 for very negative x, and must give 1 and 0
//    (never NaN) far out, even at x = 1000. Math.exp is in the toolbox.
//  - makePrediction(input, weights, bias): layer 1 is the weighted sum plus the bias; the
//    prediction is layer 1 squeezed. Use your dot and sigmoid.
//
// The tutorial's numbers: weights [1.45, -0.66], bias 0 and the input [1.66, 1.56] predict
// 0.7985731. The check tells you more when it fails: deno task exercise 01 --hint.
//
// Lessons 01-03 explain it:  deno run lessons/03_predict.ts
// Check your code:           deno task exercise 01

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The dot product of `a` and `b`. */
export function dot(a: number[], b: number[]): number {
  throw new Error("TODO: exercise 01, the dot product");
}

/** The sigmoid of `x`, a number between 0 and 1. */
export function sigmoid(x: number): number {
  throw new Error("TODO: exercise 01, the sigmoid");
}

/** The network's prediction for `input`: layer 1 squeezed by the sigmoid. */
export function makePrediction(input: number[], weights: number[], bias: number): number {
  throw new Error("TODO: exercise 01, a prediction");
}
