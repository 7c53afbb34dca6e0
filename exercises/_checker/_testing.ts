// What the checker's tests share: the solutions as modules, blanks and wrong answers as modules,
// and a runner that checks in process, so that the tests need no permission.

import * as blank01 from "../_blanks/01_prediction.ts";
import * as blank02 from "../_blanks/02_error.ts";
import * as blank03 from "../_blanks/03_gradients.ts";
import * as blank04 from "../_blanks/04_update.ts";
import * as blank05 from "../_blanks/05_numerical_gradient.ts";
import * as blank06 from "../_blanks/06_planted_bug.ts";
import * as blank07 from "../_blanks/07_batch_gradient.ts";
import * as blank08 from "../_blanks/08_train.ts";
import * as blank09 from "../_blanks/09_hidden_layer.ts";
import * as blank10 from "../_blanks/10_softmax.ts";
import * as blank11 from "../_blanks/11_autograd.ts";
import * as blank12 from "../_blanks/12_split.ts";
import * as blank13 from "../_blanks/13_threshold.ts";
import * as blank14 from "../_blanks/14_learning_rate.ts";
import { type Context, loadContext } from "./context.ts";
import { solutions } from "./solutions.ts";

export { solutions };
import type { Module } from "./exercise.ts";
import { exercise } from "./list.ts";
import { type Outcome, runCheck } from "./outcome.ts";
import type { Runner, RunnerOptions } from "./runner.ts";

/** The exercises as they ship, from exercises/_blanks/ (the same bytes as the files shipped). */
const blanks: Record<number, Module> = {
  1: blank01,
  2: blank02,
  3: blank03,
  4: blank04,
  5: blank05,
  6: blank06,
  7: blank07,
  8: blank08,
  9: blank09,
  10: blank10,
  11: blank11,
  12: blank12,
  13: blank13,
  14: blank14,
};

/** An exercise as it ships: its functions throw the TODO error. */
export function blank(number: number): Module {
  return blanks[number];
}

/** A solution with some of its functions replaced: a learner's mistake. */
export function mistaken(number: number, changes: Module): Module {
  return { ...solutions[number], ...changes };
}

export const context = loadContext();

/**
 * The outcomes of the solutions, kept for the test process: a solution is plain seeded code, so
 * its check on the same context gives the same outcome every time, and some checks train a
 * network with it (exercise 09's XOR, about 0.4 s). Each test gets its own copy.
 */
const solutionOutcomes = new Map<string, Promise<Outcome>>();

/** Runs exercise `number`'s check in process; a solution's outcome is computed once. */
function runInProcess(number: number, module: Module, on: Context): Promise<Outcome> {
  const run = () => runCheck(exercise(number), () => Promise.resolve(module), on);
  if (module !== solutions[number]) return run();
  const key = JSON.stringify([number, on]);
  if (!solutionOutcomes.has(key)) solutionOutcomes.set(key, run());
  return solutionOutcomes.get(key)!.then((outcome) => structuredClone(outcome));
}

/** Checks exercise `number` on `module` in process. */
export function check(number: number, module: Module): Promise<Outcome> {
  return runInProcess(number, module, context);
}

/** The lines of a check's complaint, or the outcome if it is not "not done". */
export async function complaint(number: number, module: Module): Promise<string[] | Outcome> {
  const outcome = await check(number, module);
  return outcome.status === "not done" ? outcome.problem : outcome;
}

/**
 * A runner that checks in process: `modules` maps each exercise number to the learner's module,
 * a blank where missing. `checked` records the numbers in the order they were checked.
 */
export function inProcess(modules: Record<number, Module> = {}) {
  const checked: number[] = [];
  const makeRunner = (options: RunnerOptions): Runner => (number) => {
    checked.push(number);
    const module = modules[number] ?? blank(number);
    return runInProcess(number, module, options.context);
  };
  return { makeRunner, checked };
}
