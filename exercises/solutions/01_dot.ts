// Exercise 01, a solution: the dot product.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/01_dot.ts exercises/01_dot.ts

/** The dot product of `a` and `b`: a[0] * b[0] + a[1] * b[1] + ... */
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
  }
  return sum;
}
