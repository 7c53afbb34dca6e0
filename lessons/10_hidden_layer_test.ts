import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { main } from "./10_hidden_layer.ts";
import { memoryFiles, runLesson } from "./_testing.ts";

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

Deno.test("a hidden layer learns XOR: XOR accuracy: 4/4", async () => {
  const { code, out } = await run();
  assert.equal(code, 0);
  assert.include(out, "XOR accuracy: 4/4");
  const predictions = out.slice(9, 13);
  assert.match(predictions[0], /^ {2}\[0, 0\] -> \S+ +class 0, target 0: correct$/);
  assert.match(predictions[1], /^ {2}\[0, 1\] -> \S+ +class 1, target 1: correct$/);
  assert.match(predictions[2], /^ {2}\[1, 0\] -> \S+ +class 1, target 1: correct$/);
  assert.match(predictions[3], /^ {2}\[1, 1\] -> \S+ +class 0, target 0: correct$/);
});

Deno.test("a run that gets stuck says so instead of claiming success", async () => {
  const { out } = await run("--seed", "3", "--hidden", "2");
  assert.include(out, "XOR accuracy: 2/4");
  assert.include(out, "XOR is not learned yet. Try another --seed, or more --hidden units.");
});

Deno.test("lesson 10 --plot writes the XOR decision boundary as SVG", async () => {
  const { code, out, files } = await run("--plot", "out/xor.svg");
  assert.equal(code, 0);
  assert.equal(out.at(-1), "Wrote the decision boundary to out/xor.svg");
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
