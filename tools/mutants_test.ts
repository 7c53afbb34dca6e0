import { assert } from "chai";
import { LessonError } from "../runtime/cli.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";
import {
  checkMutant,
  chosenMutants,
  main,
  mutantLine,
  plant,
  runsFor,
  tallyLine,
  verdictOf,
} from "./mutants.ts";

const mutant = { file: "lib/x.ts", from: "a + b", to: "a - b", bug: "adds the other way" };

Deno.test("a mutant plants its bug where its text stands, once", () => {
  assert.strictEqual(plant("return a + b;", mutant), "return a - b;");
});

Deno.test("a mutant whose text is gone, or stands twice, is a stale list: named, not planted", () => {
  assert.throws(() => plant("return a * b;", mutant), LessonError, '"a + b" is not in lib/x.ts');
  assert.throws(
    () => plant("a + b; a + b;", mutant),
    LessonError,
    '"a + b" is more than once in lib/x.ts',
  );
});

Deno.test("deno task mutants N runs mutant N; --from N those from N to the last; 0 and 1 mean all", () => {
  assert.deepEqual(chosenMutants(0, 1, 4), [1, 2, 3, 4]);
  assert.deepEqual(chosenMutants(3, 1, 4), [3]);
  assert.deepEqual(chosenMutants(4, 1, 4), [4], "the last one is there");
  assert.deepEqual(chosenMutants(0, 3, 4), [3, 4]);
  assert.deepEqual(chosenMutants(0, 4, 4), [4]);
  assert.throws(() => chosenMutants(5, 1, 4), LessonError, "There are mutants 1 to 4, not 5");
  assert.throws(() => chosenMutants(0, 5, 4), LessonError, "There are mutants 1 to 4, not 5");
  assert.throws(() => chosenMutants(2, 3, 4), LessonError, "Give a mutant's number or --from");
  assert.throws(() => chosenMutants(2, 2, 4), LessonError, "Give a mutant's number or --from");
});

Deno.test("a mutant is judged by the test files beside its code, then the whole suite, then its task", () => {
  const test = ["test", "--no-check", "--fail-fast"];
  const owned = { ...mutant, tests: ["lib/x_test.ts"], task: "test:site" };
  assert.deepEqual(runsFor(owned), [
    [...test, "lib/x_test.ts"],
    test,
    ["task", "test:site"],
  ]);
  assert.deepEqual(runsFor(owned, true), [[...test, "lib/x_test.ts"]], "--beside: its own only");
  assert.deepEqual(runsFor(mutant), [test]);
  assert.deepEqual(runsFor({ ...mutant, tests: [] }, true), []);
});

Deno.test("the tally counts the caught as a share of all, to one decimal, and says when beside only", () => {
  assert.equal(
    tallyLine({ caught: 2, missed: 1, hung: 0 }),
    "2 of 3 caught (66.7%), 1 missed, 0 hung.",
  );
  assert.equal(
    tallyLine({ caught: 19, missed: 0, hung: 1 }, true),
    "19 of 20 caught (95.0%), 0 missed, 1 hung, by the test files beside each mutant's code only.",
  );
});

Deno.test("a mutant's text is found at the very start of its file too, and overlapping twice is twice", () => {
  assert.strictEqual(plant("a + b;", mutant), "a - b;");
  const doubled = { ...mutant, from: "aa", to: "ab" };
  assert.throws(() => plant("aaa", doubled), LessonError, '"aa" is more than once in lib/x.ts');
  assert.strictEqual(plant("aa;", doubled), "ab;");
});

Deno.test("before any run, each mutant's text and test files are checked: a stale entry is named", async () => {
  const exists = (path: string) => Promise.resolve(path === "lib/x_test.ts");
  const source = "return a + b;";
  const check = (tests: string[], text = source) =>
    checkMutant({ ...mutant, tests }, text, exists).then(() => "fine", (e) => e.message);
  assert.equal(await check(["lib/x_test.ts"]), "fine");
  assert.equal(await check([]), "fine");
  assert.equal(
    await check(["lib/x_test.ts", "lib/x.ts"]),
    'Mutant "adds the other way": lib/x.ts is not a file deno test runs',
  );
  assert.equal(
    await check(["lib/gone_test.ts"]),
    'Mutant "adds the other way": lib/gone_test.ts is not in the project',
  );
  assert.equal(
    await check(["lib/x_test.ts"], "return b;"),
    'Mutant "adds the other way": "a + b" is not in lib/x.ts',
  );
});

Deno.test("a mutant is caught by the first run that fails, hung if one hangs first, missed if all pass", async () => {
  const runs = [["test", "a_test.ts"], ["test"], ["task", "t"]];
  const judged = async (results: (boolean | "hung")[]) => {
    const ran: string[] = [];
    const verdict = await verdictOf(runs, (args) => {
      ran.push(args.join(" "));
      return Promise.resolve(results[ran.length - 1]);
    });
    return [verdict, ran.length];
  };
  assert.deepEqual(await judged([false]), ["caught", 1], "the first failure stops the runs");
  assert.deepEqual(await judged([true, false]), ["caught", 2]);
  assert.deepEqual(await judged([true, true, false]), ["caught", 3], "its task catches it too");
  assert.deepEqual(await judged(["hung"]), ["hung", 1]);
  assert.deepEqual(await judged([true, "hung"]), ["hung", 2]);
  assert.deepEqual(await judged([true, true, true]), ["missed", 3]);
  assert.equal(await verdictOf([], () => Promise.resolve(false)), "missed", "no runs: missed");
});

Deno.test("each mutant's line gives its number, its verdict and its bug in columns", () => {
  assert.equal(mutantLine(3, "caught", mutant), " 3 caught lib/x.ts: adds the other way");
  assert.equal(mutantLine(115, "hung", mutant), "115 hung   lib/x.ts: adds the other way");
});

Deno.test({
  name: "without its permissions it says which, in one line, before it clones: exit 1",
  ignore: (await Deno.permissions.query({ name: "write", path: "/tmp" })).state === "granted",
  fn: async () => {
    const { code, out, err } = await runLesson(main, ["1"]);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      "Error: planting needs --allow-run=git,deno --allow-read=/tmp --allow-write=/tmp; run it " +
      "as deno task mutants",
    ]);
  },
});

Deno.test("deno task mutants:stale plants nothing and names the first mutant whose text is gone", async () => {
  const { MUTANTS } = await import("./mutants_list.ts");
  const [first] = MUTANTS;
  const files = memoryFiles({ [first.file]: "// its code rewritten\n" });
  const run = await runLesson(main, ["--stale", "1"], files);
  assert.strictEqual(run.code, 1);
  assert.deepEqual(run.err, [
    `Error: Mutant "${first.bug}": ${JSON.stringify(first.from)} is not in ${first.file}`,
  ]);
  assert.deepEqual(run.out, []);
  const planted = await runLesson(
    main,
    ["--stale", "1"],
    memoryFiles({
      [first.file]: `${first.from}\n`,
      ...Object.fromEntries((first.tests ?? []).map((test) => [test, ""])),
    }),
  );
  assert.deepEqual(planted.out, [
    "1 mutant plants: each one's text is found once, its test files run.",
  ]);
});

Deno.test("--checks takes out each check of each exercise: 14 files of one check are 14 mutants", async () => {
  const { exercises } = await import("../exercises/_checker/list.ts");
  const { CHECK_TESTS } = await import("./check_mutants.ts");
  const files = memoryFiles({
    ...Object.fromEntries(exercises.map(({ file }) => [
      `exercises/${file.replace(".ts", ".check.ts")}`,
      "export function check() {\n  expectValue(f(0), 1);\n}\n",
    ])),
    ...Object.fromEntries(CHECK_TESTS.map((test) => [test, ""])),
  });
  const all = await runLesson(main, ["--stale", "--checks"], files);
  assert.deepEqual(all.out, [
    "14 checks taken out plant: each one's text is found once, its test files run.",
  ]);
  const one = await runLesson(main, ["--stale", "--checks", "14"], files);
  assert.deepEqual(one.out, [
    "1 check taken out plants: each one's text is found once, its test files run.",
  ]);
  const past = await runLesson(main, ["--stale", "--checks", "15"], files);
  assert.deepEqual([past.code, past.err], [1, ["Error: There are mutants 1 to 14, not 15"]]);
});
