// Exercise 05: the derivative of the error.
//
// To make the error smaller we need to know which way it moves when the prediction moves: its
// derivative with respect to the prediction. For error = (prediction - target)^2 it is
//
//     derror_dprediction = 2 * (prediction - target)
//
// Positive means "the prediction is too high, bring it down". For the prediction 0.87101915 and
// the target 0 it is 1.7420383.
//
// Lesson 05 explains it:  deno run lessons/05_gradient_descent.ts
// Check your code:        deno task exercise 05

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** How the squared error changes with the prediction: 2 * (prediction - target). */
export function errorDerivative(prediction: number, target: number): number {
  throw new Error("TODO: exercise 05, the derivative of the error");
}
