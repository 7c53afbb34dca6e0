// deno task lessons:times: how long each lesson's default run takes, the whole process, as a
// learner types it (`deno run lessons/08_train.ts`: Deno's start, the type check already cached,
// the lesson's work and its exit). Each lesson runs once unmeasured, then --runs times; the
// median and the slowest run are reported against the goal of 1 s. Lessons that run apart
// (lesson 18, with its own packages) are left out. With --update-readme (deno task
// lessons:times:readme) it writes the table into the README's "How long each lesson takes".
//
// Run it: deno task lessons:times
//         deno task lessons:times --runs 11

import { formatMarkdown, withSection } from "../bench/readme_section.ts";
import { CATALOGUE } from "../lessons/catalogue.ts";
import { defineLesson, flag, LessonError, lessonMain } from "../runtime/cli.ts";
import { readTextFileFor, writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";

/** A lesson's default run should end within this, whole process, on a quiet machine. */
export const GOAL_MS = 1000;

/** One lesson's runs, in milliseconds of wall time. */
export interface LessonTime {
  /** `"08_train.ts"`. */
  file: string;
  median: number;
  slowest: number;
}

/** The middle value; of an even count, the upper of the two middle ones. */
export function median(values: readonly number[]): number {
  return values.toSorted((a, b) => a - b)[values.length >> 1];
}

/** The README's section: a sentence with the machine and the verdict, then one row a lesson. */
export function timesSection(
  times: readonly LessonTime[],
  machine: { cores: number; load: [number, number]; runs: number },
): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const over = times.filter((t) => t.median > GOAL_MS);
  const verdict = over.length === 0
    ? `every lesson's median is within the goal of ${GOAL_MS / 1000} s`
    : `over the goal of ${GOAL_MS / 1000} s: ${
      over.map((t) => `lesson ${t.file.slice(0, 2)} (${ms(t.median)})`).join(", ")
    }`;
  return [
    `Measured by \`deno task lessons:times:readme\` on ${machine.cores} cores, load average ` +
    `${machine.load[0].toFixed(1)} before and ${machine.load[1].toFixed(1)} after, ` +
    `${machine.runs} runs of each lesson after one unmeasured: ${verdict}.`,
    "",
    "| Lesson | Median | Slowest |",
    "| --- | --- | --- |",
    ...times.map((t) => `| \`lessons/${t.file}\` | ${ms(t.median)} | ${ms(t.slowest)} |`),
  ].join("\n");
}

/** The lessons timed, by file name: all but those that run apart. */
export const TIMED_LESSONS: readonly string[] = CATALOGUE
  .filter((entry) => entry.apart === undefined)
  .map((entry) => entry.file);

/**
 * Times a lesson: one run unmeasured, then `runs` measured, by `timeRun` (its milliseconds).
 *
 * @returns Their median and the slowest of them.
 */
export async function timeLesson(
  file: string,
  runs: number,
  timeRun: (file: string) => Promise<number>,
): Promise<LessonTime> {
  await timeRun(file);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timeRun(file));
  return { file, median: median(times), slowest: Math.max(...times) };
}

/** One whole-process run of a lesson with its defaults, in milliseconds. */
async function timeRun(file: string): Promise<number> {
  const start = performance.now();
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command("deno", {
      args: ["run", `lessons/${file}`],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        "running the lessons needs --allow-run=deno; run deno task lessons:times",
      );
    }
    throw error;
  }
  const elapsed = performance.now() - start;
  if (!output.success) {
    const last = new TextDecoder().decode(output.stderr).trim().split("\n").at(-1) ?? "";
    throw new LessonError(`lessons/${file} failed (exit code ${output.code}): ${last}`);
  }
  return elapsed;
}

const loadAverage = () => {
  try {
    return Deno.loadavg()[0];
  } catch {
    throw new LessonError(
      "reading the load average needs --allow-sys=loadavg; run deno task lessons:times",
    );
  }
};

/**
 * README.md, with its section on the lessons' times.
 *
 * @throws {LessonError} If it cannot be read or has no such section.
 */
async function readReadme(files: Files): Promise<string> {
  const readme = await readTextFileFor("update-readme", "README.md", files, 10_000_000);
  try {
    withSection(readme, "lesson-times", "");
  } catch (error) {
    throw error instanceof RangeError ? new LessonError(error.message) : error;
  }
  return readme;
}

async function lessonTimes(
  options: { runs: number; updateReadme: boolean },
  io: Io,
  files: Files,
): Promise<void> {
  // The README first: a missing section or file is one line before the runs, not after them.
  const readme = options.updateReadme ? await readReadme(files) : "";
  const before = loadAverage();
  const times: LessonTime[] = [];
  for (const file of TIMED_LESSONS) {
    const time = await timeLesson(file, options.runs, timeRun);
    io.log(
      `${file.padEnd(26)} median ${time.median.toFixed(0).padStart(5)} ms, ` +
        `slowest ${time.slowest.toFixed(0).padStart(5)} ms`,
    );
    times.push(time);
  }
  const section = timesSection(times, {
    cores: navigator.hardwareConcurrency,
    load: [before, loadAverage()],
    runs: options.runs,
  });
  io.log("");
  io.log(section.split("\n")[0]);
  if (options.updateReadme) {
    const updated = await formatMarkdown(withSection(readme, "lesson-times", section));
    await writeTextFileFor("update-readme", "README.md", updated, files, {
      temporary: ".README.md.tmp",
    });
    io.log("Updated the lessons' times in README.md");
  }
}

export const spec = defineLesson({
  summary: "Time each lesson's default run, the whole process, against the goal of 1 s.",
  flags: {
    runs: flag.whole(5, 1, 100, "Measure each lesson N times, after one unmeasured run", "N"),
    updateReadme: flag.switch("Write the table into README.md's section on the lessons' times"),
  },
  examples: ["deno task lessons:times", "deno task lessons:times --runs 11"],
});

export const main = lessonMain(import.meta.url, spec, lessonTimes);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
