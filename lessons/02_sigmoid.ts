// Lesson 02: the sigmoid.
//
// A weighted sum can be any number, but our answer is a class, 0 or 1. The sigmoid squeezes
// any number into the range (0, 1):
//
//     sigmoid(x) = 1 / (1 + e^(-x))
//     TeX: \operatorname{sigmoid}(x) = \frac{1}{1 + e^{-x}}
//
// Its output is the model's estimate of the probability that the input belongs to class 1. An
// outcome with two possible values follows a Bernoulli distribution, whose one parameter is the
// chance of a 1: the sigmoid is how the network estimates that parameter.
//
// In the lib: lib/sigmoid.ts
//
// Run it: deno run lessons/02_sigmoid.ts

import { formatNumber } from "../lib/format_array.ts";
import { DECISION_THRESHOLD, predictedClass } from "../lib/predicted_class.ts";
import { sigmoid } from "../lib/sigmoid.ts";
import { sigmoidDerivative } from "../lib/sigmoid_derivative.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ x }: FlagValues<typeof spec.flags>, io: Io): void {
  io.log("sigmoid(x) = 1 / (1 + e^(-x))");
  io.log("");

  // A small table from -10 to 10: large negative inputs go to 0, large positive ones to 1,
  // and 0 gives 0.5. The slope is the derivative, which lesson 06 uses.
  const inputs = [-10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10];
  io.log("     x | sigmoid(x)     | class       | slope sigmoid'(x)");
  io.log("-------+----------------+-------------+------------------");
  for (const input of inputs) {
    const probability = sigmoid(input);
    const predicted = probability === DECISION_THRESHOLD
      ? "on the line"
      : String(predictedClass(probability));
    io.log(
      `${String(input).padStart(6)} | ${formatNumber(probability).padEnd(14)} | ` +
        `${predicted.padEnd(11)} | ${formatNumber(sigmoidDerivative(input))}`,
    );
  }
  io.log("");

  // In exact arithmetic the output never reaches 0 or 1. Floating point has a limit.
  // Why the ends are reached: rounding at 1, overflow at 0 (numbers computed, not typed).
  const tiny = Math.exp(-37).toExponential(1);
  const spacing = Number.EPSILON.toExponential(1);
  io.log("Range: in exact arithmetic every output lies strictly in (0, 1). In floating");
  io.log(`point sigmoid(37) is exactly 1: 1 + e^-37 = 1 + ${tiny} rounds to 1, since`);
  io.log(`doubles near 1 are ${spacing} apart. sigmoid(-710) is exactly 0 for another`);
  io.log(`reason: e^710 overflows to ${Math.exp(710)}, and 1 / (1 + Infinity) = 0.`);
  io.log(
    `Decision rule: above ${DECISION_THRESHOLD} we say class 1, below ${DECISION_THRESHOLD} ` +
      "class 0;",
  );
  io.log(`sigmoid(0) = ${sigmoid(0)} sits on the line.`);
  io.log("Why it fits: with two outcomes, 0 or 1, the target follows a Bernoulli");
  io.log("distribution; the sigmoid's output is the model's estimate of its parameter,");
  io.log("P(class 1 | x).");
  io.log("");

  // The slope: sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)), at most 0.25 (at x = 0).
  io.log("The slope sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)) is at most 0.25, at x = 0.");
  io.log("Past about |x| = 5 the curve is almost flat (saturated): its slope is near 0, so");
  io.log("a change there barely moves the output. Lesson 06 shows why that slows learning.");

  if (x !== undefined) {
    io.log("");
    const output = sigmoid(x);
    const slope = sigmoidDerivative(x);
    // 0 and 1 print plainly here: in floating point they are exact.
    const shown = (value: number) => value === 0 || value === 1 ? `${value}` : formatNumber(value);
    const exact = output === 0 || output === 1 ? " exactly, in floating point" : "";
    io.log(`sigmoid(${x}) = ${shown(output)}${exact}; its slope is ${shown(slope)}`);
    // The true slope, e^-|x| / (1 + e^-|x|)^2, computed without the cancellation in 1 - s.
    const far = Math.exp(-Math.abs(x));
    const trueSlope = far / (1 + far) ** 2;
    if (slope === 0 && trueSlope > 0) {
      const why = output === 1
        ? "1 - sigmoid(x) cancels to 0, since sigmoid(x) rounded to 1"
        : "sigmoid(x) itself is 0, since e^-x overflowed";
      io.log(`The true slope is ${trueSlope.toExponential(2)}, not 0: in s * (1 - s),`);
      io.log(`${why}. The curve is flat, not level.`);
    }
  }
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 02: the sigmoid, which squashes any number into (0, 1).",
  flags: {
    x: flag.number(undefined, "Also print sigmoid(X) and its slope", {
      min: -1000,
      max: 1000,
      value: "X",
    }),
  },
  examples: ["deno run lessons/02_sigmoid.ts --x 37"],
  experiments: [{
    command: "deno run lessons/02_sigmoid.ts --x 37",
    question: "Far out on the flat end: what will sigmoid(37) and its slope print?",
    answer: "1 exactly, and a slope of 0. e^-37 (about 8.5e-17) is below the spacing of " +
      "floating-point numbers near 1, so 1 / (1 + e^-37) rounds to 1, and the slope " +
      "s (1 - s) cancels to 0, although its true value is about 8.5e-17.",
  }],
  exercise: {
    task: "write the prediction, the sigmoid included",
    file: "exercises/01_prediction.ts",
  },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
