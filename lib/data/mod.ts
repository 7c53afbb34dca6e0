/**
 * Data sets and how to use them honestly: reading a CSV, a stratified
 * train/test split, standardising with the training set's numbers only, and
 * the confusion matrix that judges a classifier, the 95% range of a rate
 * measured on few samples, the comparison of two rates measured on different
 * samples, and the paired comparison of two classifiers.
 *
 * @module
 */
export { parseDataset, TARGET_COLUMN } from "./parse_dataset.ts";
export type { Dataset } from "./parse_dataset.ts";
export { stratifiedSplit } from "./stratified_split.ts";
export { fitStandardizer } from "./standardizer.ts";
export type { Standardizer } from "./standardizer.ts";
export { confusionMatrix } from "./confusion_matrix.ts";
export type { ConfusionMatrix } from "./confusion_matrix.ts";
export { classConfusionMatrix } from "./class_confusion_matrix.ts";
export { digitsSplit, readDigits } from "./read_digits.ts";
export type { Digits } from "./read_digits.ts";
export { wilsonInterval } from "./wilson_interval.ts";
export { pairedSignTest } from "./paired_sign_test.ts";
export { fisherExactTest } from "./fisher_exact_test.ts";
