import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { main } from "./10_hidden_layer.ts";
import { memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";

async function run(...args: string[]) {
  const files = memoryFiles();
  const { code, out, err } = await runLesson(main, args, files);
  return { code, out, err, files: files.files };
}

Deno.test("the single neuron cannot learn XOR: at most 3/4, here 2/4", async () => {
  const { out } = await run();
  const line = out.find((l) => l.startsWith("Single neuron accuracy"))!;
  const correct = Number(/(\d)\/4/.exec(line)![1]);
  assert.isAtMost(correct, 3);
  assert.equal(line, "Single neuron accuracy: 2/4");
});

Deno.test("a hidden layer learns XOR: XOR accuracy: 4/4, and the lesson explains backpropagation", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(unwrap(out), [
    "The single neuron, after 20000 iterations at learning rate 0.1 (seed 42):",
    "  [0, 0] -> 0.55137121 class 1, target 0: wrong",
    "  [0, 1] -> 0.48898293 class 0, target 1: wrong",
    "  [1, 0] -> 0.53796548 class 1, target 1: correct",
    "  [1, 1] -> 0.47548639 class 0, target 0: correct",
    "Single neuron accuracy: 2/4",
    "At most 3 of the 4 can ever be right: no straight line separates XOR's classes.",
    "",
    "A hidden layer of 4 sigmoid units, sizes [2, 4, 1],",
    "after 20000 iterations at learning rate 1:",
    "  [0, 0] -> 0.01168246 class 0, target 0: correct",
    "  [0, 1] -> 0.9915298  class 1, target 1: correct",
    "  [1, 0] -> 0.98909272 class 1, target 1: correct",
    "  [1, 1] -> 0.00924109 class 0, target 0: correct",
    "XOR accuracy: 4/4",
    "Cumulative error: 1.563449 at iteration 0, 0.00041481 at iteration 19900.",
    "Each hidden unit draws a line; the output unit keeps the band between two of",
    "them.",
    "",
    "How the chain rule reaches the hidden layer (backpropagation): each unit has a",
    "delta, the error's slope at its weighted sum. The output's delta is lesson 06's",
    "derror_dprediction * dprediction_dlayer1. A hidden unit's delta is the sum of",
    "the deltas above it, each times the weight linking them, times the unit's own",
    "sigmoid slope: delta = (W^T delta_above) * sigmoid'(sum). Each weight's gradient",
    "is its unit's delta times the input it reads, as for the single neuron.",
    "",
    "Why learning rate 1, where lesson 08 uses 0.1? The gradients here are small",
    "(each sigmoid slope is at most 0.25, and two multiply on the way to the hidden",
    "layer), so a larger step gets further in the same 20,000 iterations; with only",
    "four samples, a step that large does not overshoot.",
    "",
    "Try this:",
    "  deno run lessons/10_hidden_layer.ts --hidden 2 --seed 3",
    "    Two hidden units are enough to draw XOR: will this start learn it?",
    "  deno task xor",
    "    It draws the learned XOR boundary to out/xor_boundary.svg: what shape will the line between the classes have?",
    "Your turn: write the backward pass in exercises/09_hidden_layer.ts, then run",
    "  deno task exercise 09",
  ]);
});

Deno.test("a run that gets stuck says so instead of claiming success", async () => {
  const { out } = await run("--seed", "3", "--hidden", "2");
  assert.include(out, "XOR accuracy: 2/4");
  assert.include(out, "XOR is not learned yet. Try another --seed, or more --hidden units.");
});

Deno.test("lesson 10 --plot writes the XOR decision boundary as SVG", async () => {
  const { code, out, files } = await run("--plot", "out/xor.svg");
  assert.equal(code, 0);
  assert.include(out, "Wrote the decision boundary to out/xor.svg");
  assert.isTrue(XMLValidator.validate(files["out/xor.svg"]) === true);
  assert.include(files["out/xor.svg"], "XOR, learned by a hidden layer of 4 units (seed 42)");
});

Deno.test("lesson 10 refuses bad flags with exit 2", async () => {
  const { code, err } = await run("--hidden", "0");
  assert.equal(code, 2);
  assert.deepEqual(err, [
    'Error: Invalid --hidden "0": expected a whole number from 1 to 100. Run with --help for usage.',
  ]);
});

Deno.test("one hidden unit draws one line, so it can never learn XOR: at 3/4 the lesson says stuck", async () => {
  const runs = await Promise.all(
    ["0", "1", "2"].map((seed) => run("--seed", seed, "--hidden", "1")),
  );
  const accuracies = runs.map(({ out }) => out.find((line) => line.startsWith("XOR accuracy"))!);
  assert.include(accuracies, "XOR accuracy: 3/4", "a run at the boundary: all but one right");
  for (const { out } of runs) {
    assert.notInclude(
      out,
      "Each hidden unit draws a line; the output unit keeps the band between two of",
    );
    assert.include(out, "XOR is not learned yet. Try another --seed, or more --hidden units.");
  }
});
