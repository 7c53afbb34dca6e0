import { assert } from "chai";
import { classConfusionMatrix } from "./class_confusion_matrix.ts";
import { confusionMatrix } from "./confusion_matrix.ts";

Deno.test("counts[actual][predicted]: the diagonal holds the right answers", () => {
  const counts = classConfusionMatrix([0, 1, 2, 1, 2, 2], [0, 1, 2, 2, 2, 0], 3);
  assert.deepEqual(counts, [
    [1, 0, 1], // one 0 taken for a 2
    [0, 1, 0],
    [0, 1, 2], // one 2 taken for a 1
  ]);
});

Deno.test("with two classes it holds the four outcomes of the binary confusion matrix", () => {
  const predicted = [1, 0, 1, 1, 0, 0, 1];
  const actual = [1, 0, 0, 1, 1, 0, 1];
  const [[trueNegatives, falsePositives], [falseNegatives, truePositives]] = classConfusionMatrix(
    predicted,
    actual,
    2,
  );
  assert.deepEqual(
    { truePositives, falsePositives, trueNegatives, falseNegatives },
    confusionMatrix(predicted, actual),
  );
});

Deno.test("every sample is counted once, so the cells add up to the number of samples", () => {
  const predicted = [3, 3, 9, 0, 5, 5, 5];
  const counts = classConfusionMatrix(predicted, [3, 8, 9, 0, 5, 9, 5], 10);
  assert.equal(counts.flat().reduce((a, b) => a + b), predicted.length);
  assert.equal(counts[8][3], 1, "an 8 taken for a 3");
});

Deno.test("lists of different lengths, a bad class count or a class out of range are refused", () => {
  assert.throws(() => classConfusionMatrix([0, 1], [0], 2), RangeError, "2 and 1");
  assert.throws(() => classConfusionMatrix([0], [0], 1), RangeError, "at least 2, got 1");
  assert.throws(
    () => classConfusionMatrix([0, 10], [0, 1], 10),
    RangeError,
    "Expected predicted[1] to be a class from 0 to 9, got 10",
  );
  assert.throws(
    () => classConfusionMatrix([0, 1], [0, 1.5], 10),
    RangeError,
    "Expected actual[1] to be a class from 0 to 9, got 1.5",
  );
  assert.throws(() => classConfusionMatrix([NaN], [0], 3), RangeError, "got NaN");
});
