// The hints' progress at the edges of its rule: the same mistake again shows the next hint, even
// when the numbers in its message differ; another mistake starts its own hints from the first
// (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import { record } from "./progress.ts";

const [first] = exercises;
const wrong = (problem: string, mistake?: string): Outcome =>
  mistake === undefined
    ? { status: "not done", problem: [problem] }
    : { status: "not done", problem: [problem], mistake };

Deno.test("the same mistake on other numbers shows the next hint; another mistake starts over", () => {
  const once = record(
    {},
    first,
    wrong("prediction(...) should be 0.7, yours gave 0.3", "exponentSign"),
  );
  assert.equal(once.level, 1);
  const twice = record(
    once.progress,
    first,
    wrong("prediction(...) should be 0.9, yours gave 0.1", "exponentSign"),
  );
  assert.equal(twice.level, 2, "the same mistake, other numbers: hint 2");
  const other = record(twice.progress, first, wrong("yours gave NaN", "pastTheEnd"));
  assert.equal(other.level, 1, "another mistake: its own first hint");
  // Without a named mistake, the problem's first line is what must repeat.
  const plain = record({}, first, wrong("yours gave 2"));
  assert.equal(record(plain.progress, first, wrong("yours gave 2")).level, 2);
  assert.equal(record(plain.progress, first, wrong("yours gave 3")).level, 1);
});
