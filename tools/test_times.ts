// deno task test:times: how long the README's `deno test` takes here, and which test files take
// that time. It runs `deno test` once, as a learner types it (no permissions, the type check
// included), with the JUnit reporter, which gives each test's time; it times the whole run, and
// sums each file's tests. The machine's load average before and after says how far other
// programs shared the cores: with a load above the core count, the run waits for them too.
//
// Run it: deno task test:times            (the slowest 15 files)
//         deno task test:times --top 100  (every file)

import { defineLesson, LessonError, lessonMain } from "../runtime/cli.ts";
import type { Files, Io } from "../runtime/io.ts";

/** One test file's share of the run. */
export interface FileTime {
  /** `"./lessons/08_train_test.ts"`, as deno test names it. */
  file: string;
  tests: number;
  /** The sum of its tests' times, in seconds. */
  seconds: number;
}

/** The test files of a JUnit report from `deno test --reporter=junit`, slowest first. */
export function fileTimes(junit: string): FileTime[] {
  const files: FileTime[] = [];
  for (const suite of junit.split("<testsuite ").slice(1)) {
    const file = suite.match(/^name="([^"]*)"/)?.[1];
    if (file === undefined) throw new LessonError("A JUnit <testsuite> without a name");
    const times = [...suite.matchAll(/<testcase [^>]*\btime="([\d.]+)"/g)].map((m) => Number(m[1]));
    files.push({ file, tests: times.length, seconds: times.reduce((sum, t) => sum + t, 0) });
  }
  return files.sort((a, b) => b.seconds - a.seconds || a.file.localeCompare(b.file));
}

/** The rows the script prints: seconds, share of the run, tests and file; then the rest. */
export function report(files: readonly FileTime[], top: number): string[] {
  const total = files.reduce((sum, f) => sum + f.seconds, 0);
  const row = (seconds: number, tests: number, name: string) =>
    `${seconds.toFixed(2).padStart(7)} s ${
      (total > 0 ? 100 * seconds / total : 0).toFixed(1).padStart(5)
    }% ${String(tests).padStart(4)}  ${name}`;
  const shown = files.slice(0, top);
  const rest = files.slice(top);
  return [
    `${"time".padStart(9)} ${"share".padStart(6)} tests  file`,
    ...shown.map((f) => row(f.seconds, f.tests, f.file)),
    ...(rest.length > 0
      ? [row(
        rest.reduce((sum, f) => sum + f.seconds, 0),
        rest.reduce((sum, f) => sum + f.tests, 0),
        rest.length === 1 ? "1 other file" : `${rest.length} other files`,
      )]
      : []),
  ];
}

const loadAverage = () => {
  try {
    return Deno.loadavg()[0].toFixed(1);
  } catch {
    return "unknown (deno task test:times allows it)";
  }
};

async function testTimes({ top }: { top: number }, io: Io, _files: Files): Promise<void> {
  const before = loadAverage();
  const start = performance.now();
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command("deno", {
      args: ["test", "--reporter=junit"],
      stdin: "null",
      env: { NO_COLOR: "1" },
    }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        "running deno test needs --allow-run=deno; run it as deno task test:times",
      );
    }
    throw error;
  }
  const seconds = (performance.now() - start) / 1000;
  const junit = new TextDecoder().decode(output.stdout);
  const files = fileTimes(junit);
  const tests = files.reduce((sum, f) => sum + f.tests, 0);
  if (!output.success) {
    throw new LessonError(
      `deno test failed (exit code ${output.code}): ${
        new TextDecoder().decode(output.stderr).trim().split("\n").at(-1) ?? ""
      }`,
    );
  }
  io.log(
    `deno test: ${tests} tests in ${files.length} files, ${seconds.toFixed(1)} s wall time on ` +
      `${navigator.hardwareConcurrency} cores;`,
  );
  io.log(`load average ${before} before, ${loadAverage()} after.`);
  io.log("Each file's time is the sum of its tests' times (deno test --reporter=junit):");
  for (const line of report(files, top)) io.log(line);
}

export const spec = defineLesson({
  summary: "Time the README's deno test, and name the test files that take the time.",
  flags: {
    top: {
      kind: "whole",
      default: 15,
      min: 1,
      max: 1_000,
      value: "N",
      help: "Show the N slowest files, the others summed in one line",
    },
  },
  examples: ["deno task test:times", "deno task test:times --top 100"],
});

export const main = lessonMain(import.meta.url, spec, testTimes);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
