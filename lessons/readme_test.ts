// The README's sample outputs are what the lessons print: each ```sh block holding one
// `deno run lessons/NN_name.ts ...` line, followed by a plain ``` block, is run and compared.

import { assert } from "chai";
import readme from "../README.md" with { type: "text" };
import type { Main } from "../runtime/cli.ts";
import { runLesson } from "../runtime/testing.ts";
import { main as lesson01 } from "./01_weighted_sum.ts";
import { main as lesson03 } from "./03_predict.ts";
import { main as lesson08 } from "./08_train.ts";

const lessons: Record<string, Main> = { "01": lesson01, "03": lesson03, "08": lesson08 };

/** Each sample: the lesson's number, its flags and the output the README shows. */
function samples(text: string) {
  const pattern = /```sh\ndeno run lessons\/(\d\d)_\w+\.ts([^\n]*)\n```\n\n```\n([\s\S]*?)\n```/g;
  return [...text.matchAll(pattern)].map(([, number, flags, output]) => ({
    number,
    args: flags.trim() === "" ? [] : flags.trim().split(/\s+/),
    output,
  }));
}

Deno.test("every sample output in the README is what its lesson prints", async () => {
  const found = samples(readme);
  assert.isAtLeast(found.length, 1, "the README shows lesson 03's output");
  for (const { number, args, output } of found) {
    const main = lessons[number];
    assert.isDefined(main, `this test knows lesson ${number}: add it to the list above`);
    const { code, out } = await runLesson(main, args);
    assert.equal(code, 0);
    assert.equal(out.join("\n"), output, `lesson ${number} ${args.join(" ")}`);
  }
});

Deno.test("the sample finder reads a block and its flags, and skips a command with no output", () => {
  const text = "```sh\ndeno run lessons/03_predict.ts --input 1,2\n```\n\n```\nA\nB\n```\n" +
    "```sh\ndeno run lessons/08_train.ts\n```\n\nprose\n";
  assert.deepEqual(samples(text), [{ number: "03", args: ["--input", "1,2"], output: "A\nB" }]);
});
