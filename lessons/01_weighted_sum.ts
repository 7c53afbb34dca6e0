// Lesson 01: the weighted sum.
//
// A neuron starts by weighing its inputs: it multiplies each input by a weight and adds up the
// products. That sum is the dot product of the input vector and the weight vector. It also tells
// how similar two vectors are: the larger it is, the more they point the same way.
//
// Run it: deno run lessons/01_weighted_sum.ts

import { dot } from "../lib/dot.ts";
import { formatNumber } from "../lib/format_array.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

// The tutorial's input and two candidate weight vectors.
export const inputVector = [1.72, 1.23];
export const weights1 = [1.26, 0];
export const weights2 = [2.17, 0.32];

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  // First by hand: multiply element by element, then add.
  const firstIndexesMult = inputVector[0] * weights1[0];
  const secondIndexesMult = inputVector[1] * weights1[1];
  const dotProductByHand = firstIndexesMult + secondIndexesMult;
  io.log(`By hand, 1.72 * 1.26 + 1.23 * 0 = ${formatNumber(dotProductByHand)}`);

  // Then with the dot product function: the same number, for vectors of any length.
  const dotProduct1 = dot(inputVector, weights1);
  io.log(`The dot product is: ${formatNumber(dotProduct1)}`);

  const dotProduct2 = dot(inputVector, weights2);
  io.log(`The dot product is: ${formatNumber(dotProduct2)}`);

  // Erratum: the tutorial prints 4.1259 here. The exact value is 4.126; in floating point the
  // sum comes out a hair below it, and the tutorial cut the digits short instead of rounding.
  io.log(`Erratum: the tutorial prints 4.1259. 1.72 * 2.17 + 1.23 * 0.32 is 4.126 exactly;`);
  io.log(`floating point gives ${dotProduct2}, which the tutorial cut short.`);

  // The larger dot product belongs to the weights that point more like the input.
  const [larger, smaller, name] = dotProduct2 > dotProduct1
    ? [dotProduct2, dotProduct1, "weights_2"]
    : [dotProduct1, dotProduct2, "weights_1"];
  io.log(
    `${formatNumber(larger)} > ${formatNumber(smaller)}: the input is more similar to ${name}.`,
  );
  io.log("Why: each product is large when a large input meets a large weight, so a larger sum");
  io.log("means the two vectors point more the same way.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 01: the weighted sum, the dot product of input and weights.",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
