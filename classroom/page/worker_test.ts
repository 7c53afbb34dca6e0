// The page's worker runs a lesson on the files the page hands it, reading each as a lesson in a
// terminal would: a file of exactly the size a flag reads is read, one byte more is refused
// (tools/mutants_list.ts plants the bug this catches); what it hands back as written is the
// pictures the lesson drew, not the files it was given.

import { assert } from "chai";
import * as lesson08 from "../../lessons/08_train.ts";
import { MAX_DATA_BYTES } from "../../runtime/files.ts";
import { runLesson, type RunMessage } from "./worker.ts";

/** Runs lesson 08 in the worker on a data file the page says is `size` bytes. */
async function runWithSize(size: number, more: string[] = []) {
  const scope = globalThis as unknown as { classroomLessons?: Record<string, unknown> };
  scope.classroomLessons = { "08_train.ts": lesson08 };
  const messages: RunMessage[] = [];
  try {
    await runLesson({
      file: "08_train.ts",
      args: ["--data", "my.csv", "--iterations", "100", ...more],
      files: { "my.csv": "x1,target\n1,0\n-1,1\n" },
      sizes: { "my.csv": size },
    }, (message) => messages.push(message));
  } finally {
    delete scope.classroomLessons;
  }
  const done = messages.at(-1)!;
  assert.equal(done.kind, "done");
  return done as Extract<RunMessage, { kind: "done" }>;
}

Deno.test("the page reads a data file of exactly the most --data reads, and refuses one byte more", async () => {
  const at = await runWithSize(MAX_DATA_BYTES);
  assert.equal(at.code, 0);
  assert.deepEqual(at.err, []);
  const over = await runWithSize(MAX_DATA_BYTES + 1);
  assert.equal(over.code, 1);
  assert.deepEqual(over.err, ["Error: --data my.csv: larger than 100 MB, the most --data reads"]);
});

Deno.test("the worker hands back as written exactly the picture the lesson drew, not the data it read", async () => {
  const { code, written } = await runWithSize(20, ["--plot", "chart.svg"]);
  assert.equal(code, 0);
  assert.deepEqual(Object.keys(written), ["chart.svg"]);
  assert.match(written["chart.svg"], /^<svg[^]*<\/svg>\n?$/);
  assert.deepEqual((await runWithSize(20)).written, {}, "no --plot, nothing written");
});
