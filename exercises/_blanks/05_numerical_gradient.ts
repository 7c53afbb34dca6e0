// Exercise 05: the numerical gradient, a check for every backward pass you will write.
//
// Your computeGradients (exercise 03) came from calculus. There is a way to get the same
// numbers with no calculus at all, only the error itself: nudge one parameter a tiny step h
// and watch how much the error moves. Write numericalGradient(f, parameters, h): one slope per
// parameter, for any function f of a list of parameters.
//
// Think: a nudge up alone measures the slope a little to one side of the point. Can you nudge
// so that the point sits in the middle, which is far more accurate? Leave `parameters` as you
// found it: the caller's list must not change, and each nudge must be undone before the next.
//
// For f = ([x]) => x * x at [3] the slope is 6; for f = ([x, y]) => x * y at [2, 5] they
// are [5, 2]. Exercise 06 uses your function to find a bug.
//
// Lesson 09 explains it:  deno run lessons/09_gradient_check.ts
// Check your code:        deno task exercise 05

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The slope of `f` along each parameter at `parameters`, by nudges of size `h`. */
export function numericalGradient(
  f: (parameters: number[]) => number,
  parameters: number[],
  h = 1e-5,
): number[] {
  throw new Error("TODO: exercise 05, the numerical gradient");
}
