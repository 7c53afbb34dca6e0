// Names listed in one message stay within 80 characters: a list that fits exactly is whole, one
// character more and the rest are counted (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { hasUnprintable, listed, printable, quoted } from "./_printable.ts";

Deno.test("a list of names fits 80 characters: exactly 80 is whole, 81 counts the rest", () => {
  const [a, b] = ["a".repeat(38), "b".repeat(40)];
  assert.equal(listed([a, b], false), `${a}, ${b}`);
  assert.lengthOf(listed([a, b], false), 80);
  assert.equal(listed([a, `${b}b`], false), `${a}, … (1 more)`);
  assert.equal(listed(["x", "y"]), '"x", "y"', "quoted unless told not to");
});

Deno.test("unprintable characters are written as escapes; the rest as they are", () => {
  assert.equal(printable("a\nb\rc\td"), "a\\nb\\rc\\td");
  assert.equal(printable("\x1b[31m"), "\\x1b[31m");
  assert.equal(printable("\x00\x7f\x9f\xa0é"), "\\x00\\x7f\\x9f\xa0é");
  assert.equal(printable("a\u2028b\u202e"), "a\\u2028b\\u202e");
  assert.isTrue(hasUnprintable("a\tb"));
  assert.isTrue(hasUnprintable("\u2066"));
  assert.isFalse(hasUnprintable("plain text, é and ü"));
  assert.equal(quoted("x\n1"), '"x\\n1"');
});

Deno.test("a text of exactly the most characters is whole; one more is cut to an ellipsis, never inside an escape", () => {
  assert.equal(printable("abcde", 5), "abcde");
  assert.equal(printable("abcdef", 5), "abcd…");
  assert.lengthOf(printable("x".repeat(81)), 80, "80 by default");
  assert.equal(printable("x".repeat(80)), "x".repeat(80));
  // "abc" and the two characters of \n fill 5: the d does not fit, and the \n gives way whole.
  assert.equal(printable("abc\nd", 5), "abc…");
  assert.equal(printable("abc\n", 5), "abc\\n");
});

Deno.test("a first name longer than a line is shown cut, not counted away", () => {
  assert.equal(listed(["a".repeat(100)], false), `${"a".repeat(79)}…`);
  assert.equal(listed(["a".repeat(100), "b"], false), `${"a".repeat(79)}…, … (1 more)`);
});
