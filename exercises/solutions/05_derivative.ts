// Exercise 05, a solution: the derivative of the error.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/05_derivative.ts exercises/05_derivative.ts

/** How the squared error changes with the prediction: 2 * (prediction - target). */
export function errorDerivative(prediction: number, target: number): number {
  return 2 * (prediction - target);
}
