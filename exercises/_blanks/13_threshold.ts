// Exercise 13: a threshold chosen on validation.
//
// A network's prediction is a probability; "class 1" starts wherever we decide. 0.5 is a habit,
// not a law: when missing a malignant tumour costs more than a false alarm, or when the network
// is biased, another threshold classifies better. Write:
//
//  - accuracy(predictions, targets, threshold): the share of samples classified right when a
//    prediction at or above the threshold means class 1.
//  - chooseThreshold(predictions, targets): the threshold, among 0.00, 0.01, ..., 1.00, with the
//    highest accuracy on these samples; on a tie, the one nearest 0.5 (and of two equally near,
//    the lower). The samples are the validation set's: why not choose it on the training set,
//    nor on the test set?
//
// Lesson 11 explains validation:  deno run lessons/11_diagnosis.ts
// Check your code:                deno task exercise 13

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The share of samples whose class, by `threshold`, is their target. */
export function accuracy(predictions: number[], targets: number[], threshold: number): number {
  throw new Error("TODO: exercise 13, the accuracy");
}

/** The threshold of the grid 0.00 to 1.00 with the best accuracy, nearest 0.5 on a tie. */
export function chooseThreshold(predictions: number[], targets: number[]): number {
  throw new Error("TODO: exercise 13, the threshold");
}
