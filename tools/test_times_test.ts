import { assert } from "chai";
import readme from "../README.md" with { type: "text" };
import { runLesson } from "../runtime/testing.ts";
import { fileTimes, main, readmeParagraph, report } from "./test_times.ts";

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

Deno.test("the README's paragraph: every figure from the run, the slowest files named", () => {
  const run = { seconds: 28.04, files: fileTimes(junit), cores: 2, load: ["1.0", "1.2"] as const };
  assert.equal(
    readmeParagraph(run, 1),
    "On this project's 2-core machine `deno task test:times` measured 28.0 s (3 tests in 2 " +
      "files, load average 1.0 before and 1.2 after; it prints the load, since other programs " +
      "sharing the cores slow the run). The slowest files, each its tests' times summed: " +
      "`lessons/08_train_test.ts` 3.75 s. `deno task test:times:readme` writes this paragraph. " +
      "While you work, run one file: `deno test lessons/08_train_test.ts`.",
  );
  assert.include(
    readmeParagraph(run),
    "`lessons/08_train_test.ts` 3.75 s, `lib/dot_test.ts` 0.25 s.",
  );
});

Deno.test("README.md's test-time paragraph is the one deno task test:times:readme writes", () => {
  const section = readme.match(/<!-- test-time:begin -->([^]*)<!-- test-time:end -->/)?.[1];
  assert.isDefined(section, "README.md's test-time markers");
  const prose = section!.trim().replace(/\s+/g, " ");
  // Read the figures back from the prose, then write the paragraph from them: it must be the same
  // text, in the command's words and precision, the files slowest first. (That the figures are
  // one run's, no test can see: the task writes them, and the commit says so.)
  const head = prose.match(
    /(\d+)-core machine .* measured ([\d.]+) s \((\d+) tests in (\d+) files, load average (\S+) before and (\S+) after;/,
  );
  assert.isNotNull(head, prose);
  const [, cores, seconds, tests, count, before, after] = head!;
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
    files,
    cores: Number(cores),
    load: [before, after] as const,
  };
  assert.equal(prose, readmeParagraph(run));
});
