import { assert } from "chai";
import { runLesson } from "../runtime/testing.ts";
import { fileTimes, main, report } from "./test_times.ts";

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
