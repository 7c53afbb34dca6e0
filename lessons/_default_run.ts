// What every lesson's default run promises, checked by each lesson's own tests on the default run
// they make anyway (a second run of every lesson, all in one file, cost plain deno test about 2 s):
// it exits 0 with nothing on stderr, no line is wider than an 80-column terminal, and it ends with
// its "Try this", each experiment's command and question, none of their answers. That each
// lesson's tests call it on the run with no flags, lessons/lessons_test.ts checks in their source;
// and the walkthrough's own test (lessons/walkthrough_e2e.ts, deno task test:walkthrough) checks
// every lesson so again, in one walk.

import { assert } from "chai";
import type { Flag, LessonSpec } from "../runtime/cli.ts";
import { type LessonRun, unwrap } from "../runtime/testing.ts";

/** Asserts what every lesson's default run promises (above), for lesson `number`. */
export function assertDefaultRun(
  number: string,
  spec: LessonSpec<Record<string, Flag>>,
  { code, out, err }: LessonRun,
): void {
  assert.equal(code, 0, `lesson ${number} exits 0`);
  assert.deepEqual(err, [], `lesson ${number} prints nothing on stderr`);
  for (const line of out.join("\n").split("\n")) {
    assert.isAtMost([...line].length, 80, `lesson ${number}: ${line}`);
  }
  assertTryThis(number, spec, out);
}

/** Its "Try this": each command and question printed, in order, and no answer. */
function assertTryThis(
  number: string,
  spec: LessonSpec<Record<string, Flag>>,
  out: readonly string[],
): void {
  assertExperiments(number, spec);
  const experiments = spec.experiments!;
  const printed = unwrap(out);
  const start = printed.lastIndexOf("Try this:");
  assert.deepEqual(
    printed.slice(start + 1, start + 1 + 2 * experiments.length),
    experiments.flatMap(({ command, question }) => [`  ${command}`, `    ${question}`]),
    `lesson ${number}`,
  );
  for (const { answer } of experiments) {
    assert.notInclude(printed.join("\n"), answer, `lesson ${number} keeps its answer back`);
  }
}

/** Lesson `number` has something to try: each experiment a command of its own, and a question. */
export function assertExperiments(number: string, spec: LessonSpec<Record<string, Flag>>): void {
  const experiments = spec.experiments ?? [];
  assert.isAtLeast(experiments.length, 1, `lesson ${number} has something to try`);
  for (const { command, question } of experiments) {
    assert.match(command, new RegExp(`^deno (run lessons/${number}_\\w+\\.ts|task \\w+)`));
    assert.match(question, /\?$/, `lesson ${number}: "${question}" is a question`);
  }
}
