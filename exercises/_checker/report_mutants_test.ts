// What the checker prints, at the edges of its rules: the exercise list's "Next:" is the first
// exercise not done, whatever else it is (begun and wrong, waiting for another, or not
// started); its hints seen so far are those of exercises not done; a line of exactly 80 columns
// stays one line; an exercise waiting for another is not done, and says for which
// (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import type { Progress } from "./progress.ts";
import { heading, listing, report } from "./report.ts";

const done: Outcome = { status: "done", showcase: [] };
const notStarted: Outcome = { status: "not started" };

/** The list's line that says what comes next. */
const next = (outcomes: Outcome[]) => listing(outcomes).find((line) => /done\. /.test(line));

Deno.test("the list's next exercise is the first not done, begun or not", () => {
  const cases: [Outcome, string][] = [
    [{ status: "not done", problem: ["wrong"] }, "02"],
    [{ status: "waiting", on: 1 }, "02"],
    [notStarted, "02"],
  ];
  for (const [second, number] of cases) {
    const outcomes = exercises.map((_, i) => i === 0 ? done : i === 1 ? second : notStarted);
    assert.equal(
      next(outcomes),
      `1/${exercises.length} done. Next: exercise ${number}, deno task exercise ${number}`,
      second.status,
    );
  }
  assert.equal(
    next(exercises.map(() => done)),
    `${exercises.length}/${exercises.length} done. ` +
      "All done! deno task exercise --solution NN shows a solution.",
  );
});

Deno.test("the hints seen so far are those of the exercises not done, however many were shown", () => {
  const outcomes = exercises.map((_, i): Outcome =>
    i === 0 ? done : i === 1 ? { status: "not done", problem: ["wrong"] } : notStarted
  );
  const hints = exercises[1].hints.length;
  const seen = (progress: Progress) =>
    listing(outcomes, progress).filter((line) => line.startsWith("Hints seen"));
  assert.deepEqual(seen({ "01": { done: true, level: 2 }, "02": { wrong: "wrong", level: 1 } }), [
    `Hints seen so far: 02 (1 of ${hints}).`,
  ]);
  assert.deepEqual(seen({ "01": { done: true, level: 2 } }), []);
});

Deno.test("a line of the checker's report of exactly 80 columns stays one line; of 81 it wraps", () => {
  const printed = (problem: string) =>
    report(exercises[0], { status: "not done", problem: [problem] })
      .filter((line) => /word|abc/.test(line));
  const eighty = `${"word ".repeat(15)}abc`; // 78 columns, 80 with the report's indent
  assert.deepEqual(printed(eighty), [`  ${eighty}`]);
  const wrapped = printed(`${eighty}d`);
  assert.lengthOf(wrapped, 2);
  assert.isTrue(wrapped.every((line) => line.length <= 80));
});

Deno.test("an exercise whose code reached another's TODO is not done, and names that one", () => {
  const [first, , third] = exercises;
  const lines = report(third, { status: "waiting", on: first.number });
  assert.equal(lines[0], `${heading(third)}: not done`);
  const text = lines.slice(1).join(" ").replace(/ +/g, " ");
  assert.include(text, `reached the TODO of exercise 01, ${first.title}`);
  assert.include(text, "do that one first, deno task exercise 01.");
});
