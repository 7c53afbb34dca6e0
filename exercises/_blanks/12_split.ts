// Exercise 12: a stratified split and a confusion matrix.
//
// Lesson 11 keeps samples aside to judge a network on data it never trained on. Write:
//
//  - stratifiedSplit(targets, share, random): which samples go to validation and which to
//    training, as lists of indexes into `targets`. Each class must keep its share: of a class
//    with n samples, Math.round(share * n) go to validation, picked at random (use `random()`,
//    which gives numbers in [0, 1), as the training loop does). Every index goes to exactly one
//    of the two lists. Why would a plain random split be a problem with 8 malignant tumours
//    out of 100?
//  - confusionMatrix(predicted, actual, classes): a table counting how each sample was
//    classified. Row i is the samples whose actual class is i, column j those predicted as j:
//    the right answers lie on the diagonal.
//
// Lesson 11 explains it:  deno run lessons/11_diagnosis.ts
// Check your code:        deno task exercise 12

// This line keeps the linter quiet while the blank ignores its parameters; delete it when done:
// deno-lint-ignore-file no-unused-vars

/** The indexes of the validation samples and of the training samples. */
export interface Split {
  validation: number[];
  training: number[];
}

/** Each class's samples split at random, `share` of them into validation. */
export function stratifiedSplit(targets: number[], share: number, random: () => number): Split {
  throw new Error("TODO: exercise 12, the stratified split");
}

/** counts[actual][predicted] over every sample. */
export function confusionMatrix(
  predicted: number[],
  actual: number[],
  classes: number,
): number[][] {
  throw new Error("TODO: exercise 12, the confusion matrix");
}
