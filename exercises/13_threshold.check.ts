// The check of exercise 13: accuracies counted by hand, a prediction exactly at the threshold,
// then thresholds chosen on cases whose best threshold is known, ties included.

import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectValue, labeled, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 13,
  file: "13_threshold.ts",
  title: "a threshold chosen on validation",
  names: ["accuracy", "chooseThreshold"],
  lesson: "lessons/11_diagnosis.ts",
  uses: [],
  hints: [
    "Is a prediction equal to the threshold class 1? Which threshold wins a tie?",
    "accuracy counts p >= threshold as class 1; chooseThreshold tries all 101 thresholds and " +
    "keeps the best, the nearest to 0.5 on a tie, the lower of two equally near.",
    "Sort the grid k / 100 by Math.abs(t - 0.5), then by t, and keep the first with the " +
    "highest accuracy.",
  ],
  mistakes: {
    strict: {
      name: "a prediction at the threshold counted as class 0",
      hints: [
        "Which class is a prediction of exactly the threshold?",
        "Your accuracy uses p > threshold: a prediction at the threshold counts as class 0.",
        "(p >= threshold ? 1 : 0) === target.",
      ],
    },
  },
};

export function check(module: Module, _context: Context): string[] {
  const accuracy = yours(module, exercise.file, "accuracy");
  expectValue(accuracy([0.2, 0.7, 0.4, 0.9], [0, 1, 1, 1], 0.5), 0.75);
  expectValue(accuracy([0.2, 0.7, 0.4, 0.9], [0, 1, 1, 1], 0.3), 1);
  expectValue(accuracy([0.5, 0.49], [1, 0], 0.5), 1, [{
    value: 0.5,
    mistake: "strict",
    says: "That counts 0.5 at the threshold 0.5 as class 0: it is class 1.",
  }]);

  const choose = yours(module, exercise.file, "chooseThreshold");
  // A network biased low: its class-1 predictions lie between 0.3 and 0.45.
  const low = [0.1, 0.2, 0.25, 0.31, 0.35, 0.42, 0.44, 0.15];
  const lowTargets = [0, 0, 0, 1, 1, 1, 1, 0];
  const note = "  where predictions = [0.1, 0.2, 0.25, 0.31, 0.35, 0.42, 0.44, 0.15]";
  expectValue(choose(labeled(low, "predictions", note), lowTargets), 0.31);
  // Every threshold from 0.21 to 0.8 is perfect: 0.5 itself is nearest.
  expectValue(choose([0.2, 0.8, 0.1, 0.9], [0, 1, 0, 1]), 0.5);
  // Perfect from 0.61 to 0.7 only: the one nearest 0.5 is 0.61.
  expectValue(choose([0.6, 0.7, 0.3, 0.9], [0, 1, 0, 1]), 0.61);
  // A tie between 0.4 and 0.6, equally near: the lower.
  expectValue(choose([0.4, 0.6, 0.59, 0.39], [1, 1, 0, 0]), 0.4);
  return [];
}
