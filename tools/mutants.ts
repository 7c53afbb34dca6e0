// deno task mutants: do the tests catch the bugs they guard against? Each mutant is one small
// bug planted in one file (a sign flipped, a bound moved, a check dropped, two things swapped),
// in a fresh clone of the committed project, never in this working tree. For each, `deno test`
// runs (and the mutant's own task, when the bug lives where only that task looks); the mutant is
// caught when a test fails. The tests alone must catch it: they run with --no-check, so a bug
// that only the type checker would see counts as missed. The test files beside the planted code
// run first, and a failure there stops (it is a failure of `deno test` too, which runs them);
// only a mutant they miss waits for the whole suite, which stops at its first failing test
// (--fail-fast). A run that prints nothing for the silence limit is stopped and counted as hung:
// no test may hang the suite.
//
// Run it: deno task mutants            (every mutant in tools/mutants_list.ts)
//         deno task mutants 3          (mutant 3 only)
//         deno task mutants --from 115 (mutants 115 to the last: the fresh set of issue 28)
//         deno task mutants --beside   (only the test files beside each mutant's code)
//         deno task mutants --checks   (each check of each exercise taken out, in turn)

import { defineLesson, LessonError, lessonMain } from "../runtime/cli.ts";
import type { Files, Io } from "../runtime/io.ts";
import { exercises } from "../exercises/_checker/list.ts";
import { CHECK_TESTS, checkMutants } from "./check_mutants.ts";
import { type Mutant, MUTANTS } from "./mutants_list.ts";

/** A run that prints nothing for this long hangs. */
const SILENCE_SECONDS = 60;

/** What became of one mutant. */
export type Verdict = "caught" | "missed" | "hung";

/**
 * Plants the mutant's bug in `source`.
 *
 * @throws {LessonError} If its text is not found exactly once: the list is stale.
 */
export function plant(source: string, mutant: Mutant): string {
  const at = source.indexOf(mutant.from);
  if (at < 0 || source.indexOf(mutant.from, at + 1) >= 0) {
    throw new LessonError(
      `Mutant "${mutant.bug}": ${JSON.stringify(mutant.from)} is ${
        at < 0 ? "not in" : "more than once in"
      } ${mutant.file}`,
    );
  }
  return source.slice(0, at) + mutant.to + source.slice(at + mutant.from.length);
}

/**
 * Checks a mutant before any run: its text is in `source` (its file's) once, and each of its
 * test files is one that deno test runs and is in the project.
 *
 * @param exists Whether a file is in the project, by its path from the root.
 * @throws {LessonError} Naming the mutant and what is wrong: the list is stale.
 */
export async function checkMutant(
  mutant: Mutant,
  source: string,
  exists: (path: string) => Promise<boolean>,
): Promise<void> {
  plant(source, mutant);
  for (const test of mutant.tests ?? []) {
    if (!test.endsWith("_test.ts")) {
      throw new LessonError(`Mutant "${mutant.bug}": ${test} is not a file deno test runs`);
    }
    if (!await exists(test)) {
      throw new LessonError(`Mutant "${mutant.bug}": ${test} is not in the project`);
    }
  }
}

/** Runs a command in `cwd`; false when it fails, "hung" when it prints nothing for too long. */
async function passes(cwd: string, args: string[]): Promise<boolean | "hung"> {
  const child = new Deno.Command("deno", {
    args,
    cwd,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  let last = Date.now();
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    for await (const _ of stream) last = Date.now();
  };
  const drained = Promise.all([drain(child.stdout), drain(child.stderr)]);
  let hung = false;
  const watch = setInterval(() => {
    if (Date.now() - last > SILENCE_SECONDS * 1000) {
      hung = true;
      child.kill("SIGKILL");
    }
  }, 1000);
  const { success } = await child.status;
  clearInterval(watch);
  await drained;
  return hung ? "hung" : success;
}

/**
 * The runs that judge a mutant, in order: the test files beside its code, the whole suite, then
 * its task.
 */
export function runsFor(mutant: Mutant, beside = false): string[][] {
  const test = ["test", "--no-check", "--fail-fast"];
  const own = mutant.tests && mutant.tests.length > 0 ? [[...test, ...mutant.tests]] : [];
  if (beside) return own;
  return [
    ...own,
    test,
    ...(mutant.task ? [["task", mutant.task]] : []),
  ];
}

/**
 * Runs `runs` in order until one fails or hangs: the mutant is caught by the first that fails,
 * hung if one hangs first, and missed if every one passes.
 */
export async function verdictOf(
  runs: readonly string[][],
  run: (args: string[]) => Promise<boolean | "hung">,
): Promise<Verdict> {
  for (const args of runs) {
    const result = await run(args);
    if (result === "hung") return "hung";
    if (!result) return "caught";
  }
  return "missed";
}

/** Plants the mutant in a clone at `clone`, runs its tests, and takes the bug out. */
async function judge(clone: string, mutant: Mutant, beside: boolean): Promise<Verdict> {
  const path = `${clone}/${mutant.file}`;
  const original = await Deno.readTextFile(path);
  await Deno.writeTextFile(path, plant(original, mutant));
  try {
    return await verdictOf(runsFor(mutant, beside), (args) => passes(clone, args));
  } finally {
    await Deno.writeTextFile(path, original);
  }
}

/**
 * The numbers of the mutants to run, from 1: `only` alone (0: all of them), or those from `from`
 * to the last.
 *
 * @throws {LessonError} If a number is past the last mutant, or both are given.
 */
export function chosenMutants(only: number, from: number, count: number): number[] {
  for (const n of [only, from]) {
    if (n > count) throw new LessonError(`There are mutants 1 to ${count}, not ${n}`);
  }
  if (only !== 0 && from !== 1) throw new LessonError("Give a mutant's number or --from, not both");
  return only === 0 ? Array.from({ length: count }, (_, i) => i + 1).slice(from - 1) : [only];
}

/** One mutant's line: its number, its verdict, its file and its bug, in columns. */
export function mutantLine(n: number, verdict: Verdict, mutant: Mutant): string {
  return `${String(n).padStart(2)} ${verdict.padEnd(6)} ${mutant.file}: ${mutant.bug}`;
}

/** The last line: how many of the mutants run were caught, to one decimal of a percent. */
export function tallyLine(tally: Readonly<Record<Verdict, number>>, beside = false): string {
  const count = tally.caught + tally.missed + tally.hung;
  const percent = (100 * tally.caught / count).toFixed(1);
  return `${tally.caught} of ${count} caught (${percent}%), ${tally.missed} missed, ` +
    `${tally.hung} hung${beside ? ", by the test files beside each mutant's code only" : ""}.`;
}

/** Every check of every exercise taken out, in turn, with `read` reading a project's file. */
export async function everyCheck(read: (path: string) => Promise<string>): Promise<Mutant[]> {
  const mutants: Mutant[] = [];
  for (const { file } of exercises) {
    const check = `exercises/${file.replace(/\.ts$/, ".check.ts")}`;
    mutants.push(...checkMutants(check, await read(check), CHECK_TESTS));
  }
  return mutants;
}

async function mutants(
  { only, from, beside, stale, checks }: {
    only: number;
    from: number;
    beside: boolean;
    stale: boolean;
    checks: boolean;
  },
  io: Io,
  files: Files,
): Promise<void> {
  if (stale) {
    // The list checked against this working tree, with no clone and no test run: CI's check.
    const list = checks ? await everyCheck((path) => files.readTextFile(path)) : MUTANTS;
    const chosen = chosenMutants(only, from, list.length);
    for (const n of chosen) {
      const mutant = list[n - 1];
      await checkMutant(
        mutant,
        await files.readTextFile(mutant.file),
        (path) => files.readTextFile(path).then(() => true, () => false),
      );
    }
    const what = checks ? "check taken out" : "mutant";
    const mutants = chosen.length === 1
      ? `1 ${what} plants`
      : `${chosen.length} ${what.replace(/^(\w+)/, "$1s")} plant`;
    io.log(`${mutants}: each one's text is found once, its test files run.`);
    return;
  }
  const clone = await Deno.makeTempDir({ prefix: "mutants-" }).catch((error) => {
    if (!(error instanceof Deno.errors.NotCapable)) throw error;
    throw new LessonError(
      "planting needs --allow-run=git,deno --allow-read=/tmp --allow-write=/tmp; run it as " +
        "deno task mutants",
    );
  });
  try {
    const cloned = await new Deno.Command("git", {
      args: ["clone", "--quiet", "--shared", ".", clone],
      stdout: "null",
    }).output();
    if (!cloned.success) throw new LessonError("git clone of this project failed");
    const list = checks
      ? await everyCheck((path) => Deno.readTextFile(`${clone}/${path}`))
      : MUTANTS;
    const chosen = chosenMutants(only, from, list.length);
    // Every mutant's text must be found, and its test files be in the suite, before any runs.
    for (const n of chosen) {
      const mutant = list[n - 1];
      await checkMutant(
        mutant,
        await Deno.readTextFile(`${clone}/${mutant.file}`),
        (path) => Deno.stat(`${clone}/${path}`).then(() => true, () => false),
      );
    }
    const tally: Record<Verdict, number> = { caught: 0, missed: 0, hung: 0 };
    for (const n of chosen) {
      const mutant = list[n - 1];
      const verdict = await judge(clone, mutant, beside);
      tally[verdict]++;
      io.log(mutantLine(n, verdict, mutant));
    }
    io.log("");
    io.log(tallyLine(tally, beside));
  } finally {
    await Deno.remove(clone, { recursive: true });
  }
}

export const spec = defineLesson({
  summary: "Plant each bug of tools/mutants_list.ts in a clone and see whether the tests fail.",
  positional: "only",
  flags: {
    only: {
      kind: "whole",
      default: 0,
      min: 0,
      max: 1_000,
      value: "N",
      help: "Only this mutant, by number (0, the default: all)",
    },
    from: {
      kind: "whole",
      default: 1,
      min: 1,
      max: 1_000,
      value: "N",
      help: "Only the mutants from this one to the last (1, the default: all)",
    },
    beside: {
      kind: "switch",
      help: "Run only the test files beside each mutant's code: quicker, and a mutant they " +
        "miss may still be caught elsewhere (the figure to report is the run without it)",
    },
    checks: {
      kind: "switch",
      help: "Instead of the list's bugs, take out each check of each exercise in turn (an " +
        "expect call or a throw of exercises/NN_name.check.ts): each should be some test's",
    },
    stale: {
      kind: "switch",
      help: "Run no test: only check that each mutant still plants in this working tree (its " +
        "text found once, its test files in the suite), as CI does after every change",
    },
  },
  examples: [
    "deno task mutants",
    "deno task mutants 3",
    "deno task mutants --from 115",
    "deno task mutants --beside",
    "deno task mutants --checks",
    "deno task mutants:stale",
  ],
});

export const main = lessonMain(import.meta.url, spec, mutants);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
