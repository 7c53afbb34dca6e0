// The error's exercise not started yet: the blank's functions as it ships.

// deno-lint-ignore-file no-unused-vars

/** The squared error of one prediction. */
export function squaredError(prediction: number, target: number): number {
  throw new Error("TODO: exercise 02, the squared error");
}

/** How the squared error changes with the prediction. */
export function errorDerivative(prediction: number, target: number): number {
  throw new Error("TODO: exercise 02, the derivative of the error");
}
