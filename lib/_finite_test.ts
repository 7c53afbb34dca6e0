// How the lib's errors show a wrong value: a string in quotes, cut after 40 characters so that
// one line stays readable, exactly 40 kept whole (tools/mutants_list.ts plants the bug this
// catches).

import { assert } from "chai";
import { assertNumber } from "./_finite.ts";

const shown = (value: unknown) => {
  try {
    assertNumber("x", value);
  } catch (error) {
    return (error as Error).message.replace("Expected x to be a number, got ", "");
  }
  return "a number";
};

Deno.test("a wrong value is shown briefly: a string of 40 characters whole, of 41 cut", () => {
  assert.equal(shown("a".repeat(40)), `"${"a".repeat(40)}"`);
  assert.equal(shown("a".repeat(41)), `"${"a".repeat(39)}..."`);
  assert.equal(shown(null), "null");
  assert.equal(shown([1]), "an array");
  assert.equal(shown(() => 1), "a function");
  assert.equal(shown(2n), "2n");
});
