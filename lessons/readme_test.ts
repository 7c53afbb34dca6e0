// The README against the lessons: its table of lessons lists the catalogue's, in order, and its
// sample outputs are what the lessons print (each ```sh block holding one
// `deno run lessons/NN_name.ts ...` line, followed by a plain ``` block, is run and compared).

import { assert } from "chai";
import readme from "../README.md" with { type: "text" };
import { runLesson } from "../runtime/testing.ts";
import { readCatalogue } from "./catalogue.ts";

const catalogue = await readCatalogue();

/** The files in the first column of the README's table of lessons, in order. */
function lessonTable(text: string): string[] {
  const section = text.split("\n## The lessons\n")[1]?.split("\n## ")[0] ?? "";
  const table = section.split("\n\n").map((p) => p.trim()).find((p) => p.startsWith("|"));
  return (table ?? "").split("\n").slice(2).map((row) => /^\| `([^`]+)`/.exec(row)?.[1] ?? row);
}

Deno.test("the README's table of lessons lists every lesson of the catalogue, in order", () => {
  assert.deepEqual(lessonTable(readme), catalogue.map((lesson) => lesson.path));
});

Deno.test("the table finder reads the first column of the table under 'The lessons'", () => {
  const text = "## Run it\n\n| a |\n\n## The lessons\n\nProse.\n\n| Lesson | Step |\n| - | - |\n" +
    "| `lessons/01_a.ts` | 1 |\n| `lessons/02_b.ts` | 2 |\n\nMore prose.\n";
  assert.deepEqual(lessonTable(text), ["lessons/01_a.ts", "lessons/02_b.ts"]);
});

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
    const lesson = catalogue.find((lesson) => lesson.number === number);
    assert.isDefined(lesson?.module, `lesson ${number} is in the catalogue and runs here`);
    const { code, out } = await runLesson((await lesson!.module!()).main, args);
    assert.equal(code, 0);
    assert.equal(out.join("\n"), output, `lesson ${number} ${args.join(" ")}`);
  }
});

Deno.test("the sample finder reads a block and its flags, and skips a command with no output", () => {
  const text = "```sh\ndeno run lessons/03_predict.ts --input 1,2\n```\n\n```\nA\nB\n```\n" +
    "```sh\ndeno run lessons/08_train.ts\n```\n\nprose\n";
  assert.deepEqual(samples(text), [{ number: "03", args: ["--input", "1,2"], output: "A\nB" }]);
});

/** "18", "13 and 18", "13, 16 and 18". */
function numbers(list: readonly string[]): string {
  return list.length < 2 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

Deno.test("the teachers' advice names the lessons with no 'Try this' and no exercise, as their specs say", async () => {
  const noTry: string[] = [];
  const noExercise: string[] = [];
  for (const lesson of catalogue) {
    // A lesson that runs apart cannot be loaded here: its source says what its spec holds.
    const spec = lesson.module ? (await lesson.module()).spec : undefined;
    const tries = spec
      ? (spec.experiments ?? []).length > 0
      : /\bexperiments\b/.test(lesson.source);
    const exercise = spec ? spec.exercise !== undefined : /\bexercise:/.test(lesson.source);
    if (!tries) noTry.push(lesson.number);
    if (!exercise) noExercise.push(lesson.number);
  }
  const flat = readme.replace(/\s+/g, " ");
  assert.include(
    flat,
    `Every lesson but ${numbers(noTry)} ends with a "Try this"; lessons ${numbers(noExercise)} ` +
      "name no exercise of their own",
  );
});
