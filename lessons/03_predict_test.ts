import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { lineSide, main, spec } from "./03_predict.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { captureIo, runLesson, unwrap } from "../runtime/testing.ts";

// The tutorial's weights and bias, written here from the tutorial.
const weights1 = [1.45, -0.66];
const bias = 0;

Deno.test("the prediction for [1.66, 1.56] is 0.7985731: class 1, correct", () => {
  const prediction = makePrediction([1.66, 1.56], weights1, bias);
  assert.equal(formatArray([prediction]), "[0.7985731]");
  assert.isAbove(prediction, 0.5, "class 1, and the target is 1");
});

Deno.test("the prediction for [2, 1.5] is 0.87101915: class 1, wrong (the target is 0)", () => {
  const prediction = makePrediction([2, 1.5], weights1, bias);
  assert.equal(formatArray([prediction]), "[0.87101915]");
  assert.isAbove(prediction, 0.5, "class 1, but the target is 0");
});

Deno.test("lesson 03 prints the weights, both predictions as the tutorial does, each judged against its target", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(unwrap(io.out), [
    "weights_1 = [1.45, -0.66], bias = 0",
    "layer_1 = dot(input_vector, weights_1) + bias; layer_2 = sigmoid(layer_1)",
    "",
    "Input vector: [1.66, 1.56], target: 1",
    // 1.45 * 1.66 - 0.66 * 1.56 = 2.407 - 1.0296; x2 has weight -0.66, so up lowers layer_1
    "layer_1 = 1.3774 > 0: the line's positive side, below it on a plot (x2 up).",
    "The prediction result is: [0.7985731]",
    "0.7985731 is above 0.5, so class 1: correct.",
    "",
    "Input vector: [2, 1.5], target: 0",
    "layer_1 = 1.91 > 0: the line's positive side, below it on a plot (x2 up).",
    "The prediction result is: [0.87101915]",
    "0.87101915 is above 0.5, so class 1: wrong, the target is 0.",
    "",
    "One right, one wrong: the weights need to learn. That is what lessons 04-08 do.",
    "",
    "Where the class changes: layer_1 = 0, a straight line in the input plane. The bias " +
    "moves that line off the origin; without it, the line would always pass through [0, 0].",
    "",
    "Try this:",
    "  deno run lessons/03_predict.ts --input 1,2.5",
    "    Work out layer_1 for [1, 2.5] first: which class will the network give it?",
    "Your turn: write the prediction in exercises/01_prediction.ts, then run",
    "  deno task exercise 01",
  ]);
});

Deno.test("lesson 03 --input 1,2.5 predicts sigmoid(-0.2) = 0.450166: class 0", async () => {
  const io = await runLesson(main, ["--input", "1,2.5"]);
  assert.equal(io.code, 0);
  // 1 / (1 + e^0.2) = 0.45016600268752216
  assert.deepEqual(io.out.slice(3, 7), [
    "Input vector: [1, 2.5]",
    // 1.45 * 1 - 0.66 * 2.5 = -0.2: the negative side, and above the line on a plot
    "layer_1 = -0.2 < 0: the line's negative side, above it on a plot (x2 up).",
    "The prediction result is: [0.450166]",
    "0.450166 is below 0.5, so class 0: the network's guess.",
  ]);
});

Deno.test("lesson 03 --input 0,0 lies on the line: layer_1 0, prediction 0.5", async () => {
  const io = await runLesson(main, ["--input", "0,0"]);
  assert.include(io.out, "layer_1 = 0: on the line.");
  assert.include(io.out, "The prediction result is: [0.5]");
});

Deno.test("lesson 03 --input 2,1.5 gives the tutorial's second prediction, 0.87101915", async () => {
  const io = await runLesson(main, ["--input", "2,1.5"]);
  assert.include(io.out, "The prediction result is: [0.87101915]");
});

Deno.test("lesson 03's paragraphs wrap to the terminal's width, and read the same unwrapped", async () => {
  const wide = await runLesson(main);
  const io = { ...captureIo(), columns: 40 };
  assert.equal(await main([], io), 0);
  const wrapped = io.out.filter((entry) => entry.includes("\n"));
  assert.isAtLeast(wrapped.length, 3, "the prose, the question and the exercise wrap");
  for (const line of wrapped.join("\n").split("\n")) assert.isAtMost(line.length, 40, line);
  assert.include(
    io.out,
    "    Work out layer_1 for [1, 2.5] first:\n    which class will the network give\n    it?",
  );
  assert.deepEqual(unwrap(io.out), unwrap(wide.out), "only the line breaks differ");
});

Deno.test("lesson 03's experiment is true for its run: [1, 2.5] is class 0, as the answer says", async () => {
  const [{ command, answer }] = spec.experiments!;
  const args = command.split(" ").slice(3);
  const { code, out } = await runLesson(main, args);
  assert.equal(code, 0);
  assert.include(out, "0.450166 is below 0.5, so class 0: the network's guess.");
  assert.include(answer, "sigmoid(-0.2) = 0.450166");
  assert.include(answer, "Class 0");
  assert.notInclude(unwrap(out).join("\n"), answer, "the answer is not printed");
});

Deno.test("which side of the line an input lies on: the sign of layer_1, above or below by w2's sign", () => {
  assert.equal(
    lineSide(0.5, -0.66),
    "layer_1 = 0.5 > 0: the line's positive side, below it on a plot (x2 up).",
  );
  assert.equal(
    lineSide(-0.5, -0.66),
    "layer_1 = -0.5 < 0: the line's negative side, above it on a plot (x2 up).",
  );
  assert.equal(
    lineSide(2, 1),
    "layer_1 = 2 > 0: the line's positive side, above it on a plot (x2 up).",
  );
  assert.equal(lineSide(1, 0), "layer_1 = 1 > 0: the line's positive side.", "a flat w2: no above");
  assert.equal(lineSide(0, 1), "layer_1 = 0: on the line.");
});

Deno.test("lesson 03 --input is two numbers from -1000 to 1000", async () => {
  assert.equal((await runLesson(main, ["--input", "1000,-1000"])).code, 0);
  for (const value of ["1001,0", "0,-1000.5", "1"]) {
    const bad = await runLesson(main, ["--input", value]);
    assert.equal(bad.code, 2, value);
    assert.deepEqual(bad.err, [
      `Error: Invalid --input "${value}": expected 2 numbers from -1000 to 1000, separated by ` +
      "commas. Run with --help for usage.",
    ]);
  }
});

Deno.test("lesson 03's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("03", spec, await runLesson(main));
});
