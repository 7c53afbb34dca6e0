// Exercise 02: how wrong a prediction is, and which way to move it.
//
// The tutorial measures a prediction's miss by squaring its distance from the target, so that
// every miss counts as positive and a large miss counts much more than a small one. Write:
//
//  - squaredError(prediction, target): that measure. The prediction 0.87101915 for the target 0
//    has the error 0.75867436.
//  - errorDerivative(prediction, target): how fast the error grows as the prediction grows, its
//    derivative with respect to the prediction. Work it out on paper (the power rule); its sign
//    should say which way to move: positive when the prediction is too high. For 0.87101915 and
//    the target 0 it is 1.7420383.
//
// Lessons 04-05 explain it:  deno run lessons/05_gradient_descent.ts
// Check your code:           deno task exercise 02

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The squared error of one prediction. */
export function squaredError(prediction: number, target: number): number {
  throw new Error("TODO: exercise 02, the squared error");
}

/** How the squared error changes with the prediction. */
export function errorDerivative(prediction: number, target: number): number {
  throw new Error("TODO: exercise 02, the derivative of the error");
}
