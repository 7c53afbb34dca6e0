import { assert } from "chai";
import { sigmoid } from "../lib/sigmoid.ts";
import { DECISION_THRESHOLD } from "../lib/predicted_class.ts";
import { main, tableInputs } from "./02_sigmoid.ts";
import { runLesson } from "./_testing.ts";

Deno.test("the sigmoid maps -10..10 into (0, 1), rising through 0.5 at 0", () => {
  const outputs = tableInputs.map(sigmoid);
  for (const output of outputs) assert.isTrue(output > 0 && output < 1);
  for (let i = 1; i < outputs.length; i++) assert.isAbove(outputs[i], outputs[i - 1]);
  assert.equal(sigmoid(0), DECISION_THRESHOLD);
});

Deno.test("lesson 02 prints the formula, the table, the range and the 0.5 rule", async () => {
  const io = await runLesson(main);
  assert.equal(io.code, 0);
  assert.deepEqual(io.err, []);
  assert.deepEqual(io.out, [
    "sigmoid(x) = 1 / (1 + e^(-x))",
    "",
    "     x | sigmoid(x)     | class",
    "-------+----------------+------------",
    "   -10 | 4.53978687e-05 | 0",
    "  -7.5 | 0.00055278     | 0",
    "    -5 | 0.00669285     | 0",
    "  -2.5 | 0.07585818     | 0",
    "     0 | 0.5            | on the line",
    "   2.5 | 0.92414182     | 1",
    "     5 | 0.99330715     | 1",
    "   7.5 | 0.99944722     | 1",
    "    10 | 0.9999546      | 1",
    "",
    "Range: every output lies in (0, 1); here from 4.53978687e-05 to 0.9999546.",
    "Decision rule: above 0.5 we say class 1, below 0.5 class 0; sigmoid(0) = 0.5 sits on the line.",
    "Why it fits: with two outcomes, 0 or 1, the target follows a Bernoulli distribution,",
    "and the sigmoid's output is that distribution's probability of a 1.",
  ]);
});
