// The check of exercise 05: with a given step h, central differences' own numbers exactly; with
// the default step, a slope known by hand; and the caller's parameters stay as they were.

import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { attempt, expectClose, item, labeled, mismatch, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 5,
  file: "05_numerical_gradient.ts",
  title: "the numerical gradient",
  names: ["numericalGradient"],
  lesson: "lessons/09_gradient_check.ts",
  uses: [],
  hints: [
    "What does f do when you move one parameter a little, the others held still?",
    "The slope along parameter i is the change of f divided by the change of that parameter.",
    "(f(p with p[i] + h) - f(p with p[i] - h)) / (2 * h), putting p[i] back after each.",
  ],
  mistakes: {
    oneSided: {
      name: "a one-sided difference",
      hints: [
        "Where between p and p + h does (f(p + h) - f(p)) / h measure the slope?",
        "Your slope is (f(p + h) - f(p)) / h, the slope at about p + h/2: off by about h/2 " +
        "times the curvature.",
        "Central differences: (f(p + h) - f(p - h)) / (2 * h).",
      ],
    },
    notRestored: {
      name: "a nudge left in place",
      hints: [
        "After nudging parameter 0, what value does parameter 0 have while you nudge parameter 1?",
        "Parameter 1's slope was taken with parameter 0 still nudged: the nudge was not undone.",
        "Put p[i] back to its value before moving on to p[i + 1] (or nudge a copy).",
      ],
    },
  },
};

/** Central differences with step h: the learner's numbers agree with these to rounding. */
function central(f: (p: number[]) => number, p: readonly number[], h: number): number[] {
  return p.map((_, i) => {
    const up = p.slice();
    const down = p.slice();
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

export function check(module: Module, _context: Context): string[] {
  const numerical = yours(module, exercise.file, "numericalGradient");
  const square = labeled(([x]: number[]) => x * x, "([x]) => x * x");
  const cube = ([x, y]: number[]) => x ** 3 + x * y ** 2;
  const cubic = labeled(cube, "([x, y]) => x ** 3 + x * y ** 2");

  // With a coarse step, central differences' own numbers: a one-sided difference is far off.
  const p = [1, 2];
  const h = 0.1;
  const result = numerical(cubic, p, h);
  const want = central(cube, p, h);
  const oneSided = p.map((_, i) => {
    const up = p.slice();
    up[i] += h;
    return (cube(up) - cube(p)) / h;
  });
  // Parameter 1 with parameter 0 still at 1 + h (nudged up, never put back): (f(1.1, 2.1) -
  // f(1.1, 1.9)) / 0.2, or with parameter 0 left at 1 - h.
  const leftUp = (cube([1 + h, 2 + h]) - cube([1 + h, 2 - h])) / (2 * h);
  const leftDown = (cube([1 - h, 2 + h]) - cube([1 - h, 2 - h])) / (2 * h);
  const what = `central differences with h = ${h}`;
  want.forEach((slope, i) => {
    expectClose(item(result, i, 2, "slopes"), slope, 1e-9, what, [
      {
        value: oneSided[i],
        mistake: "oneSided",
        says: "That is (f(p + h) - f(p)) / h, a one-sided difference.",
      },
      ...(i === 1 ? [leftUp, leftDown] : []).map((value) => ({
        value,
        mistake: "notRestored",
        says: "That is the slope with parameter 0 still nudged: the nudge was not undone.",
      })),
    ]);
  });
  // With the default step h, a slope known by hand.
  expectClose(item(numerical(square, [3]), 0, 1, "slopes"), 6, 1e-6, "2x at 3");

  // The caller's list stays as it was.
  const parameters = [1, 2];
  // yours() copies arguments; call the learner's function on our list directly to see it.
  const fn = module.numericalGradient as (f: unknown, p: number[], h: number) => unknown;
  attempt(`numericalGradient(f, p, ${h})`, () => fn(cube, parameters, h));
  if (parameters[0] !== 1 || parameters[1] !== 2) {
    throw mismatch(
      { subject: `numericalGradient(f, p, ${h})`, value: parameters, notes: [] },
      "leave p as [1, 2]",
      `[${parameters.join(", ")}]`,
    );
  }
  return [];
}
