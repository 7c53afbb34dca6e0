// Lesson 12's confusion matrix at the edge of its rule: a dot stands for a mistake never made,
// off the diagonal only; the diagonal shows how many of each digit were guessed right, 0 too. A
// run of one epoch at rate 1, whose ReLUs all die, guesses 1 for every image: nine digits never
// right. The commonest mistake, on a tie, is the first in reading order (tools/mutants_list.ts
// plants the bugs these catch).

import { assert } from "chai";
import { commonestMistake, main } from "./12_digits.ts";
import { runLesson } from "../runtime/testing.ts";

Deno.test("lesson 12's matrix shows a 0 on the diagonal and dots only off it", async () => {
  const { code, out } = await runLesson(main, ["--learning-rate", "1", "--epochs", "1"]);
  assert.equal(code, 0);
  const rows = out.filter((line) => /^ {4}\d {2}/.test(line)).map((line) =>
    line.trim().split(/ +/)
  );
  assert.lengthOf(rows, 10);
  rows.forEach(([digit, ...cells]) => {
    const d = Number(digit);
    assert.equal(cells[d], d === 1 ? "36" : "0", `the diagonal of ${digit}`);
    cells.forEach((cell, guess) => {
      if (guess !== d && guess !== 1) assert.equal(cell, ".", `${digit} taken for ${guess}`);
    });
  });
});

Deno.test("lesson 12's commonest mistake: the largest count off the diagonal, the first on a tie", () => {
  // Rows: the true digit; columns: the guess. 0 taken for 2 twice, 2 taken for 1 twice: a tie.
  const tie = [[5, 0, 2], [0, 9, 0], [0, 2, 7]];
  assert.deepEqual(commonestMistake(tie), { truth: 0, guess: 2, count: 2 });
  // One more mistake breaks the tie; the diagonal never counts, however large.
  const broken = [[5, 0, 2], [0, 9, 0], [0, 3, 7]];
  assert.deepEqual(commonestMistake(broken), { truth: 2, guess: 1, count: 3 });
  assert.isUndefined(commonestMistake([[4, 0], [0, 6]]), "no mistake, none named");
});
