// The check of exercise 10: lib's softmax's numbers, the sums that overflow a naive softmax, then
// the gradient against finite differences of the cross-entropy.

import { formatArray } from "../lib/format_array.ts";
import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { softmax } from "../lib/layers/softmax.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { expectClose, expectVector, item, mismatch, yours } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 10,
  file: "10_softmax.ts",
  title: "the softmax",
  names: ["softmax", "crossEntropyGradient"],
  lesson: "lessons/12_digits.ts",
  uses: [],
  hints: [
    "Do your probabilities add up to 1? Does the gradient add up to 0?",
    "Each probability is e^sum divided by the total of the e^sums; the gradient of -log p_t " +
    "along sum k is p_k, less 1 when k is the target.",
    "softmax: exps = sums.map((s) => Math.exp(s - max)), then exps / their total; gradient: " +
    "softmax(sums)[k] - (k === target ? 1 : 0).",
  ],
  mistakes: {
    overflow: {
      name: "an overflow in e^sum",
      hints: [
        "What is Math.exp(1000)? And Infinity / Infinity?",
        "e^1000 overflows to Infinity, and Infinity / Infinity is NaN, though the shares are " +
        "perfectly defined.",
        "Subtract the largest sum from every sum before Math.exp: the shares stay the same.",
      ],
    },
    oneHotMissing: {
      name: "the right class's -1 missing",
      hints: [
        "Which way should the right class's sum move to lower the error?",
        "Your gradient is the probabilities alone: it lowers every sum, the right one too.",
        "softmax(sums)[k] - 1 at k === target, softmax(sums)[k] elsewhere.",
      ],
    },
  },
};

export function check(module: Module, _context: Context): string[] {
  const mine = yours(module, exercise.file, "softmax");
  for (const sums of [[1, 2, 3], [0, 0], [-1, 0.5, 2, 0]]) {
    expectVector(mine(sums), softmax(sums), "probabilities");
  }
  const big = mine([1000, 0]);
  const probabilities = big.value;
  if (Array.isArray(probabilities) && probabilities.some(Number.isNaN)) {
    throw mismatch(big, "be [1. 0.]", formatArray(probabilities), {
      mistake: "overflow",
      says: "Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
    });
  }
  expectVector(big, softmax([1000, 0]), "probabilities");

  const gradient = yours(module, exercise.file, "crossEntropyGradient");
  for (const [sums, target] of [[[1, 2, 3], 2], [[1, 2, 3], 0], [[0.5, -1], 1]] as const) {
    const slopes = numericalGradient((s) => -Math.log(softmax(s)[target]), sums);
    const result = gradient([...sums], target);
    const p = softmax(sums);
    slopes.forEach((slope, k) => {
      expectClose(
        item(result, k, sums.length, "slopes"),
        slope,
        1e-6,
        "by finite differences",
        [
          {
            value: k === target ? p[k] : NaN,
            mistake: "oneHotMissing",
            says: "That is the probability alone: the right class's -1 is missing.",
          },
        ].filter((d) => !Number.isNaN(d.value)),
      );
    });
  }
  return [];
}
