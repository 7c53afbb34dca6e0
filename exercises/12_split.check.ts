// The check of exercise 12: properties of the split (every index once, each class's share, the
// picks drawn from random()), then the confusion matrix of a small case counted by hand.

import { seededRandom } from "../lib/random/seeded_random.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import {
  describe,
  field,
  labeled,
  mismatch,
  NotDone,
  type Result,
  yours,
} from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 12,
  file: "12_split.ts",
  title: "a split and a confusion matrix",
  names: ["stratifiedSplit", "confusionMatrix"],
  lesson: "lessons/11_diagnosis.ts",
  uses: [],
  hints: [
    "Does every class keep its share in validation, and does every index appear exactly once?",
    "Split class by class: shuffle the indexes of one class with random(), then Math.round(" +
    "share * n) of them go to validation, the rest to training. The matrix counts " +
    "counts[actual][predicted].",
    "For each label: indexes = targets' indexes with that label; Fisher-Yates with " +
    "j = Math.floor(random() * (i + 1)); validation gets the first Math.round(share * n).",
  ],
  mistakes: {
    transposed: {
      name: "rows and columns swapped",
      hints: [
        "Which does a row stand for in your table, the actual class or the predicted one?",
        "Your table is the transpose: its rows are the predicted classes.",
        "counts[actual[i]][predicted[i]]++.",
      ],
    },
    notStratified: {
      name: "a split that ignores the classes",
      hints: [
        "How many samples of each class went to validation?",
        "The right number overall, but not per class: the split must be made class by class.",
        "Split each class's indexes on their own, Math.round(share * n) of each.",
      ],
    },
  },
};

/** A result that should be a list of indexes. */
function indexes(result: Result): number[] {
  const { value } = result;
  if (!Array.isArray(value) || !value.every(Number.isInteger)) {
    throw mismatch(result, "be a list of indexes", describe(value));
  }
  return value;
}

export function check(module: Module, _context: Context): string[] {
  const split = yours(module, exercise.file, "stratifiedSplit");
  // 92 benign (0) and 8 malignant (1), mixed, and three classes.
  const tumours = Array.from({ length: 100 }, (_, i) => (i % 12 === 5 && i < 96 ? 1 : 0));
  const three = Array.from({ length: 30 }, (_, i) => [0, 0, 1, 2, 2, 2][i % 6]);
  const cases = [
    { targets: tumours, label: "targets", note: "  where targets: 92 zeros and 8 ones" },
    { targets: three, label: "targets", note: "  where targets: 10 zeros, 5 ones, 15 twos" },
  ];
  for (const { targets, label, note } of cases) {
    for (const share of [0.25, 0.2]) {
      const result = split(
        labeled(targets, label, note),
        share,
        labeled(seededRandom(3), "random"),
      );
      const validation = indexes(field(result, "validation", "{ validation, training }"));
      const training = indexes(field(result, "training", "{ validation, training }"));
      const all = [...validation, ...training].map(Number).sort((a, b) => a - b);
      if (all.length !== targets.length || all.some((x, i) => x !== i)) {
        throw mismatch(
          result,
          `hold every index 0 to ${targets.length - 1} exactly once`,
          "not so",
        );
      }
      for (const c of new Set(targets)) {
        const n = targets.filter((t) => t === c).length;
        const got = validation.filter((i) => targets[i] === c).length;
        const want = Math.round(share * n);
        if (got !== want) {
          const overall = validation.length ===
            [...new Set(targets)].reduce(
              (sum, k) => sum + Math.round(share * targets.filter((t) => t === k).length),
              0,
            );
          throw mismatch(
            result,
            `put ${want} of class ${c}'s ${n} samples in validation`,
            `${got}`,
            overall
              ? {
                mistake: "notStratified",
                says: "The total is right; the classes' shares are not.",
              }
              : undefined,
          );
        }
      }
    }
  }
  // The picks come from random(): two seeds give two different splits.
  const pick = (seed: number) => JSON.stringify(split(tumours, 0.25, seededRandom(seed)).value);
  if (pick(1) === pick(2)) {
    throw new NotDone([
      "stratifiedSplit(targets, 0.25, random) gave the same split for two seeds:",
      "  the samples should be picked with random()",
    ]);
  }

  const confusion = yours(module, exercise.file, "confusionMatrix");
  const predicted = [0, 1, 1, 0, 2, 1, 0];
  const actual = [0, 1, 0, 0, 2, 2, 1];
  const want = [[2, 1, 0], [1, 1, 0], [0, 1, 1]];
  const result = confusion(predicted, actual, 3);
  const text = JSON.stringify(result.value);
  if (text !== JSON.stringify(want)) {
    const transposed = JSON.stringify(want[0].map((_, j) => want.map((row) => row[j])));
    throw mismatch(
      result,
      `be ${JSON.stringify(want)}`,
      describe(result.value),
      text === transposed
        ? { mistake: "transposed", says: "That is the transpose: rows should be actual classes." }
        : undefined,
    );
  }
  return [];
}
