import { assert } from "chai";
import { dot } from "../lib/dot.ts";
import { formatNumber } from "../lib/format_array.ts";
import { inputVector, main, weights1, weights2 } from "./01_weighted_sum.ts";
import { runLesson } from "./_testing.ts";

Deno.test("the dot product of the input [1.72, 1.23] and weights_1 is 2.1672", () => {
  assert.equal(formatNumber(dot(inputVector, weights1)), "2.1672");
});

Deno.test("the dot product with weights_2 is 4.126; the tutorial's 4.1259 is an erratum", () => {
  const value = dot(inputVector, weights2);
  assert.equal(formatNumber(value), "4.126");
  assert.equal(String(value), "4.1259999999999994", "the digits the tutorial cut short");
});

Deno.test("4.126 > 2.1672: the input is more similar to weights_2", () => {
  assert.isAbove(dot(inputVector, weights2), dot(inputVector, weights1));
});

Deno.test("lesson 01 prints the tutorial's dot products, the erratum and the comparison", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "By hand, 1.72 * 1.26 + 1.23 * 0 = 2.1672",
    "The dot product is: 2.1672",
    "The dot product is: 4.126",
    "Erratum: the tutorial prints 4.1259. 1.72 * 2.17 + 1.23 * 0.32 is 4.126 exactly;",
    "floating point gives 4.1259999999999994, which the tutorial cut short.",
    "4.126 > 2.1672: the input is more similar to weights_2.",
    "Why: each product is large when a large input meets a large weight, so a larger sum",
    "means the two vectors point more the same way.",
  ]);
  assert.deepEqual(io.err, []);
});
