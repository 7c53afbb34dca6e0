// Lesson 02: the sigmoid.
//
// A weighted sum can be any number, but our answer is a class, 0 or 1. The sigmoid squeezes
// any number into the range (0, 1):
//
//     sigmoid(x) = 1 / (1 + e^(-x))
//
// Read its output as the probability that the input belongs to class 1. An outcome with two
// possible values, like ours, follows a Bernoulli distribution, and the sigmoid gives exactly
// that distribution's one parameter: the chance of a 1.
//
// Run it: deno run lessons/02_sigmoid.ts

import { formatNumber } from "../lib/format_array.ts";
import { DECISION_THRESHOLD, predictedClass } from "../lib/predicted_class.ts";
import { sigmoid } from "../lib/sigmoid.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

/** The inputs of the table: -10 to 10 in steps of 2.5. */
export const tableInputs = [-10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10];

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  io.log("sigmoid(x) = 1 / (1 + e^(-x))");
  io.log("");

  // A small table: large negative inputs go to 0, large positive ones to 1, and 0 gives 0.5.
  io.log("     x | sigmoid(x)     | class");
  io.log("-------+----------------+------------");
  const outputs = tableInputs.map(sigmoid);
  tableInputs.forEach((x, i) => {
    const probability = outputs[i];
    io.log(
      `${String(x).padStart(6)} | ${formatNumber(probability).padEnd(14)} | ` +
        `${probability === DECISION_THRESHOLD ? "on the line" : predictedClass(probability)}`,
    );
  });
  io.log("");

  // However far out x goes, the output stays strictly between 0 and 1.
  io.log(
    `Range: every output lies in (0, 1); here from ${formatNumber(Math.min(...outputs))} ` +
      `to ${formatNumber(Math.max(...outputs))}.`,
  );
  io.log(
    `Decision rule: above ${DECISION_THRESHOLD} we say class 1, below ${DECISION_THRESHOLD} class 0; ` +
      `sigmoid(0) = ${sigmoid(0)} sits on the line.`,
  );
  io.log("Why it fits: with two outcomes, 0 or 1, the target follows a Bernoulli distribution,");
  io.log("and the sigmoid's output is that distribution's probability of a 1.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 02: the sigmoid, which squashes any number into (0, 1).",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
