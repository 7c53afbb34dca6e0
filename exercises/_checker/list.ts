// The exercises, in order: each one's data and check, from the NN_name.check.ts beside it. The
// runner knows nothing else about them.

import * as e01 from "../01_prediction.check.ts";
import * as e02 from "../02_error.check.ts";
import * as e03 from "../03_gradients.check.ts";
import * as e04 from "../04_update.check.ts";
import * as e05 from "../05_numerical_gradient.check.ts";
import * as e06 from "../06_planted_bug.check.ts";
import * as e07 from "../07_batch_gradient.check.ts";
import * as e08 from "../08_train.check.ts";
import * as e09 from "../09_hidden_layer.check.ts";
import * as e10 from "../10_softmax.check.ts";
import * as e11 from "../11_autograd.check.ts";
import * as e12 from "../12_split.check.ts";
import * as e13 from "../13_threshold.check.ts";
import * as e14 from "../14_learning_rate.check.ts";
import type { Exercise } from "./exercise.ts";

export const exercises: readonly Exercise[] = [
  e01,
  e02,
  e03,
  e04,
  e05,
  e06,
  e07,
  e08,
  e09,
  e10,
  e11,
  e12,
  e13,
  e14,
]
  .map(({ exercise, check }) => ({ ...exercise, check }));

/** The exercise with this number. */
export function exercise(number: number): Exercise {
  return numbered(exercises, number);
}

function numbered<E extends Pick<Exercise, "number">>(list: readonly E[], number: number): E {
  const found = list.find((e) => e.number === number);
  if (!found) throw new RangeError(`No exercise ${number}`);
  return found;
}

/**
 * The exercises `number` builds on, directly or through others, in order. `list` is the
 * exercises, unless a test gives others.
 */
export function prerequisites(
  number: number,
  list: readonly Pick<Exercise, "number" | "uses">[] = exercises,
): number[] {
  const all = new Set<number>();
  const visit = (n: number) => {
    for (const used of numbered(list, n).uses) {
      visit(used);
      all.add(used);
    }
  };
  visit(number);
  return [...all].sort((a, b) => a - b);
}
