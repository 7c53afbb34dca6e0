// Exercise 02: the sigmoid.
//
// A weighted sum can be any number, but the network's answer is a probability. The sigmoid
// squeezes any number into the range (0, 1):
//
//     sigmoid(x) = 1 / (1 + e^(-x))
//
// In TypeScript, e^x is Math.exp(x). sigmoid(0) is 0.5, large numbers go to 1, very negative
// ones to 0.
//
// Lesson 02 explains it:  deno run lessons/02_sigmoid.ts
// Check your code:        deno task exercise 02

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The sigmoid of `x`: 1 / (1 + e^(-x)), a number between 0 and 1. */
export function sigmoid(x: number): number {
  throw new Error("TODO: exercise 02, the sigmoid");
}
