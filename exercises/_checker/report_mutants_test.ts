// The exercise list's "Next:" is the first exercise not done, whatever else it is: begun and
// wrong, waiting for another, or not started (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import { listing } from "./report.ts";

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
