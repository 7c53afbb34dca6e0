// The catalogue's checks of each entry, at their edges: an entry is refused when its opening
// comment gives another number than its file, whether smaller or larger, and when it has both a
// module and a way to run apart, or neither (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { type CatalogueEntry, readCatalogue } from "./catalogue.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";

/** An entry for `file` whose source opens as lesson `number`. */
function entry(file: string, number: string, runs: Partial<CatalogueEntry>): CatalogueEntry {
  const text = [`// Lesson ${number}: a lesson.`, "//", "// Its idea.", "", "export {};"].join(
    "\n",
  );
  return { file, source: () => Promise.resolve({ default: text }), ...runs };
}

const module = { module: () => Promise.reject(new Error("not loaded in this test")) };
const apart = { apart: SEPARATE_LESSONS["18_framework.ts"] };

Deno.test("the catalogue takes an entry whose comment gives its file's number, and no other", async () => {
  const [lesson] = await readCatalogue([entry("05_x.ts", "05", module)]);
  assert.equal(lesson.number, "05");
  assert.equal(lesson.path, "lessons/05_x.ts");
  for (const number of ["04", "06", "50"]) {
    const error = await readCatalogue([entry("05_x.ts", number, module)]).catch((e) => e);
    assert.instanceOf(error, Error, `a comment of lesson ${number} in 05_x.ts`);
    assert.equal(
      error.message,
      `lessons/05_x.ts opens with "// Lesson ${number}": its number is its file's`,
    );
  }
});

Deno.test("the catalogue takes an entry with a module or apart, not both, not neither", async () => {
  assert.lengthOf(await readCatalogue([entry("05_x.ts", "05", apart)]), 1);
  assert.lengthOf(await readCatalogue([entry("05_x.ts", "05", module)]), 1);
  for (const runs of [{ ...module, ...apart }, {}]) {
    const error = await readCatalogue([entry("05_x.ts", "05", runs)]).catch((e) => e);
    assert.instanceOf(error, Error, JSON.stringify(Object.keys(runs)));
    assert.equal(
      error.message,
      "lessons/05_x.ts: an entry has either a module or apart, not both or neither",
    );
  }
});
