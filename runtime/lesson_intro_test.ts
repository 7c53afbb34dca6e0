import { assert } from "chai";
import { blocksOf, lessonIntro } from "./lesson_intro.ts";

// A lesson's opening comment, written here the way every lesson writes it.
const source = [
  "// Lesson 05: gradient descent by hand.",
  "//",
  "// To shrink the error we need to know which way to move the weights. The derivative of the",
  "// error with respect to the prediction says how the error changes:",
  "//",
  "//     d/dprediction (prediction - target)^2 = 2 * (prediction - target)",
  "//",
  "// The recipe:",
  "// 1. Compute the derivative.",
  "// 2. Subtract it from both",
  "//    weights.",
  "//",
  "// In the lib: lib/squared_error.ts",
  "//",
  "// Run it: deno run lessons/05_gradient_descent.ts",
  "",
  'import { dot } from "../lib/dot.ts";',
  "// A later comment is not part of it.",
].join("\n");

Deno.test("the title is the first line after 'Lesson NN:', without its full stop", () => {
  const intro = lessonIntro(source, "lessons/05_gradient_descent.ts");
  assert.equal(intro.number, "05");
  assert.equal(intro.title, "gradient descent by hand");
  const asks = lessonIntro(source.replace("gradient descent by hand.", "how wrong?"), "x.ts");
  assert.equal(asks.title, "how wrong?", "a title that asks keeps its question mark");
});

Deno.test("the idea is every paragraph, formula and list, unwrapped; not the lib or Run it lines", () => {
  assert.deepEqual(lessonIntro(source, "lessons/05_gradient_descent.ts").idea, [
    {
      kind: "paragraph",
      text: "To shrink the error we need to know which way to move the weights. The " +
        "derivative of the error with respect to the prediction says how the error changes:",
    },
    {
      kind: "formula",
      lines: ["d/dprediction (prediction - target)^2 = 2 * (prediction - target)"],
    },
    { kind: "paragraph", text: "The recipe:" },
    { kind: "list", items: ["Compute the derivative.", "Subtract it from both weights."] },
  ]);
});

Deno.test("'In the lib:' names the lib file the idea lives in; a lesson without one has none", () => {
  assert.equal(lessonIntro(source, "lessons/05_x.ts").lib, "lib/squared_error.ts");
  const none = source.replace("// In the lib: lib/squared_error.ts\n//\n", "");
  assert.notProperty(lessonIntro(none, "lessons/05_x.ts"), "lib");
  const deep = source.replace("lib/squared_error.ts", "lib/layers/layered_network.ts");
  assert.equal(lessonIntro(deep, "lessons/05_x.ts").lib, "lib/layers/layered_network.ts");
});

Deno.test("a lib line that names no lib file, or more than one, is a bug named by its path", () => {
  for (const wrong of ["lib/dot_test.ts", "lessons/01_x.ts", "lib/dot.ts, lib/sigmoid.ts", "dot"]) {
    assert.throws(
      () => lessonIntro(source.replace("lib/squared_error.ts", wrong), "lessons/05_x.ts"),
      Error,
      'lessons/05_x.ts: "In the lib:" names one file',
    );
  }
  const twice = source.replace("// Run it:", "// In the lib: lib/dot.ts\n//\n// Run it:");
  assert.throws(() => lessonIntro(twice, "lessons/05_x.ts"), Error, "names one file");
});

Deno.test("a lesson that does not open with its title and idea is a bug, named by its path", () => {
  const bad = [
    ["// Lesson 5: no two digits.\n//\n// Idea.", "lessons/05_a.ts"],
    ["// Lesson 05: no blank comment line.\n// Idea.", "lessons/05_b.ts"],
    ["// A comment.\n//\n// Idea.", "lessons/05_c.ts"],
    ["// Lesson 05: no comment.\n//\nconst x = 1;", "lessons/05_d.ts"],
  ];
  for (const [text, path] of bad) {
    assert.throws(() => lessonIntro(text, path), Error, `${path} must open with`);
  }
  assert.throws(
    () => lessonIntro("// Lesson 05: x.\n//\n// Run it: deno run x.ts", "lessons/05_e.ts"),
    Error,
    "lessons/05_e.ts: the opening comment states no idea",
  );
});

Deno.test("a formula's lines marked TeX: are its TeX, kept apart from the lines a terminal prints", () => {
  const withTex = source.replace(
    "//     d/dprediction (prediction - target)^2 = 2 * (prediction - target)\n",
    "$&//     TeX: \\frac{d}{dp} (p - t)^2\n//     TeX: = 2 (p - t)\n",
  );
  const formula = lessonIntro(withTex, "lessons/05_x.ts").idea[1];
  assert.deepEqual(formula, {
    kind: "formula",
    lines: ["d/dprediction (prediction - target)^2 = 2 * (prediction - target)"],
    tex: "\\frac{d}{dp} (p - t)^2\n= 2 (p - t)",
  });
});

// What an opening comment's paragraph is, at the edge of the rule: a paragraph is a formula only
// when every one of its lines is indented four spaces; one such line among others (a list item
// continued further in) leaves it text (tools/mutants_list.ts plants the bug this catches).

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

Deno.test("two empty comment lines in a row make no empty block, and a lib line with a second line is a bug", () => {
  const doubled = source.replace("// The recipe:", "//\n// The recipe:").replace(
    "// Run it:",
    "//\n// Run it:",
  );
  assert.deepEqual(
    lessonIntro(doubled, "lessons/05_x.ts").idea,
    lessonIntro(source, "lessons/05_x.ts").idea,
  );
  const continued = source.replace(
    "// In the lib: lib/squared_error.ts",
    "// In the lib: lib/squared_error.ts\n// and lib/dot.ts",
  );
  assert.throws(
    () => lessonIntro(continued, "lessons/05_x.ts"),
    Error,
    'lessons/05_x.ts: "In the lib:" names one file',
  );
});

Deno.test("a list goes on past nine items, and text before its first item is its own paragraph", () => {
  const items = Array.from({ length: 10 }, (_, i) => `${i + 1}. Step ${i + 1}.`);
  assert.deepEqual(blocksOf(["Ten steps:", "in order:", ...items]), [
    { kind: "paragraph", text: "Ten steps: in order:" },
    { kind: "list", items: items.map((_, i) => `Step ${i + 1}.`) },
  ]);
  assert.deepEqual(blocksOf(["1. Only a list"]), [{ kind: "list", items: ["Only a list"] }]);
  assert.deepEqual(blocksOf(["    TeX: x^2"]), [{ kind: "formula", lines: [], tex: "x^2" }]);
});
