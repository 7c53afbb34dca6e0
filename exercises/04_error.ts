// Exercise 04: the squared error.
//
// How wrong is a prediction? The tutorial squares its distance from the target:
//
//     error = (prediction - target)^2
//
// Squaring makes every error positive and punishes large misses more than small ones. The
// prediction 0.87101915 for the input [2, 1.5], whose target is 0, has the error 0.75867436.
//
// Lesson 04 explains it:  deno run lessons/04_error.ts
// Check your code:        deno task exercise 04

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The squared error of one prediction: (prediction - target)^2. */
export function squaredError(prediction: number, target: number): number {
  throw new Error("TODO: exercise 04, the squared error");
}
