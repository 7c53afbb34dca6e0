import { assert } from "chai";
import readme from "../README.md" with { type: "text" };
import { FileError } from "../runtime/io.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";
import { LessonError, parseFlags } from "../runtime/cli.ts";
import {
  failures,
  fileTimes,
  main,
  readmeParagraph,
  report,
  runLines,
  spec,
} from "./test_times.ts";

// Two files as deno test --reporter=junit reports them (trimmed to what the script reads).
const junit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="deno test" tests="3" failures="0" errors="0" time="4.500">
    <testsuite name="./lib/dot_test.ts" tests="1" disabled="0" errors="0" failures="0">
        <testcase name="dot" classname="./lib/dot_test.ts" time="0.250" line="5" col="6">
        </testcase>
    </testsuite>
    <testsuite name="./lessons/08_train_test.ts" tests="2" disabled="0" errors="0" failures="0">
        <testcase name="time=&quot;9&quot;" classname="./lessons/08_train_test.ts" time="1.500" line="9" col="6">
        </testcase>
        <testcase name="b" classname="./lessons/08_train_test.ts" time="2.250" line="20" col="6">
        </testcase>
    </testsuite>
</testsuites>
`;

// Three runs of that suite, as the README's paragraph and the printed lines quote them.
const run = {
  seconds: 28.04,
  runs: [31.42, 28.04, 26.96],
  files: fileTimes(junit),
  cores: 2,
  load: ["1.0", "1.2"] as const,
};

Deno.test("each file's time is the sum of its tests' times, slowest file first", () => {
  assert.deepEqual(fileTimes(junit), [
    { file: "./lessons/08_train_test.ts", tests: 2, seconds: 3.75 },
    { file: "./lib/dot_test.ts", tests: 1, seconds: 0.25 },
  ]);
  assert.deepEqual(fileTimes('<testsuites name="deno test"></testsuites>'), []);
});

Deno.test("the report shows the slowest files with their share, and sums the rest in one line", () => {
  const files = fileTimes(junit);
  assert.deepEqual(report(files, 5), [
    "     time  share tests  file",
    "   3.75 s  93.8%    2  ./lessons/08_train_test.ts",
    "   0.25 s   6.3%    1  ./lib/dot_test.ts",
  ]);
  assert.deepEqual(report(files, 1).slice(1), [
    "   3.75 s  93.8%    2  ./lessons/08_train_test.ts",
    "   0.25 s   6.3%    1  1 other file",
  ]);
});

Deno.test({
  name: "without permission to run deno test it says so in one line: exit 1",
  ignore: (await Deno.permissions.query({ name: "run", command: "deno" })).state === "granted",
  fn: async () => {
    const { code, out, err } = await runLesson(main, []);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      "Error: running deno test needs --allow-run=deno; run it as deno task test:times",
    ]);
  },
});

Deno.test("a bad --top is one line and exit code 2", async () => {
  const { code, err } = await runLesson(main, ["--top", "0"]);
  assert.equal(code, 2);
  assert.lengthOf(err, 1);
  assert.include(err[0], 'Invalid --top "0"');
});

Deno.test("the README's paragraph: every figure from the runs, the slowest files named", () => {
  assert.equal(
    readmeParagraph(run, 1),
    "On this project's 2-core machine `deno task test:times` measured 28.0 s, the middle of 3 " +
      "runs of 27.0 to 31.4 s (3 tests in 2 files, load average 1.0 before and 1.2 after; it " +
      "prints the load, since other programs sharing the cores slow the runs). The slowest " +
      "files, each its tests' times summed: " +
      "`lessons/08_train_test.ts` 3.75 s. `deno task test:times:readme` writes this paragraph. " +
      "While you work, run one file: `deno test lessons/08_train_test.ts`.",
  );
  assert.include(
    readmeParagraph(run),
    "`lessons/08_train_test.ts` 3.75 s, `lib/dot_test.ts` 0.25 s.",
  );
  assert.include(
    readmeParagraph({ ...run, runs: [28.04] }),
    "measured 28.0 s, one run (3 tests in 2 files,",
  );
});

Deno.test("README.md's test-time paragraph is the one deno task test:times:readme writes", () => {
  const section = readme.match(/<!-- test-time:begin -->([^]*)<!-- test-time:end -->/)?.[1];
  assert.isDefined(section, "README.md's test-time markers");
  const prose = section!.trim().replace(/\s+/g, " ");
  // Read the figures back from the prose, then write the paragraph from them: it must be the same
  // text, in the command's words and precision, the files slowest first. (That the figures are
  // its runs', no test can see: the task writes them, and the commit says so.)
  const head = prose.match(
    /(\d+)-core machine .* measured ([\d.]+) s, the middle of (\d+) runs of ([\d.]+) to ([\d.]+) s \((\d+) tests in (\d+) files, load average (\S+) before and (\S+) after;/,
  );
  assert.isNotNull(head, prose);
  const [, cores, seconds, runs, low, high, tests, count, before, after] = head!;
  assert.isAtLeast(Number(runs), 3, "the README quotes the middle of three runs or more");
  const slowest = [...prose.split("summed: ")[1].matchAll(/`([^`]+_test\.ts)` ([\d.]+) s/g)];
  assert.lengthOf(slowest, 5, "the five slowest files");
  const times = slowest.map(([, , time]) => Number(time));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), "slowest first");
  const files = slowest.map(([, file, time]) => ({ file: `./${file}`, tests: 0, seconds: +time }));
  // The rest of the files, as many as the paragraph counts, holding the rest of the tests.
  files.push(
    ...Array.from({ length: Number(count) - 5 }, (_, k) => ({
      file: `./other_${k}_test.ts`,
      tests: k === 0 ? Number(tests) : 0,
      seconds: 0,
    })),
  );
  const run = {
    seconds: Number(seconds),
    // The middle run between the fastest and the slowest, as many as the paragraph counts.
    runs: [Number(low), Number(seconds), Number(high), ...Array(Number(runs) - 3).fill(+seconds)],
    files,
    cores: Number(cores),
    load: [before, after] as const,
  };
  assert.equal(prose, readmeParagraph(run));
});

Deno.test("--top takes 1 to 1000: each bound at its exact value is in, one past it out", () => {
  const top = (value: string) => parseFlags(["--top", value], spec.flags).values.top;
  assert.strictEqual(top("1"), 1);
  assert.strictEqual(top("1000"), 1000);
  assert.strictEqual(parseFlags([], spec.flags).values.top, 15);
  assert.isFalse(parseFlags([], spec.flags).values.updateReadme);
  assert.throws(() => top("1001"), 'Invalid --top "1001": expected a whole number from 1 to 1000');
  assert.throws(() => top("0"), 'Invalid --top "0"');
});

Deno.test("--update-readme needs 3 runs or more, since the README quotes their middle: exit 2 before any run", async () => {
  for (const runs of ["1", "2"]) {
    const { code, out, err } = await runLesson(main, ["--update-readme", "--runs", runs]);
    assert.equal(code, 2);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      `Error: --update-readme with --runs ${runs}: the README quotes the middle of 3 runs or ` +
      "more. Run with --help for usage.",
    ]);
  }
});

Deno.test("--runs takes 1 to 5, 3 by default: each bound at its exact value is in, one past it out", () => {
  const runs = (value: string) => parseFlags(["--runs", value], spec.flags).values.runs;
  assert.strictEqual(runs("1"), 1);
  assert.strictEqual(runs("5"), 5);
  assert.strictEqual(parseFlags([], spec.flags).values.runs, 3);
  assert.throws(() => runs("6"), 'Invalid --runs "6": expected a whole number from 1 to 5');
  assert.throws(() => runs("0"), 'Invalid --runs "0"');
});

Deno.test("a failed run names its failed tests, as written, with their file and line", () => {
  const failed = `<testsuite name="./a_test.ts" tests="3" failures="2">
        <testcase name="x &quot;&lt;q&gt;&quot; &amp; &apos;r&apos;" classname="./a_test.ts" time="0.001" line="1" col="6">
            <failure message="Uncaught Error: boom">Error: boom</failure>
        </testcase>
        <testcase name="y" classname="./a_test.ts" time="0.000" line="4" col="6">
        </testcase>
        <testcase name="z" classname="./a_test.ts" time="0.000" line="9" col="6">
            <failure message="Uncaught Error: bang">Error: bang</failure>
        </testcase>
    </testsuite>`;
  assert.deepEqual(failures(failed), [`"x "<q>" & 'r'" (./a_test.ts:1)`, `"z" (./a_test.ts:9)`]);
  assert.deepEqual(failures(junit), [], "a run that passed");
});

// A test with a step that failed, as deno test --reporter=junit reports it: the step is a test
// case of its own, after its test, whose time holds the step's.
const stepped = `<testsuite name="./s_test.ts" tests="2" disabled="0" errors="0" failures="2">
        <testcase name="p" classname="./s_test.ts" time="0.250" line="1" col="6">
            <failure message="1 test step failed">1 test step failed.</failure>
        </testcase>
        <testcase name="p &gt; s" classname="./s_test.ts" time="0.125" line="1" col="39">
            <failure message="Uncaught Error: boom">Error: boom</failure>
        </testcase>
        <testcase name="q &gt; r" classname="./s_test.ts" time="0.5" line="3" col="6">
        </testcase>
    </testsuite>`;

Deno.test("a test's steps are part of it: not counted or timed again, and a failed step is named once", () => {
  assert.deepEqual(fileTimes(stepped), [{ file: "./s_test.ts", tests: 2, seconds: 0.75 }]);
  assert.deepEqual(failures(stepped), [`"p > s" (./s_test.ts:1)`]);
});

Deno.test("files of equal time are in the order of their names, and a suite without a name is refused", () => {
  const suite = (name: string, time: string) =>
    `<testsuite name="${name}" tests="1"><testcase name="t" time="${time}"></testcase></testsuite>`;
  assert.deepEqual(
    fileTimes(
      `${suite("./b_test.ts", "1.0")}${suite("./a_test.ts", "1.0")}${suite("./c_test.ts", "2")}`,
    )
      .map((f) => f.file),
    ["./c_test.ts", "./a_test.ts", "./b_test.ts"],
  );
  assert.throws(
    () => fileTimes('<testsuite tests="1"></testsuite>'),
    LessonError,
    "without a name",
  );
});

Deno.test("the rest of several files is summed in one line, and a run of no time has shares of 0", () => {
  const files = [
    { file: "./a_test.ts", tests: 3, seconds: 2 },
    { file: "./b_test.ts", tests: 2, seconds: 1.5 },
    { file: "./c_test.ts", tests: 4, seconds: 0.5 },
  ];
  assert.deepEqual(report(files, 1).slice(1), [
    "   2.00 s  50.0%    3  ./a_test.ts",
    "   2.00 s  50.0%    6  2 other files",
  ]);
  assert.lengthOf(report(files, 3), 4, "every file shown: no line for the rest");
  assert.deepEqual(report([{ file: "./a_test.ts", tests: 1, seconds: 0 }], 5).slice(1), [
    "   0.00 s   0.0%    1  ./a_test.ts",
  ]);
});

Deno.test("the README's paragraph names the 5 slowest files by default, in their order", () => {
  const files = ["a", "b", "c", "d", "e", "f"].map((name, i) => ({
    file: `./${name}_test.ts`,
    tests: 1,
    seconds: 6 - i,
  }));
  const paragraph = readmeParagraph({
    seconds: 9.96,
    runs: [9.96],
    files,
    cores: 2,
    load: ["0.5", "0.7"],
  });
  assert.include(
    paragraph,
    "summed: `a_test.ts` 6.00 s, `b_test.ts` 5.00 s, `c_test.ts` 4.00 s, `d_test.ts` 3.00 s, " +
      "`e_test.ts` 2.00 s. ",
  );
  assert.include(paragraph, "measured 10.0 s, one run (6 tests in 6 files");
});

Deno.test("--update-readme checks README.md before the run: a missing section or permission is one line, exit 1", async () => {
  const refused = {
    ...memoryFiles(),
    readTextFile: () => Promise.reject(new FileError("not permitted", "Requires read access")),
  };
  for (
    const [files, message] of [
      [
        memoryFiles({ "README.md": "# T\n" }),
        "README.md has no <!-- test-time:begin --> ... <!-- test-time:end --> section to update",
      ],
      [refused, "writing README.md needs its permissions; run it as deno task test:times:readme"],
      [memoryFiles(), "README.md: No such file: README.md"],
    ] as const
  ) {
    const { code, out, err } = await runLesson(main, ["--update-readme"], files);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}`]);
  }
});

Deno.test("a run's shares are of its own total, also when it is under a second", () => {
  const files = [
    { file: "./a_test.ts", tests: 1, seconds: 0.5 },
    { file: "./b_test.ts", tests: 1, seconds: 0.25 },
  ];
  assert.deepEqual(report(files, 2).slice(1), [
    "   0.50 s  66.7%    1  ./a_test.ts",
    "   0.25 s  33.3%    1  ./b_test.ts",
  ]);
});

Deno.test("the run's lines: its tests and files counted, its time to a tenth, the load, then the report", () => {
  assert.deepEqual(runLines(run, 1), [
    "deno test: 3 tests in 2 files, 28.0 s wall time on 2 cores,",
    "the middle of 3 runs (31.4, 28.0, 27.0 s);",
    "load average 1.0 before, 1.2 after.",
    "Each file's time is the sum of its tests' times (deno test --reporter=junit):",
    ...report(run.files, 1),
  ]);
  assert.equal(runLines({ ...run, runs: [28.04] }, 1)[1], "one run;");
  assert.equal(
    runLines({ ...run, runs: [29.04, 28.04] }, 1)[1],
    "the slower middle one of 2 runs (29.0, 28.0 s);",
  );
  const five = runLines({ ...run, runs: [100.25, 100.25, 100.25, 100.25, 100.25] }, 1);
  assert.equal(five[1], "the middle of 5 runs (100.3, 100.3, 100.3, 100.3, 100.3 s);");
  for (const line of five) assert.isAtMost(line.length, 80, line);
});

Deno.test("a README check that fails for another reason is a bug, thrown on", async () => {
  const broken = { ...memoryFiles(), readTextFile: () => Promise.reject(new TypeError("a bug")) };
  const error = await runLesson(main, ["--update-readme"], broken).catch((e) => e);
  assert.instanceOf(error, TypeError);
});
