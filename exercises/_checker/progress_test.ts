// The hints' progress at the edges of its rule: the same mistake again shows the next hint, even
// when the numbers in its message differ; another mistake starts its own hints from the first
// (tools/mutants_list.ts plants the bug this catches).

import { assert } from "chai";
import { exercises } from "./list.ts";
import type { Outcome } from "./outcome.ts";
import { hintsFor, mistakeOf, parseProgress, record, TYPE_ERROR } from "./progress.ts";

const [first] = exercises;
const done: Outcome = { status: "done", showcase: [] };
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

Deno.test("a progress file that is not an object of exercises counts as a fresh start", () => {
  assert.deepEqual(parseProgress(undefined), {});
  assert.deepEqual(parseProgress('{"01":{"done":true}}'), { "01": { done: true } });
  for (const text of ["{", "", "5", "null", "[]", '[{"01":1}]', '"01"', "true"]) {
    assert.deepEqual(parseProgress(text), {}, text);
  }
});

Deno.test("a wrong answer's hints are its known mistake's, else the exercise's own", () => {
  const mistake = first.mistakes.exponentSign;
  assert.strictEqual(mistakeOf(first, wrong("yours gave 0.3", "exponentSign")), mistake);
  assert.deepEqual(hintsFor(first, wrong("yours gave 0.3", "exponentSign")), mistake.hints);
  assert.strictEqual(mistakeOf(first, wrong("yours gave 2")), undefined);
  assert.deepEqual(hintsFor(first, wrong("yours gave 2")), first.hints);
  assert.strictEqual(mistakeOf(first, wrong("type error", "typeError")), TYPE_ERROR);
  assert.deepEqual(hintsFor(first, wrong("type error", "typeError")), TYPE_ERROR.hints);
  // Done, not started or waiting: no hints, no mistake.
  for (const outcome of [done, { status: "not started" }, { status: "waiting", on: 1 }] as const) {
    assert.deepEqual(hintsFor(first, outcome), [], outcome.status);
    assert.strictEqual(mistakeOf(first, outcome), undefined, outcome.status);
  }
});

Deno.test("a pass is remembered as done and shows no hint; not started changes nothing", () => {
  const before = record({}, first, wrong("yours gave 2")).progress;
  assert.deepEqual(record(before, first, done), { progress: { "01": { done: true } }, level: 0 });
  const untouched = record(before, first, { status: "not started" });
  assert.deepEqual(untouched, { progress: before, level: 0 });
  assert.deepEqual(record(before, first, { status: "waiting", on: 1 }), untouched);
});

Deno.test("hints climb one a run, two with --hint, and stop at the last one", () => {
  const last = first.hints.length;
  let progress = {};
  const levels = [];
  for (let run = 0; run < last + 1; run++) {
    const next = record(progress, first, wrong("yours gave 2"));
    progress = next.progress;
    levels.push(next.level);
  }
  assert.deepEqual(levels, [...Array.from({ length: last }, (_, i) => i + 1), last]);
  const asked = record({}, first, wrong("yours gave 2"), true);
  assert.equal(asked.level, 2, "--hint on a new wrong answer: its second hint");
  assert.deepEqual(asked.progress, { "01": { wrong: "yours gave 2", level: 2 } });
  // A progress file that names the answer without a level: as if no hint was shown.
  const bare = record({ "01": { wrong: "yours gave 2" } }, first, wrong("yours gave 2"));
  assert.equal(bare.level, 1);
  // The other exercises' progress is kept.
  const other = record({ "02": { done: true } }, first, wrong("yours gave 2"));
  assert.deepEqual(other.progress["02"], { done: true });
});
