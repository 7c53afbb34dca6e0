// Lesson 01: the weighted sum.
//
// A neuron starts by weighing its inputs: it multiplies each input by a weight and adds up the
// products. That sum is the dot product of the input vector and the weight vector. The dot
// product also compares two vectors: it is |a| |b| cos(angle), so apart from their lengths it
// measures how closely they point the same way.
//
//     dot(a, b) = a1 b1 + a2 b2 = |a| |b| cos(angle)
//     TeX: a \cdot b = a_1 b_1 + a_2 b_2 = \lVert a \rVert \, \lVert b \rVert \cos\theta
//
// In the lib: lib/dot.ts
//
// Run it: deno run lessons/01_weighted_sum.ts

import { dot } from "../lib/dot.ts";
import { formatNumber } from "../lib/format_array.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ input }: FlagValues<typeof spec.flags>, io: Io): void {
  // The tutorial's input and two candidate weight vectors.
  const inputVector = input;
  const weights1 = [1.26, 0];
  const weights2 = [2.17, 0.32];
  io.log(`input_vector = [${inputVector.join(", ")}]`);
  io.log(`weights_1    = [${weights1.join(", ")}]`);
  io.log(`weights_2    = [${weights2.join(", ")}]`);
  io.log("");

  // First by hand: multiply element by element, then add.
  const firstIndexesMult = inputVector[0] * weights1[0];
  const secondIndexesMult = inputVector[1] * weights1[1];
  const dotProductByHand = firstIndexesMult + secondIndexesMult;
  io.log(
    `By hand: ${inputVector[0]} * ${weights1[0]} + ${inputVector[1]} * ${weights1[1]} = ` +
      formatNumber(dotProductByHand),
  );

  // Then with the dot product function: the same number, for vectors of any length. NumPy prints
  // a float64 in the shortest digits that give back the same double, as String does.
  const dotProduct1 = dot(inputVector, weights1);
  io.log("dot(input_vector, weights_1), as the tutorial and NumPy print it:");
  io.log(`The dot product is: ${dotProduct1}`);
  const dotProduct2 = dot(inputVector, weights2);
  io.log("dot(input_vector, weights_2), as NumPy prints it:");
  io.log(`The dot product is: ${dotProduct2}`);
  if (String(dotProduct2) === "4.1259999999999994") {
    io.log(`Erratum: the tutorial prints 4.1259, cut short from ${dotProduct2}.`);
    io.log("Why not 4.126: 1.72, 2.17, 1.23 and 0.32 have no exact binary form, so each");
    io.log("product is rounded, and their sum lands on the double just below 4.126. NumPy");
    io.log("prints the shortest digits that give back that double: 4.1259999999999994.");
  }
  io.log("");

  // Which weights are more like the input? The dot product mixes two things: the vectors'
  // lengths and the angle between them. The cosine keeps only the direction.
  const length = (v: readonly number[]) => Math.sqrt(dot(v, v));
  const cosine = (a: readonly number[], b: readonly number[]) =>
    dot(a, b) / (length(a) * length(b));
  io.log("The dot product is |a| |b| cos(angle): it grows with the vectors' lengths");
  io.log("and with how closely they point the same way. The cosine keeps only the");
  io.log("direction:");
  if (length(inputVector) === 0) {
    io.log("  The input is the zero vector: it has no direction, so no cosine.");
  } else {
    const cosine1 = cosine(inputVector, weights1);
    const cosine2 = cosine(inputVector, weights2);
    io.log(`  cos(input_vector, weights_1) = ${cosine1.toFixed(3)}`);
    io.log(`  cos(input_vector, weights_2) = ${cosine2.toFixed(3)}`);
    io.log(closerOf(cosine1, cosine2));
  }
  const tenTimes = dot(inputVector, weights1.map((w) => 10 * w));
  io.log(`Lengths matter too: 10 * weights_1 gives a dot product of ${formatNumber(tenTimes)},`);
  io.log("with the same direction as weights_1.");
}

/** Which weights the input's direction is closer to, by their cosines; equal cosines, neither. */
export function closerOf(cosine1: number, cosine2: number): string {
  if (cosine1 === cosine2) return "The input is as similar to both: their cosines are equal.";
  const closer = cosine2 > cosine1 ? "weights_2" : "weights_1";
  return `The input is more similar to ${closer}: its direction is closer.`;
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 01: the weighted sum, the dot product of input and weights.",
  flags: {
    input: flag.list([1.72, 1.23], [2, -1000, 1000], "The input vector", "X1,X2"),
  },
  examples: ["deno run lessons/01_weighted_sum.ts --input 2.17,0.32"],
  experiments: [{
    command: "deno run lessons/01_weighted_sum.ts --input 2.17,0.32",
    question: "This input is weights_2 itself: what will its cosine with weights_2 be?",
    answer: "1.000, as similar as two vectors get: the cosine of a vector with itself is 1.",
  }],
  exercise: {
    task: "write the prediction, from the dot product up",
    file: "exercises/01_prediction.ts",
  },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
