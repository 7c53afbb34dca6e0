import { assert } from "chai";
import { sigmoid } from "../lib/sigmoid.ts";
import { main, spec } from "./02_sigmoid.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

Deno.test("the sigmoid maps -10..10 into (0, 1), rising through 0.5 at 0", () => {
  const outputs = [-10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10].map(sigmoid);
  for (const output of outputs) assert.isTrue(output > 0 && output < 1);
  for (let i = 1; i < outputs.length; i++) assert.isAbove(outputs[i], outputs[i - 1]);
  assert.equal(sigmoid(0), 0.5);
});

Deno.test("in floating point sigmoid(37) is exactly 1 and sigmoid(-710) exactly 0", () => {
  assert.equal(sigmoid(37), 1);
  assert.isBelow(sigmoid(36), 1);
  assert.equal(sigmoid(-710), 0);
  assert.isAbove(sigmoid(-709), 0);
});

Deno.test("lesson 02 prints the formula, the table with slopes, the range, the 0.5 rule and saturation", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  // The table's numbers are NumPy's: 1 / (1 + np.exp(-x)) and s * (1 - s), printed as arrays.
  assert.deepEqual(unwrap(io.out), [
    "sigmoid(x) = 1 / (1 + e^(-x))",
    "",
    "     x | sigmoid(x)     | class       | slope sigmoid'(x)",
    "-------+----------------+-------------+------------------",
    "   -10 | 4.53978687e-05 | 0           | 4.53958077e-05",
    "  -7.5 | 0.00055278     | 0           | 0.00055247",
    "    -5 | 0.00669285     | 0           | 0.00664806",
    "  -2.5 | 0.07585818     | 0           | 0.07010372",
    "     0 | 0.5            | on the line | 0.25",
    "   2.5 | 0.92414182     | 1           | 0.07010372",
    "     5 | 0.99330715     | 1           | 0.00664806",
    "   7.5 | 0.99944722     | 1           | 0.00055247",
    "    10 | 0.9999546      | 1           | 4.53958077e-05",
    "",
    "Range: in exact arithmetic every output lies strictly in (0, 1). In floating",
    "point sigmoid(37) is exactly 1: 1 + e^-37 = 1 + 8.5e-17 rounds to 1, since",
    "doubles near 1 are 2.2e-16 apart. sigmoid(-710) is exactly 0 for another",
    "reason: e^710 overflows to Infinity, and 1 / (1 + Infinity) = 0.",
    "Decision rule: above 0.5 we say class 1, below 0.5 class 0;",
    "sigmoid(0) = 0.5 sits on the line.",
    "Why it fits: with two outcomes, 0 or 1, the target follows a Bernoulli",
    "distribution; the sigmoid's output is the model's estimate of its parameter,",
    "P(class 1 | x).",
    "",
    "The slope sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)) is at most 0.25, at x = 0.",
    "Past about |x| = 5 the curve is almost flat (saturated): its slope is near 0, so",
    "a change there barely moves the output. Lesson 06 shows why that slows learning.",
    "",
    "Try this:",
    "  deno run lessons/02_sigmoid.ts --x 37",
    "    Far out on the flat end: what will sigmoid(37) and its slope print?",
    "Your turn: write the prediction, the sigmoid included in exercises/01_prediction.ts, then run",
    "  deno task exercise 01",
  ]);
});

Deno.test("lesson 02 --x prints that sigmoid and its slope: 37 gives exactly 1, 1.5 gives 0.81757448", async () => {
  const saturated = await runLesson(main, ["--x", "37"]);
  assert.include(saturated.out, "sigmoid(37) = 1 exactly, in floating point; its slope is 0");
  // NumPy: e = np.exp(-37.0); e / (1 + e)**2 = 8.533047625744066e-17, while s * (1 - s) = 0.
  assert.include(saturated.out, "The true slope is 8.53e-17, not 0: in s * (1 - s),");
  assert.include(
    saturated.out,
    "1 - sigmoid(x) cancels to 0, since sigmoid(x) rounded to 1. The curve is flat, not level.",
  );
  const overflow = await runLesson(main, ["--x", "-710"]);
  assert.include(overflow.out, "sigmoid(-710) = 0 exactly, in floating point; its slope is 0");
  // NumPy: np.exp(-710.0) = 4.48e-309, a subnormal double, not 0.
  assert.include(overflow.out, "The true slope is 4.48e-309, not 0: in s * (1 - s),");
  assert.include(
    overflow.out,
    "sigmoid(x) itself is 0, since e^-x overflowed. The curve is flat, not level.",
  );
  // At 36 nothing has cancelled yet: the slope printed is the true one, and no note.
  const before = await runLesson(main, ["--x", "36"]);
  assert.notMatch(before.out.join("\n"), /true slope/);
  const plain = await runLesson(main, ["--x", "1.5"]);
  assert.include(plain.out, "sigmoid(1.5) = 0.81757448; its slope is 0.14914645");
  const bad = await runLesson(main, ["--x", "1e9"]);
  assert.equal(bad.code, 2);
  assert.deepEqual(bad.err, [
    'Error: Invalid --x "1e9": expected a number from -1000 to 1000. Run with --help for usage.',
  ]);
});

Deno.test("lesson 02 --x 1000: the true slope underflows to 0 too, so no 'not 0' is claimed", async () => {
  for (const x of ["1000", "-1000"]) {
    const { out } = await runLesson(main, ["--x", x]);
    const at = out.findIndex((line) => line.startsWith(`sigmoid(${x}) = `));
    assert.equal(out[at - 1], "", "a blank line before it");
    assert.equal(out[at + 1], "", "and nothing about a true slope after it");
  }
});

Deno.test("lesson 02's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("02", spec, await runLesson(main));
});
