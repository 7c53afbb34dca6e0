import { assert } from "chai";
import { formulaMathMl } from "./formula.ts";
import { IN_PROCESS, readCatalogue } from "../lessons/catalogue.ts";

Deno.test("a formula's TeX becomes one MathML element, a fraction a fraction", () => {
  const math = formulaMathMl(String.raw`\operatorname{sigmoid}(x) = \frac{1}{1 + e^{-x}}`, "x");
  assert.match(math, /^<math display="block"[^>]*>.*<\/math>$/s);
  assert.include(math, "<mfrac><mn>1</mn>");
  assert.include(math, "<msup><mi>e</mi>");
});

Deno.test("TeX that does not parse is one SyntaxError naming where the formula is", () => {
  assert.throws(
    () => formulaMathMl(String.raw`\frac{1`, "lessons/02_sigmoid.ts"),
    SyntaxError,
    /^lessons\/02_sigmoid\.ts: the formula's TeX does not convert: ParseError/,
  );
  assert.throws(() => formulaMathMl(String.raw`\sigmiod(x)`, "here"), SyntaxError, "\\sigmiod");
});

Deno.test("every lesson's every formula has its TeX, and that TeX converts", async () => {
  const lessons = await readCatalogue();
  const formulas = lessons.flatMap(({ file, idea }) =>
    idea.flatMap((block) => block.kind === "formula" ? [{ file, ...block }] : [])
  );
  // The lessons with a formula in their opening comment: 02, 04, 05, 06, 07, 09 and 10.
  assert.isAtLeast(formulas.length, 7);
  for (const { file, lines, tex } of formulas) {
    assert.isString(tex, `${file}'s formula ${lines[0]} has no line marked TeX:`);
    assert.match(formulaMathMl(tex!, file), /^<math/, file);
  }
  assert.includeMembers([...IN_PROCESS], formulas.map(({ file }) => file));
});
