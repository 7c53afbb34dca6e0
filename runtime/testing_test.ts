// The fakes the tests run lessons with: files in memory that fail as the real ones do, and the
// printed lines with each paragraph unwrapped.

import { assert } from "chai";
import { FileError } from "./errors.ts";
import { captureIo, memoryFiles, unwrap } from "./testing.ts";

Deno.test("memory files read what was written; a missing file and a folder fail as on disk", async () => {
  const files = memoryFiles({ "out/a.svg": "<svg/>" });
  assert.equal(await files.readTextFile("out/a.svg"), "<svg/>");
  const folder = await files.readTextFile("out").catch((e) => e);
  assert.instanceOf(folder, FileError);
  assert.equal(folder.problem, "folder");
  for (const path of ["gone.csv", "ou", "out/a"]) {
    const missing = await files.readTextFile(path).catch((e) => e);
    assert.equal(missing.problem, "not found", path);
  }
  await files.writeTextFile("out/.b.tmp", "new");
  await files.rename("out/.b.tmp", "out/b.svg");
  assert.deepEqual(files.files, { "out/a.svg": "<svg/>", "out/b.svg": "new" });
  await files.remove("out/a.svg");
  assert.deepEqual(Object.keys(files.files), ["out/b.svg"]);
});

Deno.test("captured lines go to their own stream, and unwrap puts a paragraph back on one line", () => {
  const io = captureIo();
  io.log("one");
  io.error("two");
  assert.deepEqual([io.out, io.err], [["one"], ["two"]]);
  assert.deepEqual(unwrap(["a b\nc d", "    e\n    f", "g"]), ["a b c d", "    e f", "g"]);
});
