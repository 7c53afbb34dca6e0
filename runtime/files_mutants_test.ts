// The folder of a file written at the root is the root, "/": that is what writing it needs
// access to, and what the message grants; a file over the limit names the limit in megabytes, to
// three digits (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { checkWritableFor, readTextFileFor } from "./files.ts";
import { FileTooLargeError } from "./errors.ts";
import type { Files } from "./io.ts";
import { memoryFiles } from "./testing.ts";

Deno.test("a file at the root needs access to /, and the refusal grants exactly that", async () => {
  const asked: string[] = [];
  const denied: Files = {
    ...memoryFiles(),
    permitted: (access, path) => {
      asked.push(`${access} ${path}`);
      return Promise.resolve(access === "read");
    },
  };
  const message = await checkWritableFor("plot", "/chart.svg", denied).then(
    () => "allowed",
    (e) => e.message,
  );
  assert.equal(
    message,
    "--plot /chart.svg: writing it needs write permission, and read permission to move it " +
      "into place; run with --allow-read=/ --allow-write=/",
  );
  assert.deepEqual(asked, ["read /", "write /"]);
});

// The trial write that checkWritableFor makes before any work goes to a file of its own beside
// the output: an output that exists already (last run's chart) is untouched by the check.
Deno.test("checkWritableFor's trial write leaves an existing output as it was", async () => {
  const files = memoryFiles({ "out/chart.svg": "last run's chart" });
  const written: string[] = [];
  const watched: Files = {
    ...files,
    permitted: () => Promise.resolve(true),
    writeTextFile: (path, text) => {
      written.push(path);
      return files.writeTextFile(path, text);
    },
  };
  await checkWritableFor("plot", "out/chart.svg", watched);
  assert.deepEqual(files.files, { "out/chart.svg": "last run's chart" });
  assert.equal(written.length, 1);
  assert.notEqual(written[0], "out/chart.svg", "the trial is not the output itself");
  assert.isTrue(written[0].startsWith("out/"), `${written[0]} is beside the output`);
});

Deno.test("a file over the limit is named with the limit in megabytes, to three digits", async () => {
  const tooLarge = (limit: number): Files => ({
    ...memoryFiles(),
    readTextFile: () => Promise.reject(new FileTooLargeError(limit)),
  });
  for (
    const [limit, shown] of [[1_500_000, "1.5 MB"], [100_000_000, "100 MB"], [
      123_456,
      "0.123 MB",
    ]] as const
  ) {
    const error = await readTextFileFor("data", "big.csv", tooLarge(limit), limit).catch((e) => e);
    assert.equal(error.message, `--data big.csv: larger than ${shown}, the most --data reads`);
  }
});
