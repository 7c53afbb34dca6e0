// What every lesson promises, checked for all of them at once: --help, an unknown flag refused,
// output that fits an 80-column terminal, and the shape of the file (the teaching first, the
// flag spec at the bottom). Lesson 18 loads TensorFlow.js with its own configuration; its own
// task (deno task test:framework) checks it the same way.

import { assert } from "chai";
import { type Flag, flagName, type LessonSpec, type Main } from "../runtime/cli.ts";
import { denoFiles } from "../runtime/io.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";
import { main as lesson01, spec as spec01 } from "./01_weighted_sum.ts";
import { main as lesson02, spec as spec02 } from "./02_sigmoid.ts";
import { main as lesson03, spec as spec03 } from "./03_predict.ts";
import { main as lesson04, spec as spec04 } from "./04_error.ts";
import { main as lesson05, spec as spec05 } from "./05_gradient_descent.ts";
import { main as lesson06, spec as spec06 } from "./06_chain_rule.ts";
import { main as lesson07, spec as spec07 } from "./07_neural_network.ts";
import { main as lesson08, spec as spec08 } from "./08_train.ts";
import { main as lesson09, spec as spec09 } from "./09_gradient_check.ts";
import { main as lesson10, spec as spec10 } from "./10_hidden_layer.ts";
import { main as lesson11, spec as spec11 } from "./11_diagnosis.ts";
import { main as lesson12, spec as spec12 } from "./12_digits.ts";
import { main as lesson13, spec as spec13 } from "./13_loss_landscape.ts";
import { main as lesson14, spec as spec14 } from "./14_batches.ts";
import { main as lesson15, spec as spec15 } from "./15_generalisation.ts";
import { main as lesson16, spec as spec16 } from "./16_learning_rates.ts";
import { main as lesson17, spec as spec17 } from "./17_autograd.ts";
import source01 from "./01_weighted_sum.ts" with { type: "text" };
import source02 from "./02_sigmoid.ts" with { type: "text" };
import source03 from "./03_predict.ts" with { type: "text" };
import source04 from "./04_error.ts" with { type: "text" };
import source05 from "./05_gradient_descent.ts" with { type: "text" };
import source06 from "./06_chain_rule.ts" with { type: "text" };
import source07 from "./07_neural_network.ts" with { type: "text" };
import source08 from "./08_train.ts" with { type: "text" };
import source09 from "./09_gradient_check.ts" with { type: "text" };
import source10 from "./10_hidden_layer.ts" with { type: "text" };
import source11 from "./11_diagnosis.ts" with { type: "text" };
import source12 from "./12_digits.ts" with { type: "text" };
import source13 from "./13_loss_landscape.ts" with { type: "text" };
import source14 from "./14_batches.ts" with { type: "text" };
import source15 from "./15_generalisation.ts" with { type: "text" };
import source16 from "./16_learning_rates.ts" with { type: "text" };
import source17 from "./17_autograd.ts" with { type: "text" };

const lessons: [string, Main, string, LessonSpec<Record<string, Flag>>][] = [
  ["01", lesson01, source01, spec01],
  ["02", lesson02, source02, spec02],
  ["03", lesson03, source03, spec03],
  ["04", lesson04, source04, spec04],
  ["05", lesson05, source05, spec05],
  ["06", lesson06, source06, spec06],
  ["07", lesson07, source07, spec07],
  ["08", lesson08, source08, spec08],
  ["09", lesson09, source09, spec09],
  ["10", lesson10, source10, spec10],
  ["11", lesson11, source11, spec11],
  ["12", lesson12, source12, spec12],
  ["13", lesson13, source13, spec13],
  ["14", lesson14, source14, spec14],
  ["15", lesson15, source15, spec15],
  ["16", lesson16, source16, spec16],
  ["17", lesson17, source17, spec17],
];

Deno.test("every lesson answers --help with exit 0, its usage, and nothing else", async () => {
  for (const [number, main] of lessons) {
    const { code, out, err } = await runLesson(main, ["--help"]);
    assert.equal(code, 0, number);
    assert.deepEqual(err, [], number);
    assert.lengthOf(out, 1, `lesson ${number}: the help is one block, printed once`);
    assert.match(
      out[0],
      new RegExp(`^Lesson ${number}: .*\\n\\nUsage: deno run lessons/${number}_`),
    );
    for (const line of out[0].split("\n")) assert.isAtMost(line.length, 80, line);
  }
});

Deno.test("every lesson refuses an unknown flag: one line, exit 2, nothing run", async () => {
  for (const [number, main] of lessons) {
    const { code, out, err } = await runLesson(main, ["--bogus"]);
    assert.equal(code, 2, number);
    assert.deepEqual(out, [], number);
    assert.deepEqual(err, ["Error: Unknown flag --bogus. Run with --help for usage."], number);
  }
});

Deno.test("no line of any lesson's default output is wider than 80 columns", async () => {
  for (const [number, main] of lessons) {
    const { code, out } = await runLesson(main);
    assert.equal(code, 0, number);
    for (const line of out.join("\n").split("\n")) {
      assert.isAtMost(line.length, 80, `lesson ${number}: ${line}`);
    }
  }
});

Deno.test("every lesson's teaching starts within its first 30 lines, and its flag spec sits at the bottom", () => {
  for (const [number, , source] of lessons) {
    const lines = source.split("\n");
    const start = lines.findIndex((line) => /^(async )?function lesson\(/.test(line));
    assert.isAtLeast(start, 0, `lesson ${number} has a lesson function`);
    assert.isBelow(start, 30, `lesson ${number}: the lesson starts at line ${start + 1}`);
    const spec = lines.findIndex((line) => line.startsWith("export const spec = defineLesson("));
    const main = lines.findIndex((line) => line.startsWith("export const main = lessonMain("));
    assert.isAbove(spec, start, `lesson ${number}: the spec comes after the lesson`);
    assert.equal(main, lines.length - 4, `lesson ${number}: main closes the file`);
  }
});

Deno.test("every lesson ends with its Try this: each command and its question, no answer", async () => {
  for (const [number, main, , spec] of lessons) {
    const experiments = spec.experiments ?? [];
    assert.isAtLeast(experiments.length, 1, `lesson ${number} has something to try`);
    const { out } = await runLesson(main);
    const printed = unwrap(out);
    const start = printed.lastIndexOf("Try this:");
    assert.deepEqual(
      printed.slice(start + 1, start + 1 + 2 * experiments.length),
      experiments.flatMap(({ command, question }) => [`  ${command}`, `    ${question}`]),
      `lesson ${number}`,
    );
    for (const { command, question, answer } of experiments) {
      assert.match(command, new RegExp(`^deno (run lessons/${number}_\\w+\\.ts|task \\w+)`));
      assert.match(question, /\?$/, `lesson ${number}: "${question}" is a question`);
      assert.notInclude(printed.join("\n"), answer, `lesson ${number} keeps its answer back`);
    }
  }
});

Deno.test("every lesson refuses an output it may not write before any work: exit 1, nothing printed", async () => {
  let outputs = 0;
  for (const [number, main, , spec] of lessons) {
    for (const [key, flag] of Object.entries(spec.flags)) {
      if (flag.kind !== "output") continue;
      outputs++;
      const args = [flagName(key), "not-allowed/picture.svg"];
      const { code, out, err } = await runLesson(main, args, denoFiles);
      assert.equal(code, 1, `lesson ${number} ${args.join(" ")}`);
      assert.deepEqual(out, [], `lesson ${number}: nothing computed first`);
      assert.match(err[0], new RegExp(`^Error: ${flagName(key)} not-allowed/picture.svg: writing`));
    }
  }
  assert.isAtLeast(outputs, 7, "lessons 08 (two), 10, 11, 12, 13 and 14 write pictures");
});
