// Exercise 10: ten classes, the softmax and its cross-entropy gradient.
//
// Lesson 12's network has one output per digit. The softmax turns their weighted sums into
// probabilities: each one positive, all of them adding up to 1, the largest sum getting the
// largest share; e^x grows fast, which is why it is used. Write:
//
//  - softmax(sums): those probabilities. It must work for sums like [1000, 0] too (no NaN):
//    what happens to the shares if you subtract the same number from every sum first?
//  - crossEntropyGradient(sums, target): the gradient of the error -log(softmax(sums)[target])
//    with respect to each sum. Work it out on paper for two sums first; the result is
//    surprisingly simple, and it says "lower every probability, raise the right one".
//
// For the sums [1, 2, 3] the probabilities are [0.09003057 0.24472847 0.66524096].
//
// Lesson 12 explains it:  deno run lessons/12_digits.ts
// Check your code:        deno task exercise 10

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The probabilities of the classes whose weighted sums are `sums`. */
export function softmax(sums: number[]): number[] {
  throw new Error("TODO: exercise 10, the softmax");
}

/** The gradient of -log(softmax(sums)[target]) with respect to each of the sums. */
export function crossEntropyGradient(sums: number[], target: number): number[] {
  throw new Error("TODO: exercise 10, the cross-entropy gradient");
}
