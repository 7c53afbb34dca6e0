// Exercise 01: the dot product.
//
// A neuron starts by weighing its inputs: it multiplies each input by its weight and adds up the
// products. That sum is the dot product of the input vector and the weight vector:
//
//     dot([1.72, 1.23], [1.26, 0]) = 1.72 * 1.26 + 1.23 * 0 = 2.1672
//
// Write `dot` for vectors of any length (both have the same length).
//
// Lesson 01 explains it:  deno run lessons/01_weighted_sum.ts
// Check your code:        deno task exercise 01

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The dot product of `a` and `b`: a[0] * b[0] + a[1] * b[1] + ... */
export function dot(a: number[], b: number[]): number {
  throw new Error("TODO: exercise 01, the dot product");
}
