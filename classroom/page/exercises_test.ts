// The classroom page's exercises without a page: an exercise's text is its file's opening
// comment, without the comment marks, up to the first line of code.

import { assert } from "chai";
import blank from "../../exercises/_blanks/03_gradients.ts" with { type: "text" };
import { openingComment } from "./exercises.ts";

Deno.test("an exercise's text is its opening comment, its marks and one space taken off", () => {
  const source =
    "// Exercise 99: x.\n//\n//   indented\n//no space\nexport const a = 1;\n// later\n";
  assert.strictEqual(openingComment(source), "Exercise 99: x.\n\n  indented\nno space");
  assert.strictEqual(openingComment("export const a = 1;\n"), "");
  const text = openingComment(blank);
  assert.match(text, /^Exercise 03/);
  assert.notInclude(text, "//");
  assert.notInclude(text, "export function");
});
