// The walkthrough through the real lessons, as `deno task walkthrough` shows them with no
// terminal: each header, whole idea, lib file and output, straight through; and every lesson's
// default run on the way keeps its promises (lessons/_default_run.ts), which each lesson's own
// tests check too. Plain deno test leaves this file out: the walk runs every lesson again, about
// 2 s, after each lesson's own tests ran it. `deno task test:walkthrough` runs it (no permission
// needed), and so does CI.

import { assert } from "chai";
import type { Main } from "../runtime/cli.ts";
import { type CapturedIo, captureIo, type LessonRun, unwrap } from "../runtime/testing.ts";
import { END, runnable, walk } from "../tools/walkthrough.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { readCatalogue } from "./catalogue.ts";

const catalogue = await readCatalogue();

// The walk, made once and read by both tests: each lesson's own lines are kept apart as it
// prints them onto the walk's screen.
let walked: Promise<{ code: number; screen: CapturedIo; runs: Map<string, LessonRun> }> | undefined;
const walkOnce = () =>
  walked ??= (async () => {
    const runs = new Map<string, LessonRun>();
    const watched = (await runnable(catalogue)).map((lesson) => {
      const main: Main = async (args, io, files) => {
        const own = captureIo();
        const both = {
          log: (line: string) => (own.log(line), io!.log(line)),
          error: (line: string) => (own.error(line), io!.error(line)),
          columns: io!.columns,
        };
        const code = await lesson.main(args, both, files);
        runs.set(lesson.number, { code, out: own.out, err: own.err });
        return code;
      };
      return { ...lesson, main };
    });
    const screen = captureIo();
    const code = await walk(watched, 0, screen);
    return { code, screen, runs };
  })();

Deno.test("on the walk every lesson runs, and each run here keeps its promises: exit 0, 80 columns, its Try this without answers", async () => {
  const { runs } = await walkOnce();
  assert.deepEqual([...runs.keys()], catalogue.map((lesson) => lesson.number));
  for (const lesson of catalogue.filter((lesson) => lesson.module !== undefined)) {
    const { spec } = await lesson.module!();
    assertDefaultRun(lesson.number, spec, runs.get(lesson.number)!);
  }
});

Deno.test("the walkthrough shows the real lessons straight through: each header, whole idea, lib file and output", async () => {
  const { code, screen: io } = await walkOnce();
  assert.equal(code, 0);
  assert.deepEqual(io.err, []);
  const screen = unwrap(io.out);
  for (const lesson of catalogue) {
    const header = screen.findIndex((line) => line.startsWith(`== Lesson ${lesson.number}: `));
    assert.notEqual(header, -1, lesson.path);
    const first = lesson.idea[0];
    assert.equal(screen[header + 1], first.kind === "paragraph" ? first.text : undefined);
    const command = screen.indexOf(`$ ${lesson.command}`, header);
    assert.isAbove(command, header, lesson.path);
    for (const block of lesson.idea) {
      if (block.kind === "paragraph") assert.include(screen.slice(header, command), block.text);
    }
    if (lesson.lib !== undefined) assert.include(screen, `In the lib: ${lesson.lib}`);
  }
  assert.include(screen, "The prediction result is: [0.7985731]", "lesson 03's output is there");
  assert.include(screen, "$ deno task framework", "lesson 18 runs with its own configuration");
  assert.equal(screen.at(-1), END);
  for (const line of io.out.join("\n").split("\n")) assert.isAtMost(line.length, 80, line);
});
