// The folder of a file written at the root is the root, "/": that is what writing it needs
// access to, and what the message grants (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { checkWritableFor } from "./files.ts";
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
