// Reading `deno check`'s output without running it: the first type error of each file, its
// place from the project's root, the line TypeScript quotes, and what to do.

import { assert } from "chai";
import { typeErrorLines, typeErrors } from "./deno_check.ts";

const root = "file:///home/me/nn%20course/";

const output = [
  "TS2322 [ERROR]: Type 'number[]' is not assignable to type 'number'.",
  "  return [x];",
  "  ~~~~~~",
  `    at ${root}exercises/01_prediction.ts:8:3`,
  "",
  "TS2304 [ERROR]: Cannot find name 'y'.",
  "  return y;",
  `    at ${root}exercises/01_prediction.ts:12:10`,
  "",
  "TS2554 [ERROR]: Expected 2 arguments, but got 1.",
  `    at ${root}exercises/02_error.ts:3:5`,
  "",
  "TS1005 [ERROR]: ';' expected.",
  "  let a = 1 2",
  "    at file:///elsewhere/lib/x.ts:1:11",
  "",
  "error: Type checking failed.",
].join("\n");

Deno.test("the first type error of each file, its place from the root, with the line quoted", () => {
  const errors = typeErrors(output, root);
  assert.deepEqual([...errors.keys()], [
    "exercises/01_prediction.ts",
    "exercises/02_error.ts",
    "file:///elsewhere/lib/x.ts",
  ]);
  assert.deepEqual(errors.get("exercises/01_prediction.ts"), [
    "exercises/01_prediction.ts:8:3: Type 'number[]' is not assignable to type 'number'.",
    "  return [x];",
    "  (TypeScript found this before your code ran: fix it first.)",
  ]);
  // No line quoted: the place comes right after the message.
  assert.deepEqual(errors.get("exercises/02_error.ts"), [
    "exercises/02_error.ts:3:5: Expected 2 arguments, but got 1.",
    "  (TypeScript found this before your code ran: fix it first.)",
  ]);
  assert.deepEqual(
    errors.get("file:///elsewhere/lib/x.ts")?.[0],
    "file:///elsewhere/lib/x.ts:1:11: ';' expected.",
  );
});

Deno.test("a path is read with its escapes undone; output without errors gives none", () => {
  const spaced = "TS2304 [ERROR]: Cannot find name 'y'.\n  y;\n    at " +
    "file:///home/me/nn%20course/exercises/my%20file.ts:1:1";
  assert.deepEqual([...typeErrors(spaced, "file:///other/").keys()], [
    "file:///home/me/nn course/exercises/my file.ts",
  ]);
  assert.deepEqual([...typeErrors(spaced, root).keys()], ["exercises/my file.ts"]);
  assert.strictEqual(typeErrors("", root).size, 0);
  assert.strictEqual(typeErrors("error: Type checking failed.\n", root).size, 0);
  // A message without a place is left out.
  assert.strictEqual(typeErrors("TS2304 [ERROR]: Cannot find name 'y'.\n", root).size, 0);
});

Deno.test("one type error as the learner sees it", () => {
  assert.deepEqual(typeErrorLines("exercises/01_prediction.ts", 3, 9, "Oops.", "x;"), [
    "exercises/01_prediction.ts:3:9: Oops.",
    "  x;",
    "  (TypeScript found this before your code ran: fix it first.)",
  ]);
  assert.lengthOf(typeErrorLines("a.ts", "1", "2", "Oops.", undefined), 2);
  assert.lengthOf(typeErrorLines("a.ts", "1", "2", "Oops.", ""), 2);
});
