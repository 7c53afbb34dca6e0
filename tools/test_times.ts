// deno task test:times: how long the README's `deno test` takes here, and which test files take
// that time. It runs `deno test` as a learner types it (no permissions, the type check included),
// with the JUnit reporter, which gives each test's time; it times each whole run, and sums each
// file's tests. It runs it three times and reports the middle run: on a shared 2-core machine
// runs of the same suite differ by seconds, and the middle of three moves less. The
// machine's load average before and after says how far other programs shared the cores: with a
// load above the core count, the runs wait for them too.
//
// Run it: deno task test:times            (the slowest 15 files)
//         deno task test:times --top 100  (every file)
//         deno task test:times --runs 1   (one run)
//         deno task test:times:readme     (and writes the time into README.md's test-time
//                                          paragraph: the README's figures are these runs')

import { withSection } from "../bench/readme_section.ts";
import { defineLesson, flag, LessonError, lessonMain, UsageError } from "../runtime/cli.ts";
import { FileError, type Files, type Io } from "../runtime/io.ts";
import { median } from "./lesson_times.ts";

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
    const times = testCases(suite).filter((test) => !test.step).map((test) => test.time);
    files.push({ file, tests: times.length, seconds: times.reduce((sum, t) => sum + t, 0) });
  }
  return files.sort((a, b) => b.seconds - a.seconds || a.file.localeCompare(b.file));
}

/**
 * The failed tests of a JUnit report, each as `"its name" (its file:line)`: a failed step by its
 * own name, "test > step", not again as the test it failed.
 */
export function failures(junit: string): string[] {
  return junit.split("<testsuite ").slice(1).flatMap(testCases)
    .filter(({ failure }) => failure !== undefined && !/^\d+ test steps? failed$/.test(failure))
    .map(({ name, file, line }) => `"${name}" (${file}:${line})`);
}

/**
 * The test cases of one JUnit <testsuite>, in order, their text unescaped. A test's step is a case
 * of its own, named "test > step" after a case named "test", and its time is part of its test's.
 */
function testCases(suite: string) {
  const text = (xml: string) =>
    xml.replace(/&(quot|apos|lt|gt|amp);/g, (_, name: string) => ENTITIES[name]);
  const names: string[] = [];
  return [...suite.matchAll(/<testcase name="([^"]*)"([^>]*)>\s*(?:<failure message="([^"]*)")?/g)]
    .map(([, escaped, attributes, failure]) => {
      const name = text(escaped);
      const step = names.some((test) => name.startsWith(`${test} > `));
      names.push(name);
      const attribute = (key: string) => attributes.match(new RegExp(`\\b${key}="([^"]*)"`))?.[1];
      return {
        name,
        step,
        file: text(attribute("classname") ?? ""),
        line: attribute("line"),
        time: Number(attribute("time") ?? 0),
        failure: failure === undefined ? undefined : text(failure),
      };
    });
}

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

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

/** What the script prints for a run: its tests, files, time and load, then the report. */
export function runLines(run: SuiteRun, top: number): string[] {
  const tests = run.files.reduce((sum, f) => sum + f.tests, 0);
  const each = run.runs.length > 1 ? ` (${run.runs.map((s) => s.toFixed(1)).join(", ")} s)` : "";
  return [
    `deno test: ${tests} tests in ${run.files.length} files, ${run.seconds.toFixed(1)} s wall ` +
    `time on ${run.cores} cores,`,
    `${whichRun(run.runs.length)}${each};`,
    `load average ${run.load[0]} before, ${run.load[1]} after.`,
    "Each file's time is the sum of its tests' times (deno test --reporter=junit):",
    ...report(run.files, top),
  ];
}

/** The runs of the suite, as the README's paragraph quotes them: the middle one's figures. */
export interface SuiteRun {
  /** The middle run's wall time, in seconds. */
  seconds: number;
  /** Every run's wall time, in the order they ran. */
  runs: readonly number[];
  /** The middle run's files. */
  files: readonly FileTime[];
  cores: number;
  /** The load average before the first run and after the last, as printed ("1.0"). */
  load: readonly [string, string];
}

/** Which run of `count` the figures are: "one run", "the middle of 3 runs". */
function whichRun(count: number): string {
  if (count === 1) return "one run";
  return count % 2 === 1 ? `the middle of ${count} runs` : `the slower middle one of ${count} runs`;
}

/** The README's test-time paragraph, every figure from `run`; its `top` slowest files named. */
export function readmeParagraph(run: SuiteRun, top = 5): string {
  const tests = run.files.reduce((sum, f) => sum + f.tests, 0);
  const slowest = run.files.slice(0, top).map((f) =>
    `\`${f.file.replace(/^\.\//, "")}\` ${f.seconds.toFixed(2)} s`
  );
  const [low, high] = [Math.min(...run.runs), Math.max(...run.runs)].map((s) => s.toFixed(1));
  const which = whichRun(run.runs.length) + (run.runs.length > 1 ? ` of ${low} to ${high} s` : "");
  return `On this project's ${run.cores}-core machine \`deno task test:times\` measured ` +
    `${run.seconds.toFixed(1)} s, ${which} (${tests} tests in ${run.files.length} files, load ` +
    `average ${run.load[0]} before and ${run.load[1]} after; it prints the load, since other ` +
    `programs sharing the cores slow the runs). The slowest files, each its tests' times summed: ` +
    `${slowest.join(", ")}. \`deno task test:times:readme\` writes this paragraph. While you ` +
    "work, run one file: `deno test lessons/08_train_test.ts`.";
}

/** Markdown as deno fmt writes it, so that deno fmt --check passes after the update. */
async function formatMarkdown(text: string): Promise<string> {
  const child = new Deno.Command("deno", {
    args: ["fmt", "--ext=md", "-"],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(text));
  await writer.close();
  const { stdout, success } = await child.output();
  if (!success) throw new LessonError("deno fmt could not format README.md");
  return new TextDecoder().decode(stdout);
}

/** Writes `paragraph` into README.md's test-time section, through a temporary file. */
async function updateReadme(paragraph: string, files: Files): Promise<void> {
  const readme = await files.readTextFile("README.md");
  const updated = withSection(readme, "test-time", paragraph);
  await files.writeTextFile(".README.md.tmp", await formatMarkdown(updated));
  await files.rename(".README.md.tmp", "README.md");
}

const loadAverage = () => {
  try {
    return Deno.loadavg()[0].toFixed(1);
  } catch {
    return "unknown (deno task test:times allows it)";
  }
};

/** One run of `deno test` with the JUnit reporter: its wall time and its files. */
async function timeSuite(): Promise<{ seconds: number; files: FileTime[] }> {
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
  if (!output.success) {
    // The failed tests, by name; else (a type error: no test ran) deno's own error line.
    const failed = failures(junit);
    const stderr = new TextDecoder().decode(output.stderr).trim().split("\n");
    const why = failed.length > 0
      ? `${failed.length === 1 ? "1 test" : `${failed.length} tests`}, ${failed[0]}` +
        `${failed.length > 1 ? " and more" : ""}`
      : stderr.findLast((line) => line.startsWith("error:")) ?? stderr.at(-1) ?? "";
    throw new LessonError(
      `deno test failed (exit code ${output.code}): ${why}; run deno test to see why`,
    );
  }
  return { seconds, files: fileTimes(junit) };
}

async function testTimes(
  { top, runs: count, updateReadme: update }: { top: number; runs: number; updateReadme: boolean },
  io: Io,
  files: Files,
): Promise<void> {
  // The README first: a missing section or permission is one line before the run, not after it.
  if (update && count < 3) {
    throw new UsageError(
      `--update-readme with --runs ${count}: the README quotes the middle of 3 runs or more`,
    );
  }
  if (update) {
    try {
      withSection(await files.readTextFile("README.md"), "test-time", "");
    } catch (error) {
      // Files fail with the runtime's FileError, never with Deno's own errors.
      if (error instanceof FileError && error.problem === "not permitted") {
        throw new LessonError(
          "writing README.md needs its permissions; run it as deno task test:times:readme",
        );
      }
      if (error instanceof FileError) throw new LessonError(`README.md: ${error.message}`);
      if (error instanceof RangeError) throw new LessonError(error.message);
      throw error;
    }
  }
  const before = loadAverage();
  const made: { seconds: number; files: FileTime[] }[] = [];
  for (let i = 0; i < count; i++) made.push(await timeSuite());
  const after = loadAverage();
  // The middle run (lesson_times.ts's median: of an even count, the slower middle one), with
  // its own files.
  const seconds = median(made.map((m) => m.seconds));
  const { files: times } = made.find((m) => m.seconds === seconds)!;
  const run: SuiteRun = {
    seconds,
    runs: made.map((m) => m.seconds),
    files: times,
    cores: navigator.hardwareConcurrency,
    load: [before, after],
  };
  for (const line of runLines(run, top)) io.log(line);
  if (update) {
    await updateReadme(readmeParagraph(run), files);
    io.log("Wrote the time into README.md's test-time paragraph.");
  }
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
    runs: {
      kind: "whole",
      default: 3,
      min: 1,
      max: 5,
      value: "N",
      help: "Run deno test N times and report the middle run (of an even N, the slower of the " +
        "two in the middle): one run on a shared machine may be slowed by others",
    },
    updateReadme: flag.switch(
      "Write the time and the 5 slowest files into README.md's test-time paragraph",
    ),
  },
  examples: [
    "deno task test:times",
    "deno task test:times --top 100",
    "deno task test:times --runs 1",
    "deno task test:times:readme",
  ],
});

export const main = lessonMain(import.meta.url, spec, testTimes);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
