// How long the checker takes to answer a save, measured (deno task bench:exercises). The
// solutions are copied into a scratch folder in testdata/; each run "saves" one exercise's file
// (a new comment at its end, so that no cache can answer), then the type check of the files
// (TypeScript kept warm, as --watch keeps it, or deno check, as a single run asks it) and the
// check in a fresh worker run side by side, as deno task exercise runs them; the answer is
// printed when the slower is done. --watch adds the 100 ms it waits for an editor's save to
// settle. Medians of 10 runs. --watch's first type check, which loads TypeScript and its
// library, is timed apart.

import { loadContext } from "./context.ts";
import { exercises } from "./list.ts";
import { workerRunner } from "./runner.ts";
import { denoTypeCheck, warmTypeCheck } from "./typecheck.ts";

const root = new URL("../../", import.meta.url);
const scratch = "exercises/_checker/testdata/bench/";
const folder = new URL(scratch, root);
await Deno.mkdir(folder, { recursive: true });
try {
  for (const e of exercises) {
    await Deno.copyFile(new URL(`exercises/solutions/${e.file}`, root), new URL(e.file, folder));
  }
  const runner = workerRunner({ folder, timeLimit: 30, context: loadContext() });
  const files = exercises.map((e) => scratch + e.file);
  const first = performance.now();
  const warm = warmTypeCheck(root)!;
  await warm(files);
  console.log(
    `--watch's first type check (TypeScript loads): ${(performance.now() - first).toFixed(0)} ms`,
  );
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];
  const ms = (x: number) => `${x.toFixed(0)} ms`;

  for (
    const [mode, typeCheck] of [["--watch", warm], ["a single run", denoTypeCheck(root)!]] as const
  ) {
    for (const number of [1, 8]) {
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
      console.log(
        `${mode}, exercise ${String(number).padStart(2, "0")}: check in a worker ${
          ms(median(checks))
        }, ` +
          `type check ${ms(median(types))}, answer ${ms(median(answers))} (medians of 10)`,
      );
    }
  }
} finally {
  await Deno.remove(folder, { recursive: true });
}
