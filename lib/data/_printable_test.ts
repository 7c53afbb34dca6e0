// Names listed in one message stay within 80 characters: a list that fits exactly is whole, one
// character more and the rest are counted (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { listed } from "./_printable.ts";

Deno.test("a list of names fits 80 characters: exactly 80 is whole, 81 counts the rest", () => {
  const [a, b] = ["a".repeat(38), "b".repeat(40)];
  assert.equal(listed([a, b], false), `${a}, ${b}`);
  assert.lengthOf(listed([a, b], false), 80);
  assert.equal(listed([a, `${b}b`], false), `${a}, … (1 more)`);
  assert.equal(listed(["x", "y"]), '"x", "y"', "quoted unless told not to");
});
