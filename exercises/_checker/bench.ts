// How long the checker takes to answer a save, measured (deno task bench:exercises). The
// solutions are copied into a scratch folder in testdata/; each run "saves" one exercise's file
// (a new comment at its end, so that deno check's cache cannot answer), then deno check of the
// files and the check in a fresh worker run side by side, as deno task exercise runs them; the
// answer is printed when the slower is done. --watch adds the 100 ms it waits for an editor's
// save to settle. Medians of 10 runs.

import { loadContext } from "./context.ts";
import { exercises } from "./list.ts";
import { workerRunner } from "./runner.ts";
import { denoTypeCheck } from "./typecheck.ts";

const root = new URL("../../", import.meta.url);
const scratch = "exercises/_checker/testdata/bench/";
const folder = new URL(scratch, root);
await Deno.mkdir(folder, { recursive: true });
try {
  for (const e of exercises) {
    await Deno.copyFile(new URL(`exercises/solutions/${e.file}`, root), new URL(e.file, folder));
  }
  const runner = workerRunner({ folder, timeLimit: 30, context: loadContext() });
  const typeCheck = denoTypeCheck(root)!;
  const files = exercises.map((e) => scratch + e.file);
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];
  const ms = (x: number) => `${x.toFixed(0)} ms`;

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
      `exercise ${String(number).padStart(2, "0")}: check in a worker ${ms(median(checks))}, ` +
        `deno check ${ms(median(types))}, answer ${ms(median(answers))} (medians of 10)`,
    );
  }
} finally {
  await Deno.remove(folder, { recursive: true });
}
