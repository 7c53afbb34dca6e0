import { assert } from "chai";
import { withSection } from "./readme_section.ts";

Deno.test("a README section is replaced between its own markers, the rest kept", () => {
  const readme =
    "# T\n<!-- a:begin -->\nold\n<!-- a:end -->\n<!-- b:begin -->\nB\n<!-- b:end -->\n";
  assert.equal(
    withSection(readme, "b", "new\n"),
    "# T\n<!-- a:begin -->\nold\n<!-- a:end -->\n<!-- b:begin -->\n\nnew\n\n<!-- b:end -->\n",
  );
});

Deno.test("a README without the section's markers, or with them reversed, is named", () => {
  assert.throws(() => withSection("# T\n", "a", "x"), RangeError, "has no <!-- a:begin -->");
  assert.throws(
    () => withSection("<!-- a:end -->\n<!-- a:begin -->\n", "a", "x"),
    RangeError,
    "<!-- a:end --> section",
  );
});

Deno.test("a section may open the README, and an end marker without its begin is named", () => {
  assert.equal(
    withSection("<!-- a:begin -->\nold\n<!-- a:end -->", "a", "new"),
    "<!-- a:begin -->\n\nnew\n\n<!-- a:end -->",
  );
  assert.throws(() => withSection("x\n<!-- a:end -->\n", "a", "new"), RangeError, "has no");
  assert.throws(() => withSection("<!-- a:begin -->\nx\n", "a", "new"), RangeError, "has no");
});
