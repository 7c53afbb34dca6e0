/// <reference lib="dom" />
// The classroom page, end to end, in headless Chromium: `deno task classroom` on a free port, then
// every lesson loaded, run, and compared with what `deno run` prints for the same flags at this
// moment (never a stored copy); a bad value refused with the command line's message; a changed
// control; --help; the training animated, stepped and played to the lesson's own numbers; a
// link that holds flags; the arrow keys; pasted CSV data. Any request to another origin, any
// failed request and any console error fails the test.
//
// Run it: deno task test:browser      (not part of plain `deno test`: it needs a browser)
// A few lessons only, while working on the page: the task's command with --allow-env=LESSONS
// and LESSONS=08,12 (the other tests still run; --filter picks among them).

import { assert } from "chai";
import type { Page } from "puppeteer-core";
import type { Flag, LessonSpec } from "../../runtime/cli.ts";
import { SEPARATE_LESSONS } from "../../runtime/separate.ts";
import {
  assertStoppedCleanly,
  denoRun,
  launchBrowser,
  open,
  OUT,
  pagePrinted,
  press,
  type Printed,
  startClassroom,
  watch,
} from "./browser.ts";

const SCREENSHOTS = `${OUT}/screenshots`;

/** The lessons the per-lesson steps run: every lesson, or those LESSONS names when allowed. */
const ONLY = Deno.permissions.querySync({ name: "env", variable: "LESSONS" }).state === "granted"
  ? Deno.env.get("LESSONS")?.split(",")
  : undefined;
const ANIMATED = ["08_train.ts", "10_hidden_layer.ts", "11_diagnosis.ts", "12_digits.ts"];

/** The page printed what the terminal printed; if not, the first line that differs. */
function assertPrinted(page: Printed, terminal: Printed, what = "the page and deno run"): void {
  for (const key of ["code", "stdout", "stderr"] as const) {
    if (page[key] === terminal[key]) continue;
    const [ours, theirs] = [String(page[key]).split("\n"), String(terminal[key]).split("\n")];
    const line = ours.findIndex((text, i) => text !== theirs[i]);
    assert.fail(
      `${what}: ${key} differs at line ${line + 1}:\n  page:     ${JSON.stringify(ours[line])}` +
        `\n  terminal: ${JSON.stringify(theirs[line])}`,
    );
  }
}

/** A value a flag accepts that is not its default: what a learner would try. */
function anotherValue(key: string, flag: Flag): string | undefined {
  if (key === "seed") return "7";
  switch (flag.kind) {
    case "number":
      return String((flag.default ?? 1) / 2);
    case "whole":
      return String(flag.default + 1 <= flag.max ? flag.default + 1 : flag.default - 1);
    case "list":
      return Array.from({ length: flag.length }, (_, i) => String(1 + i * 1.5)).join(",");
    default:
      return undefined;
  }
}

/** The flag to try values on: the seed if the lesson has one, else its first typed flag. */
function flagToTry(spec: LessonSpec<Record<string, Flag>>): [string, Flag] | undefined {
  const typed = Object.entries(spec.flags).filter(([, f]) =>
    f.kind === "number" || f.kind === "whole" || f.kind === "list"
  );
  return typed.find(([key]) => key === "seed") ?? typed[0];
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Types `text` into a flag's control as a learner would. */
async function type(page: Page, key: string, text: string): Promise<void> {
  await page.locator(`#flag-${key}`).fill(text);
}

/** What the page's animation shows for each network: its last error, its predictions. */
function animated(page: Page): Promise<{ errors: string[]; predictions: string[] }> {
  return page.evaluate(() => ({
    errors: [...document.querySelectorAll(".run .error")].map((e) => e.textContent!),
    predictions: [...document.querySelectorAll(".run .prediction")].map((e) => e.textContent!),
  }));
}

async function waitForTraining(page: Page, state: string, done?: number): Promise<void> {
  const selector = done === undefined
    ? `#progress[data-state='${state}']`
    : `#progress[data-state='${state}'][data-done='${done}']`;
  await page.waitForSelector(selector, { timeout: 120_000 });
}

/**
 * The animation ends on the numbers the lesson printed: lesson 08 prints its last cumulative
 * error; lesson 10 its hidden layer's, and every prediction the page shows. (Lesson 11 prints
 * its curves as charts, and lesson 12 its error once an epoch, while the page's curve has one
 * every 100 steps: recording_test.ts shows that the page records the lesson's own training.)
 */
async function assertEndsAsTheTerminal(page: Page, file: string, printed: string): Promise<void> {
  await waitForTraining(page, "finished");
  const { errors, predictions } = await animated(page);
  assert.isNotEmpty(errors);
  const shown = file === "08_train.ts"
    ? errors
    : file === "10_hidden_layer.ts"
    ? [errors.at(-1)!, ...predictions]
    : [];
  for (const number of shown) {
    assert.match(number, /^-?\d/);
    assert.include(printed, number, "the animation ends on the lesson's own numbers");
  }
}

Deno.test({
  name: "the classroom page runs every lesson as the terminal does",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const classroom = await startClassroom();
    const { browser, close } = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      page.setDefaultTimeout(60_000);
      const problems = watch(page, new URL(classroom.url).origin);
      await Deno.mkdir(SCREENSHOTS, { recursive: true });

      await open(page, classroom.url, "/");
      // Every lesson the page runs (not one it shows a recording of).
      const files = await page.$$eval(
        "section.lesson:not([data-recorded])",
        (s) => s.map((e) => e.dataset.file!),
      );
      assert.isAtLeast(files.length, 11);

      for (const file of files) {
        const number = file.slice(0, 2);
        if (ONLY !== undefined && !ONLY.includes(number)) continue;
        const { spec } = await import(`../../lessons/${file}`) as {
          spec: LessonSpec<Record<string, Flag>>;
        };

        await t.step(
          `lesson ${number}: Run prints what deno run prints, byte for byte`,
          async () => {
            await open(page, classroom.url, `/?lesson=${number}`);
            const idea = await page.$eval(`#lesson-${number} .idea`, (e) => e.textContent!);
            assert.isAbove(idea.trim().length, 40, "the lesson's idea, from its opening comment");
            await press(page, "#run");
            assertPrinted(await pagePrinted(page), await denoRun(file, []));
            const [width, viewport] = await page.evaluate(() => [
              document.documentElement.scrollWidth,
              document.documentElement.clientWidth,
            ]);
            assert.isAtMost(width, viewport, "no horizontal scrolling at 1280x720");
            await page.screenshot({ path: `${SCREENSHOTS}/${file.replace(".ts", ".png")}` });
          },
        );

        await t.step(`lesson ${number}: --help prints the command line's help`, async () => {
          await press(page, "#help");
          assertPrinted(await pagePrinted(page), await denoRun(file, ["--help"]));
        });

        const tried = flagToTry(spec);
        if (tried !== undefined) {
          const [key, flag] = tried;
          const name = `--${kebab(key)}`;
          await t.step(`lesson ${number}: a bad ${name} is refused with its message`, async () => {
            await open(page, classroom.url, `/?lesson=${number}`);
            await type(page, key, "abc");
            const message = await page.$eval(
              `.flag[data-flag='${kebab(key)}'] .message`,
              (e) => e.textContent!,
            );
            const terminal = await denoRun(file, [`${name}=abc`]);
            assert.equal(terminal.code, 2);
            assert.include(terminal.stderr, `${message}.`, "the same message as the terminal's");
            await press(page, "#run");
            assertPrinted(await pagePrinted(page), terminal);
          });

          const value = anotherValue(key, flag)!;
          await t.step(
            `lesson ${number}: ${name} ${value} prints what the terminal prints`,
            async () => {
              await open(page, classroom.url, `/?lesson=${number}`);
              await type(page, key, value);
              // The page's own address: puppeteer's page.url() learns of replaceState late.
              const address = await page.evaluate(() => location.href);
              assert.equal(new URL(address).searchParams.get(kebab(key)), value);
              assert.equal(
                await page.$eval("#command", (e) => e.textContent),
                `deno run lessons/${file} ${name} ${value}`,
              );
              await press(page, "#run");
              const terminal = await denoRun(file, [name, value]);
              assertPrinted(await pagePrinted(page), terminal);
              if (ANIMATED.includes(file)) {
                await page.click("#finish");
                await assertEndsAsTheTerminal(page, file, terminal.stdout);
              }
            },
          );
        }

        if (ANIMATED.includes(file)) {
          await t.step(
            `lesson ${number}: its training replays, step by step, to its numbers`,
            async () => {
              await open(page, classroom.url, `/?lesson=${number}`);
              assert.isTrue(await page.$eval("#training", (e) => (e as HTMLElement).hidden));
              await press(page, "#run");
              const terminal = await denoRun(file, []);
              assertPrinted(await pagePrinted(page), terminal, "recording changes no output");
              assert.isFalse(await page.$eval("#training", (e) => (e as HTMLElement).hidden));
              await waitForTraining(page, "paused", 0);
              const curve = () => page.$eval(".run .line", (e) => e.getAttribute("points")!);
              assert.equal(await curve(), "", "no error before training");
              // The first step shows the first update (and the error recorded at iteration 0),
              // each further step a round twentieth of the training or so.
              const stride = Number(
                (await page.$eval("#step", (e) => e.textContent!)).replace(/^Step \+|,/g, ""),
              );
              const iterations = Number(
                await page.$eval(
                  "#progress",
                  (e) => e.textContent!.replace(/^0 of |,| iterations$/g, ""),
                ),
              );
              assert.include(
                [200, 500, 1000, 2000],
                stride,
                "a round number of iterations per step",
              );
              assert.isAtLeast(iterations / stride, 10, "a training takes 10 to 40 steps");
              assert.isAtMost(iterations / stride, 40);
              await page.click("#step");
              await waitForTraining(page, "paused", 1);
              assert.lengthOf((await curve()).split(" "), 1, "the error of iteration 0");
              await page.click("#step");
              await waitForTraining(page, "paused", stride + 1);
              assert.lengthOf((await curve()).split(" "), stride / 100 + 1, "one point per 100");
              await page.click("#step");
              await waitForTraining(page, "paused", 2 * stride + 1);
              await page.select("#speed", "5");
              await page.click("#play");
              await assertEndsAsTheTerminal(page, file, terminal.stdout);
              assert.equal(
                Number(await page.$eval("#progress", (e) => (e as HTMLElement).dataset.done)),
                iterations,
              );
              assert.lengthOf((await curve()).split(" "), Math.ceil(iterations / 100));
              await page.screenshot({
                path: `${SCREENSHOTS}/${file.replace(".ts", "_trained.png")}`,
              });
              await page.click("#reset");
              await waitForTraining(page, "paused", 0);
            },
          );
        }
      }

      await t.step("a link holds the lesson and its flags, and &run=1 runs it", async () => {
        const flags = ["--seed", "7", "--learning-rate", "0.05", "--iterations", "20000"];
        await open(
          page,
          classroom.url,
          "/?lesson=08&seed=7&learning-rate=0.05&iterations=20000&run=1",
        );
        await page.waitForSelector("body[data-runs='1']");
        assertPrinted(await pagePrinted(page), await denoRun("08_train.ts", flags));
        assert.equal(
          await page.$eval("#flag-learningRate", (e) => (e as HTMLInputElement).value),
          "0.05",
        );
        assert.equal(
          await page.$eval("#command", (e) => e.textContent),
          "deno run lessons/08_train.ts --learning-rate 0.05 --iterations 20000 --seed 7",
        );
      });

      await t.step("the arrow keys move between lessons", async () => {
        await open(page, classroom.url, "/?lesson=01");
        await page.keyboard.press("ArrowRight");
        await page.waitForSelector("body[data-lesson='02'][data-ready='true']");
        const address = await page.evaluate(() => location.href);
        assert.equal(new URL(address).searchParams.get("lesson"), "02");
        assert.isFalse(await page.$eval("#lesson-02", (e) => (e as HTMLElement).hidden));
        assert.isTrue(await page.$eval("#lesson-01", (e) => (e as HTMLElement).hidden));
        await page.keyboard.press("ArrowLeft");
        await page.waitForSelector("body[data-lesson='01'][data-ready='true']");
        // In a text field the arrows move the cursor, not the lesson.
        await open(page, classroom.url, "/?lesson=08");
        await page.focus("#flag-seed");
        await page.keyboard.press("ArrowRight");
        assert.equal(await page.$eval("body", (e) => e.dataset.lesson), "08");
      });

      await t.step("lesson 08 trains on pasted CSV, checked by the same rules", async () => {
        const folder = await Deno.makeTempDir({ dir: OUT, prefix: "csv-" });
        try {
          await open(page, classroom.url, "/?lesson=08");
          await page.select("#flag-data", "own");
          const bad = "x1,x2,target\n1,2,1\n3,oops,0\n";
          await page.locator(".data textarea").fill(bad);
          // Checked once typing settles.
          await page.waitForFunction(() =>
            document.querySelector(".flag[data-flag='data'] .message")!.textContent !== ""
          );
          const message = await page.$eval(
            ".flag[data-flag='data'] .message",
            (e) => e.textContent,
          );
          await Deno.writeTextFile(`${folder}/pasted.csv`, bad);
          const permissions = ["--allow-read=pasted.csv"];
          const refused = await denoRun("08_train.ts", ["--data", "pasted.csv"], {
            permissions,
            cwd: folder,
          });
          assert.equal(refused.code, 1);
          assert.equal(refused.stderr, `Error: ${message}\n`);
          await press(page, "#run");
          assertPrinted(await pagePrinted(page), refused);

          const good = "x1,x2,target\n0,0,0\n0,1,1\n1,0,1\n1,1,1\n";
          await page.locator(".data textarea").fill(good);
          assert.equal(
            await page.$eval(".flag[data-flag='data'] .message", (e) => e.textContent),
            "",
          );
          assert.equal(
            await page.$eval("#command", (e) => e.textContent),
            "deno run --allow-read=pasted.csv lessons/08_train.ts --data pasted.csv",
          );
          await press(page, "#run");
          await Deno.writeTextFile(`${folder}/pasted.csv`, good);
          const terminal = await denoRun("08_train.ts", ["--data", "pasted.csv"], {
            permissions,
            cwd: folder,
          });
          assert.equal(terminal.code, 0);
          assertPrinted(await pagePrinted(page), terminal);
          await page.click("#finish");
          await assertEndsAsTheTerminal(page, "08_train.ts", terminal.stdout);
        } finally {
          await Deno.remove(folder, { recursive: true });
        }
      });

      await t.step("nothing was asked of any origin but 127.0.0.1, and nothing failed", () => {
        assert.deepEqual(problems, [], problems.slice(0, 10).join("\n"));
      });

      await page.close();
    } finally {
      await close();
      await assertStoppedCleanly(await classroom.stop(), classroom.url);
    }
  },
});

Deno.test({
  name: "the classroom page in a teacher's hands: links, Try this, pictures, clicks, data",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const classroom = await startClassroom();
    const { browser, close } = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      page.setDefaultTimeout(60_000);
      const problems = watch(page, new URL(classroom.url).origin);
      const notices = () => page.$$eval("#link-problems p", (ps) => ps.map((p) => p.textContent!));
      const shown = () => page.$eval("body", (e) => e.dataset.lesson);

      await t.step("the page has every lesson in lessons/, each at its own address", async () => {
        const files: string[] = [];
        for await (const entry of Deno.readDir("lessons")) {
          if (/^\d\d_[a-z0-9_]+(?<!_test)\.ts$/.test(entry.name)) files.push(entry.name);
        }
        // A lesson that runs apart is on the page when it has a recording, which it shows.
        const apart = files.filter((f) => f in SEPARATE_LESSONS && !SEPARATE_LESSONS[f].recording);
        await open(page, classroom.url, "/");
        const sections = await page.$$eval("section.lesson", (s) => s.map((e) => e.dataset.file!));
        assert.deepEqual(sections, files.filter((f) => !apart.includes(f)).sort());
        for (const file of sections) {
          await open(page, classroom.url, `/?lesson=${file.slice(0, 2)}`);
          assert.equal(await shown(), file.slice(0, 2));
          assert.deepEqual(await notices(), []);
        }
        for (const file of apart) {
          await open(page, classroom.url, `/?lesson=${file.slice(0, 2)}`);
          assert.match((await notices())[0], /^Lesson \d\d runs in a terminal only \(deno task/);
        }
      });

      await t.step("a link's unknown lesson, unknown flag or repeated flag is named", async () => {
        await open(page, classroom.url, "/?lesson=99");
        assert.equal(await shown(), "01");
        assert.match((await notices())[0], /^There is no lesson "99" here \(the lessons are 01, /);
        await open(page, classroom.url, "/?lesson=08&sed=7&seed=3&seed=4&run=1");
        assert.deepEqual(await notices(), [
          `The link's "sed" is not a flag of this lesson, so it was left out (its flags: ` +
          `--learning-rate, --iterations, --seed, --data, --standardize, --plot, --boundary).`,
          `The link gives "seed" 2 times ("3", "4"): the first is used.`,
          "So the link did not run the lesson: check the flags, then press Run.",
        ]);
        assert.equal(await page.$eval("#flag-seed", (e) => (e as HTMLInputElement).value), "3");
        assert.isUndefined(await page.$eval("body", (e) => e.dataset.runs), "not run");
        await open(page, classroom.url, "/?lesson=08&seed=3&run=1");
        assert.deepEqual(await notices(), []);
        await page.waitForSelector("body[data-runs='1']");
      });

      await t.step("Try this holds each answer back until asked", async () => {
        const { spec } = await import("../../lessons/08_train.ts");
        await open(page, classroom.url, "/?lesson=08");
        const [first] = spec.experiments!;
        const text = () => page.$eval("#experiments", (e) => e.textContent!);
        assert.include(await text(), first.question);
        assert.include(await text(), first.command);
        assert.notInclude(await text(), first.answer.slice(0, 40), "held back");
        await page.click("#experiments .answer-button");
        assert.include(
          await page.$eval("#experiments .answer", (e) => e.textContent!),
          first.answer,
        );
      });

      await t.step("--plot and --boundary set in the page draw their pictures", async () => {
        await open(page, classroom.url, "/?lesson=08");
        await type(page, "plot", "out/errors.svg");
        await type(page, "boundary", "out/boundary.svg");
        await press(page, "#run");
        const printed = await pagePrinted(page);
        assert.equal(printed.code, 0, printed.stderr);
        assert.deepEqual(
          await page.$$eval("#pictures figcaption", (f) => f.map((e) => e.textContent)),
          ["out/errors.svg", "out/boundary.svg"],
        );
      });

      await t.step("the terminal command breaks between flags, never inside one", async () => {
        await page.setViewport({ width: 420, height: 720 });
        await open(page, classroom.url, "/?lesson=08&learning-rate=0.05&iterations=20000&seed=7");
        const words = await page.$$eval(
          "#command .word",
          (ws) => ws.map((w) => [w.textContent!, w.getClientRects().length] as const),
        );
        assert.include(words.map(([w]) => w), "--learning-rate 0.05");
        for (const [word, lines] of words) assert.equal(lines, 1, `${word} on one line`);
        await page.setViewport({ width: 1280, height: 720 });
      });

      await t.step(
        "a lesson fits a few screens of a projector, its code and output scrolling",
        async () => {
          for (const number of ["08", "12"]) {
            await open(page, classroom.url, `/?lesson=${number}`);
            await press(page, "#run");
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            assert.isAtMost(height, 4 * 720, `lesson ${number}: ${height} px tall`);
          }
        },
      );

      await t.step(
        "repeated Run clicks and a lesson switch mid-run end in a clean state",
        async () => {
          await open(page, classroom.url, "/?lesson=08");
          await type(page, "plot", "out/errors.svg");
          // Three clicks at once: one run; the button is disabled while it runs.
          await page.evaluate(() => {
            for (let i = 0; i < 3; i++) document.querySelector<HTMLButtonElement>("#run")!.click();
          });
          await page.waitForSelector("body[data-running='false'][data-runs]");
          assert.equal(await page.$eval("body", (e) => e.dataset.runs), "1");
          assert.equal((await pagePrinted(page)).code, 0);
          // Run, then move to lesson 10 and run it before lesson 08 has ended.
          await page.evaluate(() => {
            document.querySelector<HTMLButtonElement>("#run")!.click();
            document.querySelector<HTMLButtonElement>("#next")!.click();
          });
          await page.waitForSelector("body[data-lesson='09'][data-ready='true']");
          await page.waitForSelector("body[data-running='false']");
          await press(page, "#run");
          const printed = await pagePrinted(page);
          assertPrinted(printed, await denoRun("09_gradient_check.ts", []));
          assert.isTrue(await page.$eval("#training", (e) => (e as HTMLElement).hidden));
          assert.isFalse(await page.$eval("#run", (e) => (e as HTMLButtonElement).disabled));
        },
      );

      await t.step("pasted data is checked once typing settles, and held to 100 MB", async () => {
        await open(page, classroom.url, "/?lesson=08");
        await page.select("#flag-data", "own");
        await page.evaluate(() => {
          const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
          text.value = "x1,x2,target\n1,oops,0\n";
          text.dispatchEvent(new Event("input"));
        });
        const message = () => page.$eval(".flag[data-flag='data'] .message", (e) => e.textContent);
        assert.equal(await message(), "", "not parsed at once");
        await page.waitForFunction(() =>
          document.querySelector(".flag[data-flag='data'] .message")!.textContent !== ""
        );
        assert.match((await message())!, /pasted\.csv/);
        // A dropped file past the limit is refused unread, with the terminal's message.
        await page.evaluate(() => {
          const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(100_000_001)], "big.csv"));
          text.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
        });
        const limit = "--data big.csv: larger than 100 MB, the most --data reads";
        await page.waitForFunction(
          (m) => document.querySelector(".flag[data-flag='data'] .message")!.textContent === m,
          {},
          limit,
        );
        await press(page, "#run");
        assert.deepEqual(await pagePrinted(page), {
          code: 1,
          stdout: "",
          stderr: `Error: ${limit}\n`,
        });
      });

      await t.step(
        "data too large to show is held, not drawn in the box: the page answers, Run reads it",
        async () => {
          const rows = ["x1,x2,target"];
          for (let i = 0; i < 60_000; i++) {
            rows.push(`${(i % 97) / 10},${(i % 89) / 10 - 3},${i % 2}`);
          }
          const csv = `${rows.join("\n")}\n`;
          const folder = await Deno.makeTempDir({ dir: OUT, prefix: "large-" });
          try {
            await Deno.writeTextFile(`${folder}/pasted.csv`, csv);
            await Deno.writeTextFile(`${folder}/large.csv`, csv);
            const box = () =>
              page.evaluate(() => ({
                value: document.querySelector<HTMLTextAreaElement>(".data textarea")!.value.length,
                held: document.querySelector<HTMLElement>(".data .held")?.textContent,
              }));
            const lag = () =>
              page.evaluate(() =>
                new Promise<number>((resolve) => {
                  const start = performance.now();
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
                })
              );
            const held = (name: string) =>
              `${name}: ${(csv.length / 1e6).toFixed(1)} MB, 60,001 lines, held for the run: ` +
              "too large to show here. Type, paste or drop to replace it.";
            for (const [name, how] of [["pasted.csv", "paste"], ["large.csv", "drop"]]) {
              await open(page, classroom.url, "/?lesson=08");
              await page.select("#flag-data", "own");
              await page.evaluate(
                (csv, name, how) => {
                  const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
                  const transfer = new DataTransfer();
                  if (how === "paste") {
                    transfer.setData("text/plain", csv);
                    text.dispatchEvent(
                      new ClipboardEvent("paste", { clipboardData: transfer, cancelable: true }),
                    );
                  } else {
                    transfer.items.add(new File([csv], name));
                    text.dispatchEvent(
                      new DragEvent("drop", { dataTransfer: transfer, cancelable: true }),
                    );
                  }
                },
                csv,
                name,
                how,
              );
              await page.waitForFunction(
                (name) => document.querySelector("#command")!.textContent!.includes(name),
                {},
                name,
              );
              assert.deepEqual(await box(), { value: 0, held: held(name) }, how);
              // The page draws its next frame at once: no box of 60,000 lines to lay out.
              const ms = await lag();
              assert.isBelow(ms, 250, `after a ${how}, a frame waited ${ms} ms`);
              await press(page, "#run");
              const terminal = await denoRun("08_train.ts", ["--data", name], {
                permissions: [`--allow-read=${name}`],
                cwd: folder,
              });
              assert.equal(terminal.code, 0, terminal.stderr);
              assertPrinted(await pagePrinted(page), terminal, how);
            }
            // Typing replaces the held data, and the box shows what is typed.
            await page.locator(".data textarea").fill("x1,x2,target\n1,2,1\n");
            assert.deepEqual(await box(), { value: 19, held: held("large.csv") });
            assert.isTrue(await page.$eval(".data .held", (e) => (e as HTMLElement).hidden));
          } finally {
            await Deno.remove(folder, { recursive: true });
          }
        },
      );

      await t.step(
        "lesson 13's descents walk its loss landscape point by point, to the lesson's own map",
        async () => {
          const folder = await Deno.makeTempDir({ dir: OUT, prefix: "map-" });
          try {
            await open(page, classroom.url, "/?lesson=13");
            assert.isTrue(await page.$eval("#training", (e) => (e as HTMLElement).hidden));
            await press(page, "#run");
            const terminal = await denoRun("13_loss_landscape.ts", ["--plot", "out/map.svg"], {
              permissions: ["--allow-read=out", "--allow-write=out"],
              cwd: folder,
            });
            assertPrinted(await pagePrinted(page), await denoRun("13_loss_landscape.ts", []));
            assert.isFalse(await page.$eval("#training", (e) => (e as HTMLElement).hidden));
            await waitForTraining(page, "paused", 0);
            /** Each map's paths: how many points each line has, and its line under the map. */
            const paths = () =>
              page.$$eval(".map", (maps) =>
                maps.map((map) => ({
                  points: [...map.querySelectorAll("polyline")].map((line) =>
                    line.getAttribute("points")!.split(" ").length
                  ),
                  rows: [...map.querySelectorAll(".map-path")].map((row) => ({
                    text: row.textContent!,
                    at: row.querySelector(".at")!.textContent!,
                    error: row.querySelector(".error")!.textContent!,
                  })),
                })));
            const start = await paths();
            assert.deepEqual(start.map((m) => m.points), [[1, 1], [1, 1, 1]], "every path at S");
            assert.match(start[1].rows[0].text, /^full batch \(rate 1\): step 0 of 200, at \(/);
            assert.deepEqual(start[1].rows.map((r) => r.error), ["2.65349", "2.65349", "2.65349"]);
            await page.click("#step");
            await waitForTraining(page, "paused", 1);
            assert.deepEqual((await paths()).map((m) => m.points), [[2, 2], [2, 2, 2]]);
            assert.match((await paths())[1].rows[1].text, /^one sample a step \(0\.1\): step 100 /);
            await page.click("#step");
            await waitForTraining(page, "paused", 2);
            assert.deepEqual((await paths()).map((m) => m.points), [[2, 2], [3, 3, 3]]);
            await page.select("#speed", "20");
            await page.click("#play");
            await waitForTraining(page, "finished", 100);
            const end = await paths();
            assert.deepEqual(end.map((m) => m.points), [[2, 2], [41, 101, 21]]);
            // The ends are the lesson's printed numbers: its table of the paths, and the two
            // samples' errors in the "both" column.
            const lines = terminal.stdout.split("\n");
            ["  o full", "  s one", "  x full"].forEach((head, i) => {
              const line = lines.find((l) => l.startsWith(head))!;
              assert.include(line, ` ${end[1].rows[i].at} `);
              assert.isTrue(line.endsWith(` ${end[1].rows[i].error}`), line);
            });
            ["  c lesson 05 shortcut", "  g gradient step"].forEach((head, i) => {
              const line = lines.find((l) => l.startsWith(head))!;
              assert.isTrue(line.endsWith(` ${end[0].rows[i].error}`), line);
            });
            // And the map at the end is the picture --plot writes, its paths in full.
            const drawn = await page.$$eval(
              ".map:nth-child(2) polyline",
              (ls) => ls.map((l) => l.getAttribute("points")),
            );
            const svg = await Deno.readTextFile(`${folder}/out/map.svg`);
            assert.deepEqual(
              drawn,
              [...svg.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1]),
            );
            await page.click("#reset");
            await waitForTraining(page, "paused", 0);
            assert.deepEqual((await paths()).map((m) => m.points), [[1, 1], [1, 1, 1]]);
          } finally {
            await Deno.remove(folder, { recursive: true });
          }
        },
      );

      await t.step("the lessons run with no Deno of any kind in the page", async () => {
        assert.equal(
          await page.evaluate(() => typeof (globalThis as { Deno?: unknown }).Deno),
          "undefined",
        );
        // Nor in the worker they run in.
        const workers = page.workers();
        assert.isNotEmpty(workers);
        for (const worker of workers) {
          assert.equal(
            await worker.evaluate(() => typeof (globalThis as { Deno?: unknown }).Deno),
            "undefined",
          );
        }
      });

      await t.step("nothing was asked of another origin, and nothing failed", () => {
        assert.deepEqual(problems, [], problems.slice(0, 10).join("\n"));
      });
      await page.close();
    } finally {
      await close();
      await assertStoppedCleanly(await classroom.stop(), classroom.url);
    }
  },
});
