// What an opening comment's paragraph is, at the edge of the rule: a paragraph is a formula only
// when every one of its lines is indented four spaces; one such line among others (a list item
// continued further in) leaves it text (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { lessonIntro } from "./lesson_intro.ts";

/** An opening comment whose idea is a first paragraph, then `paragraph`. */
const opening = (...paragraph: string[]) =>
  ["Lesson 05: a lesson.", "", "The idea.", "", ...paragraph].map((line) => `// ${line}`.trimEnd())
    .concat("", "export {};").join("\n");
const first = { kind: "paragraph", text: "The idea." } as const;

Deno.test("a paragraph is a formula when all its lines are indented four spaces", () => {
  assert.deepEqual(lessonIntro(opening("    a = b", "    c = d"), "x.ts").idea, [
    first,
    { kind: "formula", lines: ["a = b", "c = d"] },
  ]);
});

Deno.test("one line indented four spaces does not make a paragraph a formula", () => {
  assert.deepEqual(lessonIntro(opening("The recipe:", "1. Compute", "    it."), "x.ts").idea, [
    first,
    { kind: "paragraph", text: "The recipe:" },
    { kind: "list", items: ["Compute it."] },
  ]);
  assert.deepEqual(lessonIntro(opening("    a = b", "said the lesson."), "x.ts").idea, [
    first,
    { kind: "paragraph", text: "    a = b said the lesson." },
  ]);
});
