import { assert } from "chai";
import recorded from "./recorded_run.json" with { type: "json" };
import { COMMAND, freshRun, type RecordedRun, withoutTimes } from "./record.ts";

Deno.test("two runs are compared without their times: section 3's numbers and line breaks", () => {
  const run = (time: string, error: string) =>
    `1. The neuron: error ${error}.\n\n3. One step takes\n   ${time} µs, the median of 5.\n\nEnd\n`;
  assert.equal(withoutTimes(run("5.7", "0.25")), withoutTimes(run("12.25", "0.25")));
  assert.equal(
    withoutTimes(run("5.7", "0.25")),
    "1. The neuron: error 0.25.\n\n#. One step takes # µs, the median of #.\n\nEnd\n",
  );
  // Outside the timings every number counts.
  assert.notEqual(withoutTimes(run("5.7", "0.25")), withoutTimes(run("5.7", "0.26")));
});

Deno.test({
  name: "the classroom page's recording of lesson 18 is what a fresh deno task framework prints",
  ignore: Deno.permissions.querySync({ name: "run", command: "deno" }).state !== "granted",
  async fn() {
    const recording: RecordedRun = recorded;
    assert.equal(recording.command, COMMAND);
    assert.match(recording.date, /^\d{4}-\d\d-\d\d$/);
    const run = await freshRun();
    assert.deepEqual(
      { code: run.code, stdout: withoutTimes(run.stdout), stderr: run.stderr },
      { code: recording.code, stdout: withoutTimes(recording.stdout), stderr: "" },
      "lesson 18 prints something else now: record it again with deno task framework:record",
    );
  },
});
