import { assert } from "chai";
import { megabytes, packagesOf } from "./install_size.ts";

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
