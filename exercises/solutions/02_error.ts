// Exercise 02, a solution: how wrong a prediction is, and which way to move it.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/02_error.ts exercises/02_error.ts

/** The squared error of one prediction. */
export function squaredError(prediction: number, target: number): number {
  return (prediction - target) ** 2;
}

/** How the squared error changes with the prediction. */
export function errorDerivative(prediction: number, target: number): number {
  return 2 * (prediction - target);
}
