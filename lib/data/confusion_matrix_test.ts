import { assert } from "chai";
import { confusionMatrix } from "./confusion_matrix.ts";

Deno.test("the confusion matrix counts hits, misses, false alarms and all-clears", () => {
  const m = confusionMatrix([1, 1, 1, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0]);
  assert.deepEqual(m, { truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 3 });
});

Deno.test("predictions and truths of different lengths are refused", () => {
  assert.throws(() => confusionMatrix([1], [1, 0]), RangeError, "1 and 2");
});

Deno.test("a value that is not a class, 0 or 1, is refused instead of counted", () => {
  assert.throws(() => confusionMatrix([1, 2], [1, 0]), RangeError, "predicted[1] to be a class");
  assert.throws(() => confusionMatrix([1, 0], [0.5, 0]), RangeError, "actual[0] to be a class");
  assert.throws(() => confusionMatrix([NaN], [1]), RangeError, "got NaN");
});
