// Exercise 02, a solution: the sigmoid.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/02_sigmoid.ts exercises/02_sigmoid.ts

/** The sigmoid of `x`: 1 / (1 + e^(-x)), a number between 0 and 1. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
