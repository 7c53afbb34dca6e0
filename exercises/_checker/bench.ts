// How long the checker takes to answer a save, measured (deno task bench:exercises; with
// --update-readme, as deno task bench:exercises:readme, it writes the figures into the README's
// Exercises section). The solutions are copied into a scratch folder in testdata/; each run
// "saves" one exercise's file (a new comment at its end, so that no cache can answer), then the
// type check of the files (TypeScript kept warm, as --watch keeps it, or deno check, as a single
// run asks it) and the check in a fresh worker run side by side, as deno task exercise runs
// them; the answer is printed when the slower is done. --watch adds the 100 ms it waits for an
// editor's save to settle. Medians of 10 runs. --watch's first type check, which loads
// TypeScript and its library, is timed apart.

import { parseArgs } from "node:util";
import { formatMarkdown, withSection } from "../../bench/readme_section.ts";
import { loadContext } from "./context.ts";
import { exercises } from "./list.ts";
import { workerRunner } from "./runner.ts";
import { denoTypeCheck, type TypeCheck, warmTypeCheck } from "./typecheck.ts";

/** The answer to a save should come within this, in --watch on a quiet machine. */
export const GOAL_MS = 300;

/** What one bench run measured, in milliseconds (medians of 10 runs). */
export interface CheckerSpeed {
  /** --watch's first type check, which loads TypeScript. */
  first: number;
  /** --watch's answers to a save of exercise 01 and of exercise 08 (which trains). */
  watch: [number, number];
  /** --watch's warm type checks in those two runs. */
  watchTypes: [number, number];
  /** A single run's answers (deno check starts TypeScript anew). */
  single: [number, number];
  /** The machine: its cores and its load average (1 minute) before and after. */
  cores: number;
  load: [number, number];
}

/** The README's paragraph on the checker's speed, every figure from `speed`. */
export function speedParagraph(speed: CheckerSpeed): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const slowest = Math.max(...speed.watch);
  const types = speed.watchTypes.map(Math.round).toSorted((a, b) => a - b);
  return [
    `Measured by \`deno task bench:exercises:readme\` on ${speed.cores} cores, load average`,
    `${speed.load[0].toFixed(1)} before and ${
      speed.load[1].toFixed(1)
    } after: \`--watch\` answered a save in`,
    `${ms(speed.watch[0])} for exercise 01 and ${ms(speed.watch[1])} for exercise 08, which trains`,
    `(its warm type check ${types[0]}-${types[1]} ms), ${
      slowest <= GOAL_MS ? "within" : "over"
    } the goal of ${GOAL_MS / 1000} s;`,
    `a single run, where \`deno check\` starts TypeScript anew, took ${
      s(Math.max(...speed.single))
    }.`,
    `\`--watch\`'s first check, which loads TypeScript, took ${s(speed.first)}.`,
  ].join(" ");
}

/** Measures the checker's answers to saves, in a scratch copy of the solutions. */
async function measure(): Promise<CheckerSpeed> {
  const root = new URL("../../", import.meta.url);
  const scratch = "exercises/_checker/testdata/bench/";
  const folder = new URL(scratch, root);
  const loadBefore = Deno.loadavg()[0];
  await Deno.mkdir(folder, { recursive: true });
  try {
    for (const e of exercises) {
      await Deno.copyFile(new URL(`exercises/solutions/${e.file}`, root), new URL(e.file, folder));
    }
    const runner = workerRunner({ folder, timeLimit: 30, context: loadContext() });
    const files = exercises.map((e) => scratch + e.file);
    const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];

    /** The medians of 10 saves of exercise `number`: its check, its type check, the answer. */
    const saves = async (typeCheck: TypeCheck, number: number) => {
      const file = new URL(exercises[number - 1].file, folder);
      const text = await Deno.readTextFile(file);
      const [checks, types, answers]: number[][] = [[], [], []];
      for (let run = 0; run < 10; run++) {
        await Deno.writeTextFile(file, `${text}// save ${run} at ${Date.now()}\n`);
        const start = performance.now();
        const typed = typeCheck(files).then((errors) => {
          if (errors.size > 0) throw new Error(`Type errors: ${[...errors.values()]}`);
          types.push(performance.now() - start);
        });
        const checked = runner(number).then((outcome) => {
          if (outcome.status !== "done") throw new Error(`Not done: ${JSON.stringify(outcome)}`);
          checks.push(performance.now() - start);
        });
        await Promise.all([typed, checked]);
        answers.push(performance.now() - start);
      }
      const [check, type, answer] = [checks, types, answers].map(median);
      console.log(
        `exercise ${String(number).padStart(2, "0")}: check in a worker ${check.toFixed(0)} ms, ` +
          `type check ${type.toFixed(0)} ms, answer ${answer.toFixed(0)} ms (medians of 10)`,
      );
      return { type, answer };
    };

    const started = performance.now();
    const warm = warmTypeCheck(root)!;
    await warm(files);
    const first = performance.now() - started;
    console.log(`--watch's first type check (TypeScript loads): ${first.toFixed(0)} ms`);
    console.log("--watch:");
    const watch = [await saves(warm, 1), await saves(warm, 8)];
    console.log("a single run:");
    const single = [await saves(denoTypeCheck(root)!, 1), await saves(denoTypeCheck(root)!, 8)];
    return {
      first,
      watch: [watch[0].answer, watch[1].answer],
      watchTypes: [watch[0].type, watch[1].type],
      single: [single[0].answer, single[1].answer],
      cores: navigator.hardwareConcurrency,
      load: [loadBefore, Deno.loadavg()[0]],
    };
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
}

/** Writes `paragraph` into the README's exercise-speed section, formatted as deno fmt would. */
async function updateReadme(paragraph: string): Promise<void> {
  const readme = await Deno.readTextFile("README.md");
  const formatted = await formatMarkdown(withSection(readme, "exercise-speed", paragraph));
  await Deno.writeTextFile(".README.md.tmp", formatted);
  await Deno.rename(".README.md.tmp", "README.md");
  console.log("Updated the exercise checker's speed in README.md");
}

if (import.meta.main) {
  let update = false;
  try {
    const options = { "update-readme": { type: "boolean" } } as const;
    update = parseArgs({ options }).values["update-readme"] ?? false;
  } catch (error) {
    console.error(`${(error as Error).message} (the one flag is --update-readme)`);
    Deno.exit(2);
  }
  const speed = await measure();
  const paragraph = speedParagraph(speed);
  console.log(`\n${paragraph}`);
  if (update) await updateReadme(paragraph);
}
