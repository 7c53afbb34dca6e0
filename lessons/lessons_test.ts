// What every lesson promises, checked for all of them at once: --help, an unknown flag refused,
// something to try, and the shape of the file (the teaching first, the flag spec at the bottom).
// What each lesson's default run promises (80 columns, its Try this printed without answers) its
// own tests check on that run (lessons/_default_run.ts), and the walkthrough through the real
// lessons, which runs them all again, has its own file (lessons/walkthrough_e2e.ts). Lesson 18 loads
// TensorFlow.js with its own configuration; its own task (deno task test:framework) checks it the
// same way.

import { assert } from "chai";
import { flagName } from "../runtime/cli.ts";
import { denoFiles } from "../runtime/io.ts";
import { LIB_FILE } from "../runtime/lesson_intro.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { runLesson } from "../runtime/testing.ts";
import { assertExperiments } from "./_default_run.ts";
import { CATALOGUE, type CatalogueEntry, IN_PROCESS, readCatalogue } from "./catalogue.ts";

// Every lesson of the catalogue that runs in this process, with its module.
const catalogue = await readCatalogue();
const lessons = await Promise.all(
  catalogue.filter((lesson) => lesson.module !== undefined).map(async (lesson) => {
    const { main, spec } = await lesson.module!();
    return [lesson.number, main, lesson.source, spec] as const;
  }),
);

Deno.test("the catalogue lists its lessons in order, each once, each with a title and an idea", () => {
  assert.deepEqual(catalogue.map((lesson) => lesson.file), CATALOGUE.map((entry) => entry.file));
  assert.isAtLeast(catalogue.length, 16);
  for (const lesson of catalogue) {
    assert.match(lesson.title, /^[a-z]/, `${lesson.path}: the title reads on from "Lesson NN: "`);
    assert.isAtLeast(lesson.idea.length, 1, lesson.path);
    assert.equal(lesson.command, lesson.apart?.command ?? `deno run ${lesson.path}`);
  }
  assert.deepEqual(
    catalogue.filter((lesson) => lesson.apart !== undefined).map((lesson) => lesson.number),
    ["18"],
    "lesson 18 runs apart: it loads TensorFlow.js",
  );
  assert.deepEqual(
    catalogue.filter((lesson) => lesson.apart !== undefined).map((lesson) => lesson.file),
    Object.keys(SEPARATE_LESSONS),
    "each lesson of runtime/separate.ts runs apart in the catalogue, and no other",
  );
});

// Each lesson's own test file, as text, by the lesson's file: imported by literal name, so that
// reading them needs no permission.
const OWN_TESTS: Record<string, () => Promise<{ default: string }>> = {
  "01_weighted_sum.ts": () => import("./01_weighted_sum_test.ts", { with: { type: "text" } }),
  "02_sigmoid.ts": () => import("./02_sigmoid_test.ts", { with: { type: "text" } }),
  "03_predict.ts": () => import("./03_predict_test.ts", { with: { type: "text" } }),
  "04_error.ts": () => import("./04_error_test.ts", { with: { type: "text" } }),
  "05_gradient_descent.ts": () =>
    import("./05_gradient_descent_test.ts", { with: { type: "text" } }),
  "06_chain_rule.ts": () => import("./06_chain_rule_test.ts", { with: { type: "text" } }),
  "07_neural_network.ts": () => import("./07_neural_network_test.ts", { with: { type: "text" } }),
  "08_train.ts": () => import("./08_train_test.ts", { with: { type: "text" } }),
  "09_gradient_check.ts": () => import("./09_gradient_check_test.ts", { with: { type: "text" } }),
  "10_hidden_layer.ts": () => import("./10_hidden_layer_test.ts", { with: { type: "text" } }),
  "11_diagnosis.ts": () => import("./11_diagnosis_test.ts", { with: { type: "text" } }),
  "12_digits.ts": () => import("./12_digits_test.ts", { with: { type: "text" } }),
  "13_loss_landscape.ts": () => import("./13_loss_landscape_test.ts", { with: { type: "text" } }),
  "14_batches.ts": () => import("./14_batches_test.ts", { with: { type: "text" } }),
  "15_generalisation.ts": () => import("./15_generalisation_test.ts", { with: { type: "text" } }),
  "16_learning_rates.ts": () => import("./16_learning_rates_test.ts", { with: { type: "text" } }),
  "17_autograd.ts": () => import("./17_autograd_test.ts", { with: { type: "text" } }),
};

Deno.test("each lesson's own tests check its default run, the run with no flags, with assertDefaultRun", async () => {
  // What lessons/_default_run.ts checks (80 columns, its Try this without answers) was checked
  // here for every lesson at once; each lesson's tests now check it on the run they make anyway.
  for (const [number] of lessons) {
    const file = catalogue.find((lesson) => lesson.number === number)!.file;
    assert.property(OWN_TESTS, file, `lessons/${file.replace(".ts", "_test.ts")} is listed here`);
    const source = (await OWN_TESTS[file]()).default;
    const run =
      /assertDefaultRun\("(\d\d)", spec, await (runLesson\(main\)|run\(\)|defaultRun|runDefault\(\))\);/
        .exec(source);
    assert.isNotNull(run, `lessons/${file.replace(".ts", "_test.ts")} calls assertDefaultRun`);
    assert.equal(run![1], number, file);
  }
});

Deno.test("a lesson whose idea lives in lib/ names that file, and imports from it or its folder", () => {
  for (const { path, lib, source } of catalogue) {
    if (lib === undefined) continue;
    assert.match(lib, LIB_FILE, path);
    const folder = lib.replace(/[^/]+$/, "");
    const imports = [...source.matchAll(/from "\.\.\/(lib\/[\w/]+\.ts)"/g)].map((m) => m[1]);
    assert.isTrue(
      imports.some((file) => file === lib || file === `${folder}mod.ts` || file === "lib/mod.ts"),
      `${path} names ${lib}, but imports from neither it nor a mod.ts above it`,
    );
  }
  const named = catalogue.filter((lesson) => lesson.lib !== undefined).map((l) => l.number);
  assert.includeMembers(named, ["01", "02", "03", "07", "08", "10"]);
});

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

Deno.test("every lesson's teaching follows its opening comment within 20 lines, and its flag spec sits at the bottom", () => {
  for (const [number, , source] of lessons) {
    const lines = source.split("\n");
    const comment = lines.findIndex((line) => !line.startsWith("//"));
    const start = lines.findIndex((line) => /^(async )?function lesson\(/.test(line));
    assert.isAtLeast(start, 0, `lesson ${number} has a lesson function`);
    assert.isAtMost(
      start - comment,
      20,
      `lesson ${number}: the lesson starts at line ${start + 1}`,
    );
    const spec = lines.findIndex((line) => line.startsWith("export const spec = defineLesson("));
    const main = lines.findIndex((line) => line.startsWith("export const main = lessonMain("));
    assert.isAbove(spec, start, `lesson ${number}: the spec comes after the lesson`);
    assert.equal(main, lines.length - 4, `lesson ${number}: main closes the file`);
  }
});

Deno.test("every lesson has something to try: each a command of its own and a question", () => {
  // What each prints, and that it keeps the answers back, each lesson's own tests check on their
  // default run (lessons/_default_run.ts), and so does the walkthrough's (deno task
  // test:walkthrough).
  for (const [number, , , spec] of lessons) assertExperiments(number, spec);
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

// The catalogue's checks of each entry, at their edges: an entry is refused when its opening
// comment gives another number than its file, whether smaller or larger, and when it has both a
// module and a way to run apart, or neither (tools/mutants_list.ts plants the bugs these catch).
/** An entry for `file` whose source opens as lesson `number`. */
function entry(file: string, number: string, runs: Partial<CatalogueEntry>): CatalogueEntry {
  const text = [`// Lesson ${number}: a lesson.`, "//", "// Its idea.", "", "export {};"].join(
    "\n",
  );
  return { file, source: () => Promise.resolve({ default: text }), ...runs };
}

const module = { module: () => Promise.reject(new Error("not loaded in this test")) };
const apart = { apart: SEPARATE_LESSONS["18_framework.ts"] };

Deno.test("the catalogue takes an entry whose comment gives its file's number, and no other", async () => {
  const [lesson] = await readCatalogue([entry("05_x.ts", "05", module)]);
  assert.equal(lesson.number, "05");
  assert.equal(lesson.path, "lessons/05_x.ts");
  for (const number of ["04", "06", "50"]) {
    const error = await readCatalogue([entry("05_x.ts", number, module)]).catch((e) => e);
    assert.instanceOf(error, Error, `a comment of lesson ${number} in 05_x.ts`);
    assert.equal(
      error.message,
      `lessons/05_x.ts opens with "// Lesson ${number}": its number is its file's`,
    );
  }
});

Deno.test("the catalogue takes an entry with a module or apart, not both, not neither", async () => {
  assert.lengthOf(await readCatalogue([entry("05_x.ts", "05", apart)]), 1);
  assert.lengthOf(await readCatalogue([entry("05_x.ts", "05", module)]), 1);
  for (const runs of [{ ...module, ...apart }, {}]) {
    const error = await readCatalogue([entry("05_x.ts", "05", runs)]).catch((e) => e);
    assert.instanceOf(error, Error, JSON.stringify(Object.keys(runs)));
    assert.equal(
      error.message,
      "lessons/05_x.ts: an entry has either a module or apart, not both or neither",
    );
  }
});

Deno.test("the catalogue keeps its lessons in increasing order: the same number twice, or a step back, is refused", async () => {
  const lessons = await readCatalogue([
    entry("04_a.ts", "04", module),
    entry("05_b.ts", "05", module),
    entry("07_c.ts", "07", apart),
  ]);
  assert.deepEqual(lessons.map((l) => l.number), ["04", "05", "07"]);
  assert.deepEqual(lessons.map((l) => l.command), [
    "deno run lessons/04_a.ts",
    "deno run lessons/05_b.ts",
    SEPARATE_LESSONS["18_framework.ts"].command,
  ]);
  for (
    const [files, message] of [
      [["05_a.ts", "05_b.ts"], "lessons/05_b.ts comes after lesson 05: keep them in order"],
      [["05_a.ts", "04_b.ts"], "lessons/04_b.ts comes after lesson 05: keep them in order"],
      [
        ["03_a.ts", "05_b.ts", "04_c.ts"],
        "lessons/04_c.ts comes after lesson 05: keep them in order",
      ],
    ] as const
  ) {
    const entries = files.map((file) => entry(file, file.slice(0, 2), module));
    const error = await readCatalogue(entries).catch((e) => e);
    assert.instanceOf(error, Error, files.join(" "));
    assert.equal(error.message, message);
  }
});

Deno.test("a catalogue entry's file is a lesson's name: two digits, a name, .ts, not a test", async () => {
  for (const file of ["05_x_test.ts", "5_x.ts", "05_X.ts", "05_x.js"]) {
    const error = await readCatalogue([entry(file, "05", module)]).catch((e) => e);
    assert.instanceOf(error, Error, file);
    assert.equal(error.message, `lessons/${file} is not a lesson's file name`);
  }
  assert.lengthOf(await readCatalogue([entry("05_x_2.ts", "05", module)]), 1);
});

Deno.test("the lessons that run in this process are every lesson but the one that runs apart, 18", () => {
  assert.deepEqual(
    IN_PROCESS,
    CATALOGUE.map((entry) => entry.file).filter((file) => file !== "18_framework.ts"),
  );
  assert.lengthOf(IN_PROCESS, 17);
  assert.equal(IN_PROCESS[0], "01_weighted_sum.ts");
});
