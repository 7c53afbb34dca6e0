// The check of exercise 06: the learner's gradient check first (against lib's numerical
// gradient of the learner's own tanhGradients), then the fix: tanhGradients against finite
// differences of tanhError.

import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { formatArray } from "../lib/format_array.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import {
  expectClose,
  expectNumber,
  field,
  item,
  labeled,
  MESSAGE_WIDTH,
  mismatch,
  wrap,
  yours,
} from "./_checker/expect.ts";
import { GRADIENT_TOLERANCE, NETWORK_SHAPE, type Neuron } from "./_checker/neurons.ts";

export const exercise: ExerciseInfo = {
  number: 6,
  file: "06_planted_bug.ts",
  title: "a planted bug",
  names: ["gradientCheck", "tanhGradients"],
  lesson: "lessons/09_gradient_check.ts",
  uses: [1, 5],
  hints: [
    "Which parameters does your gradient check blame, and which does it clear?",
    "The bias's gradient is right and every weight's is wrong: the bug is in the one link that " +
    "only the weights use.",
    "How does layer1 = dot(input, weights) + bias change with weights[i]? By input[i]: " +
    "dlayer1Dweights = input.",
  ],
  mistakes: {
    bugStillThere: {
      name: "the planted bug, still there",
      hints: [
        "Your check works: now, which line of tanhGradients do only the weights' gradients use?",
        "The weights' gradients are delta times the weights themselves; layer 1's slope along " +
        "weight i is not weight i.",
        "dlayer1Dweights = input, not network.weights.",
      ],
    },
  },
};

const tanhError =
  (input: readonly number[], target: number) => ([bias, ...weights]: readonly number[]) =>
    (Math.tanh(input.reduce((sum, x, i) => sum + x * weights[i], bias)) - target) ** 2;

/** The planted bug's gradients: the weights in place of the input. */
function planted(network: Neuron, input: readonly number[], target: number): number[] {
  const layer1 = input.reduce((sum, x, i) => sum + x * network.weights[i], network.bias);
  const prediction = Math.tanh(layer1);
  const delta = 2 * (prediction - target) * (1 - prediction ** 2);
  return [delta, ...network.weights.map((w) => delta * w)];
}

export function check(module: Module, _context: Context): string[] {
  const gradientCheck = yours(module, exercise.file, "gradientCheck");
  const tanhGradients = yours(module, exercise.file, "tanhGradients");
  const network = { weights: [0.4, -0.7], bias: 0.1 };
  const input = [1.5, 0.5];
  const target = 0.3;
  const shown = labeled(
    network,
    "network",
    "  where network = { weights: [0.4, -0.7], bias: 0.1 }",
  );

  // The learner's check, against the same check done with lib's numerical gradient on the
  // learner's own tanhGradients (buggy or fixed).
  const result = gradientCheck(shown, input, target);
  const theirs = tanhGradients(network, input, target);
  const theirWeights = field(theirs, "weights", NETWORK_SHAPE);
  const analytic = [
    expectNumber(field(theirs, "bias", NETWORK_SHAPE)),
    ...[0, 1].map((i) => expectNumber(item(theirWeights, i, 2, "weight gradients"))),
  ];
  const numerical = numericalGradient(tanhError(input, target), [network.bias, ...network.weights]);
  const expected = analytic.map((a, k) => {
    const scale = Math.max(Math.abs(a), Math.abs(numerical[k]));
    return scale === 0 ? 0 : Math.abs(a - numerical[k]) / scale;
  });
  expected.forEach((e, k) => {
    // A right gradient's relative error is rounding, about 1e-10: any tiny number will do.
    const value = item(result, k, 3, "relative errors (bias, then each weight)");
    if (e < 1e-6) {
      if (!(typeof value.value === "number" && value.value >= 0 && value.value < 1e-6)) {
        throw mismatch(
          value,
          "be below 1e-6 (that parameter's gradient is right)",
          String(value.value),
        );
      }
    } else expectClose(value, e, 1e-3, "relative error against the numerical gradient");
  });

  // The fix: every gradient against finite differences.
  const fixed = tanhGradients(shown, input, target);
  const bugged = planted(network, input, target);
  const says = `Your gradient check says ${formatArray(result.value as number[])} for ` +
    "[bias, ...weights]: the planted bug is still there.";
  const slopes = numericalGradient(tanhError(input, target), [network.bias, ...network.weights]);
  const what = "by finite differences";
  expectClose(field(fixed, "bias", NETWORK_SHAPE), slopes[0], GRADIENT_TOLERANCE, what);
  const weights = field(fixed, "weights", NETWORK_SHAPE);
  slopes.slice(1).forEach((slope, i) => {
    expectClose(item(weights, i, 2, "weight gradients"), slope, GRADIENT_TOLERANCE, what, [
      { value: bugged[i + 1], mistake: "bugStillThere", says },
    ]);
  });
  return wrap(
    "Your gradient check finds every relative error below 1e-6: " +
      `${formatArray(gradientCheck(shown, input, target).value as number[])}.`,
    "",
    MESSAGE_WIDTH,
  );
}
