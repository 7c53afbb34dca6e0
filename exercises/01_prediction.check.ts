// The check of exercise 01: the tutorial's numbers first, then properties that any right
// answer has. Every expected value comes from the tutorial or from lib/, never from a solution.

import { makePrediction } from "../lib/make_prediction.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectNumber, expectValue, mismatch, showNumber, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 1,
  file: "01_prediction.ts",
  title: "a prediction",
  names: ["dot", "sigmoid", "makePrediction"],
  lesson: "lessons/03_predict.ts",
  uses: [],
  hints: [
    "Which of the three functions gave the wrong value, and what does it receive?",
    "dot multiplies pair by pair and adds; sigmoid is 1/2 at 0 and mirrors: sigmoid(-x) is " +
    "1 - sigmoid(x); the prediction squeezes dot(input, weights) + bias.",
    "dot: sum of a[i] * b[i]; sigmoid(x) = 1 / (1 + Math.exp(-x)); makePrediction = " +
    "sigmoid(dot(input, weights) + bias).",
  ],
  mistakes: {
    pastTheEnd: {
      name: "reading past the end of an array",
      hints: [
        "How many times does your loop run for vectors of length 2, and what is a[2]?",
        "a[a.length] is undefined, and undefined * 1.26 is NaN: one NaN makes the whole sum NaN.",
        "Loop for (let i = 0; i < a.length; i++), with <, not <=.",
      ],
    },
    exponentSign: {
      name: "the exponent's sign",
      hints: [
        "Your value plus the expected one make 1: what does that say about the exponent?",
        "Your sigmoid gives 1 - sigmoid(x), which is sigmoid(-x): the exponent has the wrong " +
        "sign.",
        "sigmoid(x) = 1 / (1 + Math.exp(-x)): e to the minus x.",
      ],
    },
    overflow: {
      name: "an overflow in exp(x)",
      hints: [
        "What is Math.exp(1000) in a float, and what is Infinity / Infinity?",
        "Math.exp(1000) is Infinity, so exp(x) / (1 + exp(x)) is Infinity / Infinity, NaN, though " +
        "the sigmoid is 1 there.",
        "Write it so that the exponent is never large and positive when x is: " +
        "1 / (1 + Math.exp(-x)).",
      ],
    },
  },
};

export function check(module: Module, _context: Context): string[] {
  const file = exercise.file;
  const dot = yours(module, file, "dot");
  const pastTheEnd = {
    value: NaN,
    mistake: "pastTheEnd",
    says: "A NaN from a sum of products: does the loop read past the end of an array?",
  };
  expectValue(dot([1.72, 1.23], [1.26, 0]), "2.1672", [pastTheEnd]);
  // The tutorial prints 4.1259, cut short; the value is 4.126 (lesson 01's erratum).
  expectValue(dot([1.72, 1.23], [2.17, 0.32]), "4.126", [pastTheEnd]);
  // Any length, not only two.
  expectValue(dot([1, 2, 3], [4, 5, 6]), 32, [pastTheEnd]);
  expectValue(dot([3], [4]), 12, [pastTheEnd]);

  const sigmoid = yours(module, file, "sigmoid");
  expectValue(sigmoid(0), "0.5");
  // Layer 1 of the tutorial's two predictions: 1.3774 for [1.66, 1.56], 1.91 for [2, 1.5].
  for (const [x, expected] of [[1.3774, 0.7985731], [1.91, 0.87101915]]) {
    expectValue(sigmoid(x), showNumber(expected), [{
      value: 1 / (1 + Math.exp(x)),
      mistake: "exponentSign",
      says: `That is 1 - ${showNumber(expected)}: the sigmoid of -${x}.`,
    }]);
  }
  // Properties: it stays in (0, 1) and rises; far out it reaches 1 and 0 without a NaN.
  let previous: { x: number; value: number } | undefined;
  for (const x of [-30, -10, -5, -2.5, -1, -0.5, 0.5, 1, 2.5, 5, 10, 30]) {
    const result = sigmoid(x);
    const value = expectNumber(result);
    if (!(value > 0 && value < 1)) {
      throw mismatch(result, "be between 0 and 1 (never 0 or 1 itself)", String(value));
    }
    if (previous && !(value > previous.value)) {
      const should = `be above sigmoid(${previous.x}) = ${showNumber(previous.value)}`;
      throw mismatch(result, `${should}: the sigmoid rises`, showNumber(value));
    }
    previous = { x, value };
  }
  const overflow = {
    value: NaN,
    mistake: "overflow",
    says: "Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
  };
  expectValue(sigmoid(1000), 1, [overflow]);
  expectValue(sigmoid(-1000), 0, [{ ...overflow, says: overflow.says.replace("1000", "-1000") }]);

  const predict = yours(module, file, "makePrediction");
  const weights = [1.45, -0.66];
  expectValue(predict([1.66, 1.56], weights, 0), "0.7985731");
  expectValue(predict([2, 1.5], weights, 0), "0.87101915");
  // The tutorial's bias is 0; others show whether it is added.
  expectValue(predict([2, 1.5], weights, 1), makePrediction([2, 1.5], weights, 1));
  expectValue(predict([2, 1.5], weights, -3), makePrediction([2, 1.5], weights, -3));
  expectValue(
    predict([1, 2, 3], [0.1, 0.2, 0.3], -1),
    makePrediction([1, 2, 3], [0.1, 0.2, 0.3], -1),
  );
  return [];
}
