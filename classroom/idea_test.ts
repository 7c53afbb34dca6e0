import { assert } from "chai";
import { lessonIdea } from "./idea.ts";
import lesson01 from "../lessons/01_weighted_sum.ts" with { type: "text" };
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };
import lesson11 from "../lessons/11_diagnosis.ts" with { type: "text" };

const source = `// Lesson 99: an example.
//
// The idea, in a paragraph that goes on
// over two lines.
//
//     formula = 1 + 2
//     other   = 3
//     TeX: \\mathit{formula} = 1 + 2
//     TeX: \\\\ \\mathit{other} = 3
//
// The recipe:
// 1. First step, which goes on
//    on a second line.
// 2. Second step.
//
// Run it: deno run lessons/99_example.ts

import { x } from "./x.ts";
// Not part of the opening comment.
`;

Deno.test("a lesson's idea is its opening comment: title, paragraphs, formulas, lists", () => {
  assert.deepEqual(lessonIdea(source), {
    title: "Lesson 99: an example.",
    blocks: [
      { kind: "paragraph", text: "The idea, in a paragraph that goes on over two lines." },
      {
        kind: "formula",
        lines: ["formula = 1 + 2", "other   = 3"],
        tex: "\\mathit{formula} = 1 + 2\n\\\\ \\mathit{other} = 3",
      },
      { kind: "paragraph", text: "The recipe:" },
      { kind: "list", items: ["First step, which goes on on a second line.", "Second step."] },
    ],
  });
});

Deno.test("the Run it line is about the terminal: the page leaves it out", () => {
  const { blocks } = lessonIdea(source);
  assert.notInclude(JSON.stringify(blocks), "Run it");
});

Deno.test("a source without an opening comment is refused", () => {
  assert.throws(() => lessonIdea('import "./x.ts";\n'), SyntaxError, "start with a comment");
});

Deno.test("the lessons' own opening comments read as ideas", () => {
  for (
    const [number, text] of [["01", lesson01], ["08", lesson08], ["10", lesson10], ["11", lesson11]]
  ) {
    const { title, blocks } = lessonIdea(text);
    assert.match(title, new RegExp(`^Lesson ${number}: `));
    assert.isNotEmpty(blocks);
    assert.equal(blocks[0].kind, "paragraph");
  }
});
