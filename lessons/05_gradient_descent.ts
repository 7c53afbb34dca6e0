// Lesson 05: gradient descent by hand.
//
// To shrink the error we need to know which way to move the weights. The derivative of the
// error with respect to the prediction says how the error changes when the prediction changes:
//
//     d/dprediction (prediction - target)^2 = 2 * (prediction - target)
//     TeX: \frac{d}{d\,\mathit{prediction}} (\mathit{prediction} - \mathit{target})^2
//     TeX: = 2 \, (\mathit{prediction} - \mathit{target})
//
// That is not yet the gradient of each weight, which lesson 06 derives with the chain rule. The
// tutorial takes a shortcut: it subtracts this one number from both weights. Here that moves the
// prediction the right way, because both inputs and the sigmoid's slope are positive. The rule
// that always holds: step each parameter against the sign of its own gradient.
//
// Run it: deno run lessons/05_gradient_descent.ts

import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { squaredError } from "../lib/squared_error.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ learningRate }: FlagValues<typeof spec.flags>, io: Io): void {
  // The second sample of lesson 03, and the same weights and bias.
  const inputVector = [2, 1.5];
  const target = 0;
  const weights1 = [1.45, -0.66];
  const bias = 0.0;
  const prediction = makePrediction(inputVector, weights1, bias);
  io.log(
    `Input vector: [${inputVector.join(", ")}], target: ${target}; ` +
      `weights_1 = [${weights1.join(", ")}], bias = ${bias}`,
  );
  io.log(`Prediction: ${formatArray([prediction])}`);

  const derivative = 2 * (prediction - target);
  io.log("derror_dprediction = 2 * (prediction - target):");
  io.log(`The derivative is ${formatArray([derivative])}`);
  io.log("It is positive: a lower prediction means a lower error.");
  io.log("");

  // The tutorial's shortcut: subtract the derivative (times the learning rate) from each weight.
  const step = learningRate * derivative;
  const updatedWeights = weights1.map((weight) => weight - step);
  io.log(
    learningRate === 1
      ? "The shortcut: subtract it from both weights, weights_1 - derivative:"
      : `The shortcut with a learning rate: weights_1 - ${learningRate} * derivative:`,
  );
  io.log(`Updated weights_1: ${formatArray(updatedWeights)}`);
  const newPrediction = makePrediction(inputVector, updatedWeights, bias);
  const error = squaredError(newPrediction, target);
  io.log(`Prediction: ${formatArray([newPrediction])}; Error: ${formatArray([error])}`);
  io.log(
    `The error went from ${formatArray([squaredError(prediction, target)])} to ` +
      `${formatArray([error])} in one step.`,
  );
  io.log("");

  // Why the shortcut worked, and what it skipped.
  io.log("1.742 is how the error changes with the prediction, not with each weight. The");
  io.log("true gradients are [0.39141786, 0.29356339] for the weights and 0.19570893 for");
  io.log("the bias (lesson 06), which the shortcut leaves alone. Subtracting 1.742 worked");
  io.log("because both inputs and the sigmoid's slope are positive, so each weight's true");
  io.log("gradient has the same sign. Always step against the sign of the gradient.");
  io.log("");

  // A learning rate alpha scales the step; typical values are 0.1, 0.01 and 0.001.
  io.log("With a learning rate alpha, the step is alpha * derivative:");
  io.log("  alpha | weights_1                 | prediction   | error");
  for (const alpha of [0.1, 0.01, 0.001]) {
    const weights = weights1.map((weight) => weight - alpha * derivative);
    const p = makePrediction(inputVector, weights, bias);
    io.log(
      `  ${String(alpha).padEnd(5)} | ${formatArray(weights).padEnd(25)} | ` +
        `${formatArray([p]).padEnd(12)} | ${formatArray([squaredError(p, target)])}`,
    );
  }
  io.log("");

  // One huge step for one sample can break another sample: overshooting.
  const otherInput = [1.66, 1.56];
  const otherTarget = 1;
  const before = makePrediction(otherInput, weights1, bias);
  const after = makePrediction(otherInput, updatedWeights, bias);
  const judged = (p: number) =>
    `class ${predictedClass(p)}, ${predictedClass(p) === otherTarget ? "correct" : "wrong"}`;
  io.log(`The other sample [${otherInput.join(", ")}] (target ${otherTarget}): its prediction`);
  io.log(
    `goes from ${formatArray([before])} (${judged(before)}) to ${formatArray([after])} ` +
      `(${judged(after)}).`,
  );
  // What training lowers is the error over all the samples: here the sum over both.
  const bothBefore = squaredError(prediction, target) + squaredError(before, otherTarget);
  const bothAfter = error + squaredError(after, otherTarget);
  const rose = bothAfter > bothBefore;
  paragraph(
    io,
    `The error over both samples, the sum of their squared errors, ${rose ? "rose" : "fell"} ` +
      `from ${bothBefore.toFixed(2)} to ${bothAfter.toFixed(2)}.`,
  );
  if (rose) {
    paragraph(
      io,
      "The tutorial calls this overfitting. It is overshooting: what training lowers is the " +
        "error over all the samples, and this step, so large that it fixed one sample, went " +
        "past that error's lowest point on its way and raised it. Overfitting is something " +
        "else: doing well on the training data but poorly on data not seen (lesson 11 keeps a test set).",
    );
  }
  io.log("The cure is small steps, repeated over all the samples. Taking one random");
  io.log("sample per step (stochastic gradient descent, lessons 07-08) makes each step");
  io.log("cheap; it is also why lesson 08's error curve wiggles.");
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 05: gradient descent, one step against the derivative.",
  flags: {
    learningRate: flag.number(1, "How much of the derivative to subtract (the shortcut: all)", {
      above: 0,
      max: 100,
      value: "RATE",
    }),
  },
  examples: ["deno run lessons/05_gradient_descent.ts --learning-rate 0.1"],
  experiments: [{
    command: "deno run lessons/05_gradient_descent.ts --learning-rate 0.1",
    question: "A tenth of the step: will the error fall more or less, and what of the " +
      "other sample?",
    answer: "Less: from 0.75867436 to 0.61761242. The other sample [1.66, 1.56] stays " +
      "right: class 1, its prediction going from 0.7985731 to 0.69348516.",
  }],
  exercise: { task: "write the error's slope", file: "exercises/02_error.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
