// The mutants of `deno task mutants --checks`: each check of an exercise taken out in turn. A
// check is an expect call standing as a statement in a check file (the whole statement, however
// many lines; one whose value is kept, in a const or a list, is left alone) or a throw of
// mismatch or NotDone, which becomes a plain expression. Taken out, a test should fail: some
// wrong solution is stopped first by that check (exercises/_checker/wrong_solutions_test.ts).
// A check whose loss no test notices is a check no mistake was shown to need.

import type { Mutant } from "./mutants_list.ts";

/** The test files that should catch a check taken out: the checker's. */
export const CHECK_TESTS = [
  "exercises/_checker/wrong_solutions_test.ts",
  "exercises/_checker/main_test.ts",
  "exercises/_checker/expect_test.ts",
];

/** Where a check starts: an expect call as a statement, or a throw of a check's complaint. */
const CHECK = /^\s*(expect\w*\(|throw (mismatch\(|new NotDone\())/;

/**
 * The mutants that take out each check of the check file `file`, whose text is `source`, in
 * order; `tests` are the test files that should catch them (the checker's).
 *
 * @example Each expect call, taken out
 * ```ts
 * import { assert } from "chai";
 * import { checkMutants } from "./check_mutants.ts";
 *
 * const source = "  expectValue(dot([3], [4]), 12);\n  expectValue(sigmoid(0), \"0.5\");\n";
 * const [first, second] = checkMutants("exercises/01.check.ts", source, []);
 * assert.equal(first.from, "  expectValue(dot([3], [4]), 12);");
 * assert.equal(first.to, "");
 * assert.equal(second.bug, 'line 2 taken out: expectValue(sigmoid(0), "0.5");');
 * ```
 */
export function checkMutants(file: string, source: string, tests: readonly string[]): Mutant[] {
  const lines = source.split("\n");
  const mutants: Mutant[] = [];
  for (let start = 0; start < lines.length; start++) {
    const found = CHECK.exec(lines[start]);
    if (!found || !startsStatement(lines, start)) continue;
    const isThrow = found[2] !== undefined;
    const end = isThrow ? start : statementEnd(lines, start);
    const taken = isThrow ? [lines[start].replace("throw ", "void ")] : [];
    // The lines before it join the text until it stands once in the file.
    let first = start;
    let from = lines.slice(first, end + 1).join("\n");
    while (source.indexOf(from) !== source.lastIndexOf(from)) {
      first--;
      from = lines.slice(first, end + 1).join("\n");
    }
    const to = [...lines.slice(first, start), ...taken].join("\n");
    const what = lines[start].trim();
    const shown = what.length > 44 ? `${what.slice(0, 43)}…` : what;
    const bug = `line ${start + 1} ${isThrow ? "throws nothing" : "taken out"}: ${shown}`;
    mutants.push({ file, from, to, bug, tests });
    start = end;
  }
  return mutants;
}

/** Whether line `start` begins a statement: the code before it ends one, or opens a block. */
function startsStatement(lines: readonly string[], start: number): boolean {
  const before = lines.slice(0, start).map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
  return before.length === 0 || /[;{}]$/.test(before[before.length - 1]);
}

/** The last line of the statement that starts on line `start`: where its brackets close on a `;`. */
function statementEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let quote = "";
  for (let n = start; n < lines.length; n++) {
    const line = lines[n];
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = "";
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth--;
      else if (c === ";" && depth === 0) return n;
    }
  }
  throw new Error(`The statement on line ${start + 1} has no end`);
}
