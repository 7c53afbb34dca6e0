import { assert } from "chai";
import { wrap } from "../runtime/cli.ts";
import { IDEA_LINES, lessonIntro } from "./lesson_intro.ts";
import lesson01 from "../lessons/01_weighted_sum.ts" with { type: "text" };
import lesson02 from "../lessons/02_sigmoid.ts" with { type: "text" };
import lesson03 from "../lessons/03_predict.ts" with { type: "text" };
import lesson04 from "../lessons/04_error.ts" with { type: "text" };
import lesson05 from "../lessons/05_gradient_descent.ts" with { type: "text" };
import lesson06 from "../lessons/06_chain_rule.ts" with { type: "text" };
import lesson07 from "../lessons/07_neural_network.ts" with { type: "text" };
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import lesson09 from "../lessons/09_gradient_check.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };
import lesson11 from "../lessons/11_diagnosis.ts" with { type: "text" };

// A lesson's opening comment, written here the way every lesson writes it.
const source = [
  "// Lesson 05: gradient descent by hand.",
  "//",
  "// To shrink the error we need to know which way to move the weights. The derivative of the",
  "// error with respect to the prediction says how the error changes when the prediction changes:",
  "//",
  "//     d/dprediction (prediction - target)^2 = 2 * (prediction - target)",
  "//",
  "// A positive derivative means the error grows as the prediction grows.",
  "",
  'import { dot } from "../lib/dot.ts";',
].join("\n");

Deno.test("the title is the first line after 'Lesson NN:', without its full stop", () => {
  const intro = lessonIntro(source, "lessons/05_gradient_descent.ts");
  assert.equal(intro.number, "05");
  assert.equal(intro.title, "gradient descent by hand");
});

Deno.test("a title that asks keeps its question mark", () => {
  const intro = lessonIntro(source.replace("gradient descent by hand.", "how wrong?"), "x.ts");
  assert.equal(intro.title, "how wrong?");
});

Deno.test("the idea is the first paragraph; the colon before its formula becomes a full stop", () => {
  assert.deepEqual(lessonIntro(source, "lessons/05_gradient_descent.ts").idea, [
    "To shrink the error we need to know which way to move the weights. The",
    "derivative of the error with respect to the prediction says how the error",
    "changes when the prediction changes.",
  ]);
});

Deno.test("the idea keeps the whole sentences that fit in three lines, at least the first", () => {
  const long = "This sentence is long enough to take most of one line on a screen.";
  const text = ["// Lesson 01: x.", "//", ...Array(5).fill(`// ${long}`)].join("\n");
  const idea = lessonIntro(text, "lessons/01_x.ts", 78).idea;
  assert.deepEqual(idea, wrap(`${long} ${long} ${long}`, 78));
  assert.lengthOf(idea, IDEA_LINES);
  const narrow = lessonIntro(text, "lessons/01_x.ts", 20).idea;
  assert.deepEqual(narrow, wrap(long, 20), "the first sentence, though it needs four lines");
});

Deno.test("a sentence the formula cuts off is left out of the idea", () => {
  const text = [
    "// Lesson 09: checking the gradients.",
    "//",
    "// Ask the error itself. The central finite difference",
    "//",
    "//     (error(p + h) - error(p - h)) / (2h)",
  ].join("\n");
  assert.deepEqual(lessonIntro(text, "lessons/09_x.ts").idea, ["Ask the error itself."]);
});

Deno.test("a lesson that does not open with its title and idea is a bug, named by its path", () => {
  const bad = [
    ["// Lesson 5: no two digits.\n//\n// Idea.", "lessons/05_a.ts"],
    ["// Lesson 05: no blank comment line.\n// Idea.", "lessons/05_b.ts"],
    ["// A comment.\n//\n// Idea.", "lessons/05_c.ts"],
  ];
  for (const [text, path] of bad) {
    assert.throws(() => lessonIntro(text, path), Error, `${path} must open with`);
  }
  assert.throws(
    () => lessonIntro("// Lesson 05: x.\n//\n// No full stop", "lessons/05_d.ts"),
    Error,
    "lessons/05_d.ts: the idea has no whole sentence",
  );
});

Deno.test("every lesson opens with its number, a title and an idea of one to three lines", () => {
  const sources = [
    lesson01,
    lesson02,
    lesson03,
    lesson04,
    lesson05,
    lesson06,
    lesson07,
    lesson08,
    lesson09,
    lesson10,
    lesson11,
  ];
  sources.forEach((text, i) => {
    const number = String(i + 1).padStart(2, "0");
    const intro = lessonIntro(text, `lesson ${number}`);
    assert.equal(intro.number, number);
    assert.match(intro.title, /^[a-z]/, `lesson ${number}'s title reads on from "Lesson NN: "`);
    assert.isAtLeast(intro.idea.length, 1);
    assert.isAtMost(intro.idea.length, IDEA_LINES, `lesson ${number}`);
    for (const line of intro.idea) assert.isAtMost(line.length, 78, line);
    assert.match(intro.idea.at(-1)!, /[.!?]$/, `lesson ${number} ends its idea with a sentence`);
  });
});

Deno.test("a first sentence too long for three lines keeps its main clause, up to its colon", () => {
  const text = [
    "// Lesson 07: the NeuralNetwork class.",
    "//",
    "// The tutorial now wraps everything so far in a class: it starts with random weights and",
    "// bias, predicts with sigmoid(dot(input, weights) + bias), computes the gradients with the",
    "// chain rule of lesson 06, and updates the parameters by a small step against them:",
  ].join("\n");
  assert.deepEqual(lessonIntro(text, "lessons/07_x.ts").idea, [
    "The tutorial now wraps everything so far in a class.",
  ]);
});
