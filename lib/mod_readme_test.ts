// The README's table of the library against lib/mod.ts: every value the library exports is named
// in the table, so that a learner reading the README finds each function and where it lives.

import { assert } from "chai";
import readme from "../README.md" with { type: "text" };
import * as lib from "./mod.ts";

/** The names quoted in the first column of the table under "## The library". */
export function libraryTableNames(text: string): Set<string> {
  const section = text.split("\n## The library\n")[1]?.split("\n## ")[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  const names = rows.flatMap((row) => [...row.split(" | ")[0].matchAll(/`(\w+)/g)]);
  return new Set(names.map((match) => match[1]));
}

Deno.test("the README's table of the library names every value lib/mod.ts exports", () => {
  const missing = Object.keys(lib).filter((name) => !libraryTableNames(readme).has(name));
  assert.deepEqual(missing, [], "exports missing from the README's library table");
});

Deno.test("the table's names are read from its first column only, under 'The library'", () => {
  const text = "## The lessons\n\n| `notThis` | x |\n\n## The library\n\n| Export | File |\n" +
    "| - | - |\n| `dot(input, weights)`, `Value` | `lib/sigmoid.ts` |\n\n## Performance\n";
  assert.deepEqual([...libraryTableNames(text)], ["dot", "Value"]);
});
