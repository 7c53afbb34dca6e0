// Lesson 08 on a data file far wider than the tutorial's: every number about the columns is
// found by a loop, never by spreading them into Math.min or Math.max, which overflows the stack
// at some hundred thousand arguments.

import { assert } from "chai";
import { main } from "./08_train.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

Deno.test("lesson 08 trains on a data file of 200,000 columns and summarises its weights", async () => {
  const columns = 200_000;
  const header = [...Array.from({ length: columns }, (_, j) => `x${j}`), "target"].join(",");
  const row = (target: number) =>
    [...Array.from({ length: columns }, (_, j) => (j % 7) / 7 - target), target].join(",");
  const csv = `${header}\n${row(0)}\n${row(1)}\n`;
  const files = memoryFiles({ "wide.csv": csv });
  const { code, out, err } = await runLesson(
    main,
    // One step is enough: the columns are read, the weights trained and summarised all the same
    // (200 steps took seven times as long).
    ["--data", "wide.csv", "--iterations", "1"],
    files,
  );
  assert.deepEqual(err, []);
  assert.equal(code, 0);
  assert.match(out.join("\n"), /200000 weights in \[-?\d/);
});
