import { assert } from "chai";
import { runLesson } from "../runtime/testing.ts";
import { main, megabytes, packagesOf, stepLines } from "./install_size.ts";

Deno.test("a package is a name and version folder with a package.json, scoped or not", () => {
  assert.deepEqual(
    packagesOf([
      "vega/6.4.0/package.json",
      "vega/6.4.0/build/package.json",
      "vega/6.4.0/build/vega.js",
      "vega/registry.json",
      "@esbuild/linux-x64/0.25.5/package.json",
      "@esbuild/linux-x64/0.25.5/bin/esbuild",
      "@esbuild/linux-x64/registry.json",
      "d3-array/3.2.4/package.json",
      "d3-array/3.2.3/package.json",
    ]),
    ["@esbuild/linux-x64@0.25.5", "d3-array@3.2.3", "d3-array@3.2.4", "vega@6.4.0"],
  );
  assert.deepEqual(packagesOf([]), []);
});

Deno.test("sizes are megabytes of 2^20 bytes, one decimal", () => {
  assert.equal(megabytes(10 * 1024 * 1024), "10.0");
  assert.equal(megabytes(1024 * 1024 * 1.25), "1.3");
});

Deno.test("a folder of a name and version without its own package.json is no package", () => {
  assert.deepEqual(packagesOf(["left-pad/1.3.0/index.js", "@s/x/1.0.0/lib/package.json"]), []);
  assert.deepEqual(packagesOf(["left-pad/1.3.0/package.json", "left-pad/package.json"]), [
    "left-pad@1.3.0",
  ]);
});

Deno.test("a thousand megabytes are 1000.0: each megabyte is 2^20 bytes", () => {
  assert.equal(megabytes(1000 * 1024 * 1024), "1000.0");
});

const MB = 1024 * 1024;

Deno.test("each step names the packages it added, the largest three first, and what it grew by", () => {
  const before = { packages: new Map([["vega@6.4.0", 9 * MB]]), bytes: 10 * MB };
  const after = {
    packages: new Map([
      ["vega@6.4.0", 9 * MB],
      ["a@1.0.0", 1 * MB],
      ["b@1.0.0", 4 * MB],
      ["c@1.0.0", 2 * MB],
      ["d@1.0.0", 3 * MB],
    ]),
    bytes: 25 * MB,
  };
  assert.deepEqual(stepLines("deno task site:install", before, after), [
    "deno task site:install: 4 packages, 15.0 MB (cache 5 packages, 25.0 MB)",
    "  largest: b@1.0.0 4.0 MB, d@1.0.0 3.0 MB, c@1.0.0 2.0 MB",
  ]);
  assert.deepEqual(stepLines("deno install", { packages: new Map(), bytes: 0 }, before), [
    "deno install: 1 packages, 10.0 MB (cache 1 packages, 10.0 MB)",
    "  largest: vega@6.4.0 9.0 MB",
  ]);
  assert.deepEqual(stepLines("deno task browser:install", after, after), [
    "deno task browser:install: 0 packages, 0.0 MB (cache 5 packages, 25.0 MB)",
  ], "nothing added: no largest line");
});

Deno.test({
  name: "without its permissions it says which, in one line, before it measures: exit 1",
  ignore: (await Deno.permissions.query({ name: "write", path: "/tmp" })).state === "granted",
  fn: async () => {
    const { code, out, err } = await runLesson(main, []);
    assert.equal(code, 1);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [
      "Error: measuring needs --allow-run=deno --allow-read=/tmp --allow-write=/tmp; run it as " +
      "deno task install:size",
    ]);
  },
});
