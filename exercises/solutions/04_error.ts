// Exercise 04, a solution: the squared error.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/04_error.ts exercises/04_error.ts

/** The squared error of one prediction: (prediction - target)^2. */
export function squaredError(prediction: number, target: number): number {
  return (prediction - target) ** 2;
}
