/// <reference lib="dom" />
// The classroom site's exercises against the terminal's checker. Every blank, every solution,
// every planted mistake (exercises/_checker/planted.ts) and the checker's own test folders
// (exercises/_checker/testdata/: code that throws, that waits for an earlier TODO, that does not
// load, that never ends) are checked twice: by the terminal's checker (its workers, as
// `deno task exercise NN` runs them, and its type check), and by the page opened from file://
// with the network cut, in its worker from a Blob URL. The verdict and every line of the report
// must be the same. Then the page as a learner uses it: the text, the editor, Check, Hint in the
// terminal's order, Reset, the progress kept across a reload, the links from the lessons.
//
// The one thing the page does not do is TypeScript's type check (the compiler is too large for
// the site): a case that the terminal fails on types would differ, and the test names it.
//
// Run it: deno task test:site

import { assert } from "chai";
import type { Page } from "puppeteer-core";
import { TIME_LIMIT } from "../../exercises/_checker/channel.ts";
import { loadContext } from "../../exercises/_checker/context.ts";
import { id } from "../../exercises/_checker/exercise.ts";
import { exercise, exercises } from "../../exercises/_checker/list.ts";
import { type Outcome, runCheck } from "../../exercises/_checker/outcome.ts";
import { planted } from "../../exercises/_checker/planted.ts";
import { record } from "../../exercises/_checker/progress.ts";
import { report } from "../../exercises/_checker/report.ts";
import { workerRunner } from "../../exercises/_checker/runner.ts";
import { denoTypeCheck } from "../../exercises/_checker/deno_check.ts";
import { offlineSiteTest, openFile } from "./offline_site.ts";

const ROOT = new URL("../../", import.meta.url);
const context = loadContext();

/** Every TypeScript file of `folder` (a path from the project's root ending in a slash). */
async function sourcesOf(folder: string): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for await (const entry of Deno.readDir(new URL(folder, ROOT))) {
    if (entry.isFile && entry.name.endsWith(".ts")) {
      sources[folder + entry.name] = await Deno.readTextFile(new URL(folder + entry.name, ROOT));
    }
  }
  return sources;
}

/** One case: an exercise, the files the page is given, and the folder of the exercise's file. */
interface Case {
  name: string;
  number: number;
  folder: string;
  sources: Record<string, string>;
  /** The terminal's outcome of the same case. */
  terminal: () => Promise<Outcome>;
}

/** The files in `folder`, checked by the terminal's own workers on disk. */
async function folderCases(folder: string, numbers: readonly number[]): Promise<Case[]> {
  const sources = await sourcesOf(folder);
  const runner = workerRunner({ folder: new URL(folder, ROOT), timeLimit: TIME_LIMIT, context });
  return numbers.map((number) => ({
    name: `${folder}${exercise(number).file}`,
    number,
    folder,
    sources,
    terminal: () => runner(number),
  }));
}

/**
 * A planted mistake: the terminal checks the module of planted.ts in process, as its tests do;
 * the page gets a learner's file that exports that same module's functions, from the sources of
 * planted.ts and the solutions it is made of, so that the page builds the same module itself.
 */
async function plantedCases(): Promise<Case[]> {
  const sources = {
    ...await sourcesOf("exercises/solutions/"),
    ...await sourcesOf("exercises/_checker/"),
  };
  return Object.entries(planted).map(([key, module]) => {
    const number = Number(key.slice(0, 2));
    const { file } = exercise(number);
    const learner = [
      `import { planted } from "./_checker/planted.ts";`,
      `const mistake = planted[${JSON.stringify(key)}];`,
      ...Object.keys(module).map((name) => `export const ${name} = mistake.${name};`),
    ].join("\n");
    return {
      name: `planted ${key}`,
      number,
      folder: "exercises/",
      sources: { ...sources, [`exercises/${file}`]: learner },
      terminal: () => runCheck(exercise(number), () => Promise.resolve(module), context),
    };
  });
}

/** The terminal's places name each case's folder; the page's name it too (the same paths). */
const numbers = exercises.map((e) => e.number);

async function allCases(): Promise<Case[]> {
  return [
    ...await folderCases("exercises/_blanks/", numbers),
    ...await folderCases("exercises/solutions/", numbers),
    ...await folderCases("exercises/_checker/testdata/throws/", [1]),
    ...await folderCases("exercises/_checker/testdata/typed_throw/", [1]),
    ...await folderCases("exercises/_checker/testdata/loads_badly/", [1]),
    ...await folderCases("exercises/_checker/testdata/waiting/", [3]),
    ...await folderCases("exercises/_checker/testdata/looping/", [1]),
    ...await plantedCases(),
  ];
}

/** The page's report of a case, through the function its Check button calls, a fresh progress. */
function pageReport(page: Page, c: Case): Promise<{ status: string; lines: string[] }> {
  return page.evaluate(
    (number, sources, folder) => {
      localStorage.clear();
      const site = globalThis as unknown as {
        classroomExercises: {
          checkAndReport(
            n: number,
            s: Record<string, string>,
            f: string,
          ): Promise<{ status: string; lines: string[] }>;
        };
      };
      return site.classroomExercises.checkAndReport(number, sources, folder);
    },
    c.number,
    c.sources,
    c.folder,
  );
}

/** The first line where two reports differ, for the failure's message. */
function assertSameLines(page: string[], terminal: string[], what: string): void {
  const line = Math.max(page.length, terminal.length);
  for (let i = 0; i < line; i++) {
    if (page[i] === terminal[i]) continue;
    assert.fail(
      `${what}: the report differs at line ${i + 1}:\n  page:     ${JSON.stringify(page[i])}` +
        `\n  terminal: ${JSON.stringify(terminal[i])}`,
    );
  }
}

/** Clicks a button of the exercise and waits for the check it starts. */
async function checkWith(page: Page, button: "#check" | "#hint"): Promise<string> {
  const checks = await page.$eval("body", (body) => Number(body.dataset.checks ?? 0));
  await page.click(button);
  await page.waitForSelector(`body[data-checks='${checks + 1}']`);
  return await page.$eval("#exercise-report", (e) => e.textContent!);
}

/** Puts `code` in the editor as typing would, the input event included. */
async function typeCode(page: Page, code: string): Promise<void> {
  await page.$eval("#exercise-code", (editor, text) => {
    (editor as HTMLTextAreaElement).value = text;
    editor.dispatchEvent(new Event("input"));
  }, code);
}

offlineSiteTest(
  "the page's exercises give the terminal's verdicts and messages, from file://",
  async (page, problems, t) => {
    const cases = await allCases();
    // The terminal's first worker waits for Deno to type-check the checker's modules, which can
    // take longer than the time limit; afterwards they are cached, as in a learner's terminal.
    const warm = workerRunner({
      folder: new URL("exercises/solutions/", ROOT),
      timeLimit: 120,
      context,
    });
    assert.equal((await warm(1)).status, "done");
    await openFile(page, "exercise=01");

    // The terminal type-checks each file before its check runs; the page cannot. A case the
    // terminal fails on types is a difference by design, named here: today there is none.
    const typeCheck = denoTypeCheck(ROOT)!;
    const files = cases.filter((c) => !c.name.startsWith("planted")).map((c) => c.name);
    const typeErrors = await typeCheck(files);
    await t.step("no case is a type error in the terminal (the page has no type check)", () => {
      assert.deepEqual([...typeErrors.keys()], [], "these cases differ in the page by design");
    });

    for (const c of cases) {
      await t.step(`${c.name}: the same verdict and report`, async () => {
        const e = exercise(c.number);
        const outcome = await c.terminal();
        const terminal = report(e, outcome, record({}, e, outcome).level);
        const ours = await pageReport(page, c);
        assert.equal(ours.status, outcome.status, c.name);
        assertSameLines(ours.lines, terminal, c.name);
      });
    }

    await t.step("exercise 01 as a learner meets it: text, editor, Check", async () => {
      await page.evaluate(() => localStorage.clear());
      await openFile(page, "exercise=01");
      const blank = await Deno.readTextFile(new URL("exercises/_blanks/01_prediction.ts", ROOT));
      const shown = await page.evaluate(() => ({
        heading: document.querySelector("#exercise h2")!.textContent,
        text: document.querySelector(".exercise-text")!.textContent!,
        code: document.querySelector<HTMLTextAreaElement>("#exercise-code")!.value,
        note: document.querySelector(".types-note")!.textContent,
      }));
      assert.equal(shown.heading, "Exercise 01, a prediction");
      assert.match(shown.text, /^Exercise 01: a prediction, from the inputs to a probability\./);
      assert.include(shown.text, "deno task exercise 01");
      assert.equal(shown.code, blank);
      assert.match(shown.note!, /^Types are checked in the terminal only/);
      const e = exercise(1);
      const outcome = await (await folderCases("exercises/_blanks/", [1]))[0].terminal();
      assert.equal(await checkWith(page, "#check"), report(e, outcome).join("\n"));
    });

    await t.step(
      "the same wrong answer again, then Hint: the hints in the terminal's order",
      async () => {
        const solution = await Deno.readTextFile(
          new URL("exercises/solutions/01_prediction.ts", ROOT),
        );
        const wrong = solution.replace("Math.exp(-x)", "Math.exp(x)");
        assert.notEqual(wrong, solution);
        await typeCode(page, wrong);
        const e = exercise(1);
        const outcome = await runCheck(
          e,
          () => Promise.resolve(planted["01 exponentSign"]),
          context,
        );
        for (
          const [button, level] of [["#check", 1], ["#check", 2], ["#hint", 3], ["#hint", 3]]
        ) {
          const text = await checkWith(page, button as "#check" | "#hint");
          assert.equal(
            text,
            report(e, outcome, level as number).join("\n"),
            `${button} ${level}`,
          );
        }
      },
    );

    await t.step("a solution is done, and the progress stays after a reload", async () => {
      const solution = await Deno.readTextFile(
        new URL("exercises/solutions/01_prediction.ts", ROOT),
      );
      await typeCode(page, solution);
      const text = await checkWith(page, "#check");
      assert.match(text, /^Exercise 01, a prediction: done$/m);
      await openFile(page, "exercise=01");
      const kept = await page.evaluate(() => ({
        code: document.querySelector<HTMLTextAreaElement>("#exercise-code")!.value,
        done: document.querySelector<HTMLElement>(".exercise-list [aria-current]")!.dataset.done,
      }));
      assert.deepEqual(kept, { code: solution, done: "true" });
    });

    await t.step("Reset puts back the blank and forgets the exercise's progress", async () => {
      page.once("dialog", (dialog) => dialog.accept());
      await page.click("#exercise-reset");
      const blank = await Deno.readTextFile(new URL("exercises/_blanks/01_prediction.ts", ROOT));
      await openFile(page, "exercise=01");
      const after = await page.evaluate(() => ({
        code: document.querySelector<HTMLTextAreaElement>("#exercise-code")!.value,
        done: document.querySelector<HTMLElement>(".exercise-list [aria-current]")!.dataset.done,
      }));
      assert.deepEqual(after, { code: blank, done: "false" });
    });

    await t.step("each lesson that explains an exercise links to it", async () => {
      await openFile(page, "lesson=03");
      const links = await page.$$eval(
        "section.lesson[data-lesson='03'] .exercise-link a",
        (anchors) => anchors.map((a) => [a.getAttribute("href"), a.textContent]),
      );
      const expected = exercises.filter((e) => e.lesson === "lessons/03_predict.ts")
        .map((e) => [`?exercise=${id(e.number)}`, `Exercise ${id(e.number)}, ${e.title}`]);
      assert.isAbove(expected.length, 0);
      assert.deepEqual(links, expected);
      // A lesson that explains none links to the exercises all the same.
      const anyway = await page.$$eval(
        "section.lesson .exercise-link a[href='?exercise=01']",
        (anchors) => anchors.map((a) => a.closest("section")!.dataset.lesson),
      );
      assert.include(anyway, "13");
    });

    await t.step("nothing was asked of anything but the site's own files", () => {
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  },
);
