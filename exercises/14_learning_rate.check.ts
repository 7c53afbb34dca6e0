// The check of exercise 14: the true answer, computed by training lesson 08's network (its seed,
// data and iterations) at every rate of the grid the exercise asks about, and the learner's
// number within half a grid step of it.

import { formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectNumber, mismatch, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 14,
  file: "14_learning_rate.ts",
  title: "an experiment: the learning rate",
  names: ["largestLearningRate"],
  lesson: "lessons/16_learning_rates.ts",
  uses: [],
  hints: [
    "Did you run lesson 08 at your rate and at the next one up the grid?",
    "The answer is the last rate of the grid whose run ends below 2.0, with every larger " +
    "rate of the grid ending at 2.0 or above.",
    "Run deno run lessons/08_train.ts --learning-rate R for R from 0.1 upwards in steps of " +
    "0.01 and note where the last error first stays at 2.0 or more.",
  ],
  mistakes: {
    tooLarge: {
      name: "a rate that ends at 2.0 or above",
      hints: [
        "What last error does lesson 08 print at your rate?",
        "At your rate the last cumulative error is not below 2.0.",
        "Go down the grid, 0.01 at a time, until the last error is below 2.0.",
      ],
    },
    notTheLargest: {
      name: "not the largest",
      hints: [
        "Does a larger rate of the grid end below 2.0 too?",
        "Your rate works, but a larger one of the grid still ends below 2.0.",
        "Go up the grid, 0.01 at a time, to the last rate whose error stays below 2.0.",
      ],
    },
  },
};

/** The grid the exercise asks about: 0.01 to 1.00 in steps of 0.01. */
const STEP = 0.01;
const grid = Array.from({ length: 100 }, (_, k) => Number(((k + 1) * STEP).toFixed(2)));

/**
 * Lesson 08's runs, kept for the process: a key of the setup and the rate, and the last error.
 * Training is seeded, so the same setup at the same rate ends at the same error; the grid's 100
 * runs take about 0.3 s, paid once per process (the checker's worker checks once; the tests check
 * many answers in one process).
 */
const lastErrors = new Map<string, number>();

/** Lesson 08's last cumulative error at learning rate `rate`, Infinity if it diverges. */
function lastError(context: Context, rate: number): number {
  const { inputs, targets, iterations, seed } = context.tutorial;
  const key = JSON.stringify([inputs, targets, iterations, seed, rate]);
  let error = lastErrors.get(key);
  if (error === undefined) {
    error = train(context, rate);
    lastErrors.set(key, error);
  }
  return error;
}

/** Lesson 08's training at learning rate `rate`: its last cumulative error, or Infinity. */
function train(context: Context, rate: number): number {
  const { inputs, targets, iterations, seed } = context.tutorial;
  const network = new NeuralNetwork({ learningRate: rate, random: seededRandom(seed) });
  try {
    return network.train(inputs, targets, iterations).at(-1)!;
  } catch (error) {
    if (error instanceof RangeError) return Infinity;
    throw error;
  }
}

export function check(module: Module, context: Context): string[] {
  const answer = yours(module, exercise.file, "largestLearningRate");
  const value = expectNumber(answer());
  const below = grid.filter((rate) => lastError(context, rate) < 2);
  const truth = below.at(-1)!;
  // Half a grid step either way is the same grid point: 0.27 and 0.2701 are one answer.
  const next = Number((truth + STEP).toFixed(2));
  if (Math.abs(value - truth) <= STEP / 2 + 1e-12) {
    return [
      `Right: ${truth}. Lesson 08 ends at ${formatNumber(lastError(context, truth))} there and ` +
      `at ${formatNumber(lastError(context, next))} at ${next.toFixed(2)}.`,
    ];
  }
  const at = lastError(context, value);
  if (!(at < 2)) {
    throw mismatch(answer(), "be a rate at which lesson 08 ends below 2.0", String(value), {
      mistake: "tooLarge",
      says: `Lesson 08 at learning rate ${value} ends at ${formatNumber(at)}, not below 2.0.`,
    });
  }
  throw mismatch(answer(), "be the largest such rate on the grid", String(value), {
    mistake: "notTheLargest",
    says: `Lesson 08 at ${value} ends at ${formatNumber(at)}, below 2.0; a larger rate of the ` +
      "grid does too.",
  });
}
