import { assert } from "chai";
import { editorRegistry, importsOf, libFilesUsed, resolvePath } from "./editable.ts";

/** A project of a few files, in memory. */
const files: Record<string, string> = {
  "lessons/01_a.ts": [
    `import { dot, sigmoid } from "../lib/mod.ts";`,
    `import { formatArray } from "../lib/format_array.ts";`,
    `import type { Io } from "../runtime/io.ts";`,
    `import data from "../data/points.csv" with { type: "text" };`,
    `import { other } from "./02_b.ts";`,
  ].join("\n"),
  "lib/mod.ts": [
    `export { dot } from "./dot.ts";`,
    `export { sigmoid } from "./sigmoid.ts";`,
    `export { parse } from "./data/mod.ts";`,
  ].join("\n"),
  "lib/dot.ts": "export const dot = () => 0;",
  "lib/sigmoid.ts": `import { dot } from "./dot.ts";\nexport const sigmoid = () => dot;`,
  "lib/format_array.ts": "export const formatArray = () => '';",
};
const read = (path: string) => files[path];

Deno.test("a module's imports: each specifier, text imports marked, type-only ones left out", () => {
  assert.deepEqual(importsOf(files["lessons/01_a.ts"]), [
    { specifier: "../lib/mod.ts", text: false },
    { specifier: "../lib/format_array.ts", text: false },
    { specifier: "../data/points.csv", text: true },
    { specifier: "./02_b.ts", text: false },
  ]);
  assert.equal(resolvePath("lessons/01_a.ts", "../lib/dot.ts"), "lib/dot.ts");
});

Deno.test("the lib files a lesson uses: through lib/mod.ts, the files that define its names", () => {
  assert.deepEqual(libFilesUsed("lessons/01_a.ts", read), [
    "lib/dot.ts",
    "lib/sigmoid.ts",
    "lib/format_array.ts",
  ]);
});

Deno.test("the editor's registry: the lesson's imports by path, text as a default export", () => {
  const lines = editorRegistry(["01_a.ts"], read).join("\n");
  assert.include(lines, `import * as module0 from "./lib/mod.ts";`);
  assert.include(lines, `"data/points.csv": { __esModule: true, default: module`);
  // A lesson that is not in the site is not imported: the site does not hold it.
  assert.notInclude(lines, "02_b.ts");
  // The lib files offered, their sources, and what they import in turn (sigmoid: dot).
  assert.include(lines, `"lib/dot.ts": module`);
  assert.include(lines, `globalThis.classroomLibFiles = {"01_a.ts":["lib/dot.ts",`);
  assert.include(lines, `import source1 from "./lib/sigmoid.ts" with { type: "text" };`);
});

Deno.test("through the lib's indexes: each index's own names, types left out, aliases, a folder's index", () => {
  const project: Record<string, string> = {
    "lessons/03_c.ts": [
      `import { type Shape, chart, dot as product } from "../lib/mod.ts";`,
      `import { bar } from "../lib/charts/mod.ts";`,
      `import { parse } from "../lib/mod.ts";`,
      `import { assert } from "chai";`,
    ].join("\n"),
    "lib/mod.ts": [
      `export { dot } from "./dot.ts";`,
      `export { Shape } from "./shape.ts";`,
      `export { chart } from "./charts/mod.ts";`,
      `export { parseText as parse } from "./data/parse_text.ts";`,
    ].join("\n"),
    // The charts' index has a parse of its own, which the lesson does not import from it.
    "lib/charts/mod.ts": [
      `export { chart } from "./chart.ts";`,
      `export { bar } from "./bar.ts";`,
      `export { parse } from "./parse_chart.ts";`,
    ].join("\n"),
    "lib/dot.ts": "export const dot = () => 0;",
    "lib/shape.ts": "export type Shape = number;",
    "lib/charts/chart.ts": "export const chart = () => '';",
    "lib/charts/bar.ts": "export const bar = () => '';",
    "lib/data/parse_text.ts": "export const parseText = () => [];",
  };
  const readProject = (path: string) => project[path];
  assert.deepEqual(libFilesUsed("lessons/03_c.ts", readProject), [
    "lib/charts/chart.ts",
    "lib/dot.ts",
    "lib/data/parse_text.ts",
    "lib/charts/bar.ts",
  ]);
  const lines = editorRegistry(["03_c.ts"], readProject).join("\n");
  assert.notInclude(lines, "chai", "a package is the site's script's own, not a file");
  assert.include(lines, `import * as module0 from "./lib/mod.ts";`);
});
