import { assert } from "chai";
import { parseFlags } from "../runtime/cli.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";
import {
  GOAL_MS,
  main,
  median,
  spec,
  TIMED_LESSONS,
  timeLesson,
  timesSection,
} from "./lesson_times.ts";

const machine = { cores: 2, load: [0.4, 1.25] as [number, number], runs: 5 };

Deno.test("a lesson's median of exactly 1 s is within the goal; 1 ms more is over it, and named", () => {
  const at = timesSection([{ file: "12_digits.ts", median: GOAL_MS, slowest: 1200 }], machine);
  assert.include(at, "every lesson's median is within the goal of 1 s.");
  const over = timesSection([
    { file: "11_diagnosis.ts", median: 999.6, slowest: 1100 },
    { file: "12_digits.ts", median: GOAL_MS + 1, slowest: 1200 },
  ], machine);
  assert.include(over, "over the goal of 1 s: lesson 12 (1001 ms).");
  assert.notInclude(over, "lesson 11 (");
});

Deno.test("the section names the machine, the runs, and gives each lesson's row in its order", () => {
  const section = timesSection([
    { file: "03_predict.ts", median: 35.4, slowest: 43.6 },
    { file: "08_train.ts", median: 98, slowest: 109 },
  ], machine);
  assert.deepEqual(section.split("\n"), [
    "Measured by `deno task lessons:times:readme` on 2 cores, load average 0.4 before and 1.3 " +
    "after, 5 runs of each lesson after one unmeasured: every lesson's median is within the " +
    "goal of 1 s.",
    "",
    "| Lesson | Median | Slowest |",
    "| --- | --- | --- |",
    "| `lessons/03_predict.ts` | 35 ms | 44 ms |",
    "| `lessons/08_train.ts` | 98 ms | 109 ms |",
  ]);
});

Deno.test("the median is the middle run, whatever their order; of an even count the upper middle", () => {
  assert.equal(median([900, 30, 40]), 40);
  assert.equal(median([4, 1, 3, 2]), 3);
  assert.equal(median([7]), 7);
});

Deno.test("--runs takes 1 to 100: each bound at its exact value is in, one past it out", () => {
  const runs = (value: string) => parseFlags(["--runs", value], spec.flags).values.runs;
  assert.strictEqual(runs("1"), 1);
  assert.strictEqual(runs("100"), 100);
  assert.strictEqual(parseFlags([], spec.flags).values.runs, 5);
  assert.throws(() => runs("101"), 'Invalid --runs "101": expected a whole number from 1 to 100');
  assert.throws(() => runs("0"), 'Invalid --runs "0"');
});

Deno.test("every lesson over the goal is named, in order, its median rounded to the nearest ms", () => {
  const over = timesSection([
    { file: "11_diagnosis.ts", median: 1000.5, slowest: 1100 },
    { file: "12_digits.ts", median: 1499.4, slowest: 1600 },
  ], machine);
  assert.include(over, "over the goal of 1 s: lesson 11 (1001 ms), lesson 12 (1499 ms).");
});

Deno.test("a lesson is timed once unmeasured, then --runs times: their median and their slowest", async () => {
  const asked: string[] = [];
  const times = [5000, 30, 90, 40];
  const timed = await timeLesson("08_train.ts", 3, (file) => {
    asked.push(file);
    if (asked.length > 10) throw new Error("timed more than 10 runs: the loop does not end");
    return Promise.resolve(times[asked.length - 1]);
  });
  assert.deepEqual(timed, { file: "08_train.ts", median: 40, slowest: 90 });
  assert.deepEqual(asked, ["08_train.ts", "08_train.ts", "08_train.ts", "08_train.ts"]);
});

Deno.test("every lesson is timed but those that run apart", () => {
  assert.include(TIMED_LESSONS, "01_weighted_sum.ts");
  assert.include(TIMED_LESSONS, "17_autograd.ts");
  assert.notInclude(TIMED_LESSONS, "18_framework.ts");
  assert.deepEqual(TIMED_LESSONS, [...TIMED_LESSONS].sort(), "in the order of their numbers");
});

Deno.test("--update-readme reads README.md before any run: a missing section or file is one line, exit 1", async () => {
  for (
    const [files, message] of [
      [
        memoryFiles({ "README.md": "# T\n" }),
        "README.md has no <!-- lesson-times:begin --> ... <!-- lesson-times:end --> section to update",
      ],
      [memoryFiles(), "--update-readme README.md: no such file"],
    ] as const
  ) {
    const { code, out, err } = await runLesson(main, ["--update-readme"], files);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}`]);
  }
});

Deno.test({
  name: "without permission to read the load average it says which, in one line: exit 1",
  ignore: (await Deno.permissions.query({ name: "sys", kind: "loadavg" })).state === "granted",
  fn: async () => {
    const { code, out, err } = await runLesson(main, []);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      "Error: reading the load average needs --allow-sys=loadavg; run deno task lessons:times",
    ]);
  },
});
