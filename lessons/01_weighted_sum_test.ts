import { assert } from "chai";
import { dot } from "../lib/dot.ts";
import { formatNumber } from "../lib/format_array.ts";
import { closerOf, main, spec } from "./01_weighted_sum.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

// The tutorial's vectors, written here from the tutorial, not read from the lesson.
const inputVector = [1.72, 1.23];
const weights1 = [1.26, 0];
const weights2 = [2.17, 0.32];

Deno.test("the dot product of the input [1.72, 1.23] and weights_1 is 2.1672", () => {
  assert.equal(formatNumber(dot(inputVector, weights1)), "2.1672");
});

Deno.test("the dot product with weights_2 is 4.126; the tutorial's 4.1259 is an erratum", () => {
  const value = dot(inputVector, weights2);
  assert.equal(formatNumber(value), "4.126");
  assert.equal(String(value), "4.1259999999999994", "the digits the tutorial cut short");
  // The double just below 4.126's own: one unit in the last place under it, as NumPy finds.
  assert.isBelow(value, 4.126);
  assert.equal(value, 4.126 - 2 ** -50, "one step (2^-50 between 4 and 8) below 4.126");
});

Deno.test("the input points more like weights_2: cosines 0.813 and 0.890", () => {
  // |input| = sqrt(1.72^2 + 1.23^2) = 2.11454..., |weights_1| = 1.26, |weights_2| = 2.19346...
  assert.closeTo(2.1672 / (Math.hypot(1.72, 1.23) * 1.26), 0.813, 5e-4);
  assert.closeTo(4.126 / (Math.hypot(1.72, 1.23) * Math.hypot(2.17, 0.32)), 0.890, 5e-4);
});

Deno.test("lesson 01 prints the vectors, the tutorial's dot products, the erratum and the cosines", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(unwrap(io.out), [
    "input_vector = [1.72, 1.23]",
    "weights_1    = [1.26, 0]",
    "weights_2    = [2.17, 0.32]",
    "",
    "By hand: 1.72 * 1.26 + 1.23 * 0 = 2.1672",
    "dot(input_vector, weights_1), as the tutorial and NumPy print it:",
    "The dot product is: 2.1672",
    "dot(input_vector, weights_2), as NumPy prints it:",
    "The dot product is: 4.1259999999999994",
    "Erratum: the tutorial prints 4.1259, cut short from 4.1259999999999994.",
    "Why not 4.126: 1.72, 2.17, 1.23 and 0.32 have no exact binary form, so each",
    "product is rounded, and their sum lands on the double just below 4.126. NumPy",
    "prints the shortest digits that give back that double: 4.1259999999999994.",
    "",
    "The dot product is |a| |b| cos(angle): it grows with the vectors' lengths",
    "and with how closely they point the same way. The cosine keeps only the",
    "direction:",
    "  cos(input_vector, weights_1) = 0.813",
    "  cos(input_vector, weights_2) = 0.890",
    "The input is more similar to weights_2: its direction is closer.",
    "Lengths matter too: 10 * weights_1 gives a dot product of 21.672,",
    "with the same direction as weights_1.",
    "",
    "Try this:",
    "  deno run lessons/01_weighted_sum.ts --input 2.17,0.32",
    "    This input is weights_2 itself: what will its cosine with weights_2 be?",
    "Your turn: write the prediction, from the dot product up in exercises/01_prediction.ts, then run",
    "  deno task exercise 01",
  ]);
});

Deno.test("lesson 01 --input 2.17,0.32: the input equals weights_2, cosine 1.000, no erratum", async () => {
  const io = await runLesson(main, ["--input", "2.17,0.32"]);
  assert.equal(io.code, 0);
  assert.include(io.out, "  cos(input_vector, weights_2) = 1.000");
  assert.notInclude(io.out.join("\n"), "Erratum");
});

Deno.test("lesson 01 --input 0,0: the zero vector has no cosine, and no NaN is printed", async () => {
  const io = await runLesson(main, ["--input", "0,0"]);
  assert.equal(io.code, 0);
  assert.include(io.out, "  The input is the zero vector: it has no direction, so no cosine.");
  assert.notMatch(io.out.join("\n"), /NaN/);
});

Deno.test("lesson 01 refuses an input that is not two numbers from -1000 to 1000: exit 2", async () => {
  for (const value of ["1", "1,2,3", "a,b", "1e9,1", ""]) {
    const io = await runLesson(main, ["--input", value]);
    assert.equal(io.code, 2, value);
    assert.deepEqual(io.err, [
      `Error: Invalid --input "${value}": expected 2 numbers from -1000 to 1000, separated by ` +
      "commas. Run with --help for usage.",
    ]);
  }
});

Deno.test("the closer weights are those of the larger cosine; equal cosines name neither", () => {
  assert.equal(
    closerOf(0.9, 0.5),
    "The input is more similar to weights_1: its direction is closer.",
  );
  assert.equal(
    closerOf(0.5, 0.9),
    "The input is more similar to weights_2: its direction is closer.",
  );
  assert.equal(closerOf(0.7, 0.7), "The input is as similar to both: their cosines are equal.");
});

Deno.test("lesson 01's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("01", spec, await runLesson(main));
});
