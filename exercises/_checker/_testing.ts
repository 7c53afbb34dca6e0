// What the checker's tests share: the solutions as modules, blanks and wrong answers as modules,
// and a runner that checks in process, so that the tests need no permission.

import * as dot from "../solutions/01_dot.ts";
import * as sigmoid from "../solutions/02_sigmoid.ts";
import * as prediction from "../solutions/03_prediction.ts";
import * as error from "../solutions/04_error.ts";
import * as derivative from "../solutions/05_derivative.ts";
import * as gradients from "../solutions/06_gradients.ts";
import * as update from "../solutions/07_update.ts";
import * as train from "../solutions/08_train.ts";
import * as hiddenLayer from "../solutions/09_hidden_layer.ts";
import { exercise, type Module } from "./catalog.ts";
import { loadContext } from "./context.ts";
import { type Outcome, runCheck } from "./outcome.ts";
import type { Runner, RunnerOptions } from "./runner.ts";

/** The solutions, by exercise number. */
export const solutions: Record<number, Module> = {
  1: dot,
  2: sigmoid,
  3: prediction,
  4: error,
  5: derivative,
  6: gradients,
  7: update,
  8: train,
  9: hiddenLayer,
};

/** An exercise as it ships: its function throws the TODO error. */
export function blank(number: number): Module {
  return {
    [exercise(number).name]: () => {
      throw new Error(`TODO: exercise ${number}`);
    },
  };
}

export const context = loadContext();

/** Checks exercise `number` on `module` in process. */
export function check(number: number, module: Module): Promise<Outcome> {
  return runCheck(exercise(number), () => Promise.resolve(module), context);
}

/** The first lines of a check's complaint, or the outcome if it is not "not done". */
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
    return runCheck(exercise(number), () => Promise.resolve(module), options.context);
  };
  return { makeRunner, checked };
}
