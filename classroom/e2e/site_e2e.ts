/// <reference lib="dom" />
// The classroom site as a teacher copies it to a stick: `deno task site` builds the folder, which
// holds only the page, its style sheet and one classic script, within the size budget; then
// headless Chromium opens its index.html from file://, the network cut, and every lesson it holds
// prints there exactly what `deno run` prints; lesson 08 draws its chart with the charting library
// inside the script; a worker starts from a Blob URL under the page's own policy; lesson 12 trains
// in the page's worker, the page answering and its progress moving, and Stop ends it at once, the
// page usable after it. No request may leave the site's folder, and no console error may appear.
// The axe accessibility check (axe-core, from this folder's own configuration, handed to the page
// by the driver) finds nothing on each surface: a lesson run, its formulas, Try this answered, a
// training replayed, lesson 13's maps walked, one step, presenter mode, a link the page cannot use.
//
// Run it: deno task test:site    (CI runs it inside `unshare -n`, a network namespace with no
// route out, where the machine allows; the page's network is also switched off in the browser,
// so that it holds without unshare too. It has no net permission at all: Chromium is driven
// through a pipe, not a port.)

import { assert } from "chai";
import type { Page } from "puppeteer-core";
import { SCRIPT, SIZE_BUDGET } from "../site.ts";
import { SEPARATE_LESSONS } from "../../runtime/separate.ts";
import * as lesson08 from "../../lessons/08_train.ts";
import { IN_PROCESS, readCatalogue } from "../../lessons/catalogue.ts";
import { formatArray } from "../../lib/format_array.ts";
import { memoryFiles, runLesson } from "../../runtime/testing.ts";
import { stepRows } from "../page/one_step.ts";
import { recordTrainings, type Step } from "../page/recording.ts";
import axeSource from "axe-core/axe.min.js" with { type: "text" };
import { denoRun, pagePrinted, press, type Printed } from "./browser.ts";
import { buildSite, offlineSiteTest, openFile, SITE } from "./offline_site.ts";

/** The page printed what the terminal printed; if not, the first line that differs. */
function assertPrinted(page: Printed, terminal: Printed, what: string): void {
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

Deno.test("deno task site writes one self-contained folder within the size budget", async () => {
  await buildSite();
  const files: string[] = [];
  let size = 0;
  for await (const entry of Deno.readDir(SITE)) {
    assert.isTrue(entry.isFile, `${entry.name} is not a file`);
    files.push(entry.name);
    size += (await Deno.stat(new URL(entry.name, SITE))).size;
  }
  assert.sameMembers(files, ["index.html", "style.css", SCRIPT]);
  assert.isAtMost(size, SIZE_BUDGET, `the site takes ${size} bytes`);
  // The README's figure, for the teacher who copies the folder to a stick, is this size.
  const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));
  const stated = /The folder takes (\d+\.\d) MB/.exec(readme)?.[1];
  const measured = (size / 1024 / 1024).toFixed(1);
  assert.equal(stated, measured, `README.md should say "The folder takes ${measured} MB"`);
  const html = await Deno.readTextFile(new URL("index.html", SITE));
  assert.notInclude(html, 'type="module"');
  assert.notMatch(html, /(src|href)="(https?:)?\/\//);
  const script = await Deno.readTextFile(new URL(SCRIPT, SITE));
  // A classic script has no import or export statement: it compiles as a function's body, where
  // either is a syntax error. (Its strings may hold such lines: the exercises' blanks do.)
  assert.doesNotThrow(() => new Function(script), "a classic script has no import or export");
  // The data sets are inside: the last line of each file the lessons read.
  for (const data of ["tutorial.csv", "breast_cancer.csv", "digits.csv"]) {
    const text = await Deno.readTextFile(new URL(`../../data/${data}`, import.meta.url));
    const last = text.trimEnd().split("\n").at(-1)!;
    assert.include(script, last, `${data} is in ${SCRIPT}`);
  }
});

offlineSiteTest(
  "from file://, the network cut, every lesson prints what deno run prints",
  async (page, problems, t) => {
    // Every lesson the page holds, as a teacher would click through them from the stick.
    await openFile(page, "lesson=01");
    const files = await page.$$eval(
      "section.lesson:not([data-recorded])",
      (s) => s.map((e) => e.dataset.file!),
    );
    assert.isAtLeast(files.length, 16, "every lesson but the one that runs apart");
    for (const file of files) {
      await t.step(`lesson ${file.slice(0, 2)}: Run prints what deno run prints`, async () => {
        await openFile(page, `lesson=${file.slice(0, 2)}`);
        await press(page, "#run");
        assertPrinted(await pagePrinted(page), await denoRun(file, []), file);
      });
    }

    await t.step("lesson 18 shows its recorded run, named as such", async () => {
      await openFile(page, "lesson=18");
      const recording = JSON.parse(
        await Deno.readTextFile(SEPARATE_LESSONS["18_framework.ts"].recording!),
      );
      const shown = await page.$eval("#lesson-18", (section) => ({
        note: section.querySelector(".recorded-note")!.textContent!.replace(/\s+/g, " "),
        output: section.querySelector("pre.recorded-output")!.textContent,
        notices: document.querySelectorAll("#link-problems p").length,
        controls: section.querySelector("#run") !== null,
      }));
      assert.include(shown.note, `Recorded on ${recording.date} from deno task framework`);
      assert.deepEqual(
        { output: shown.output, notices: shown.notices, controls: shown.controls },
        { output: recording.stdout, notices: 0, controls: false },
      );
    });

    await t.step("lesson 08 --help names the lesson as in a terminal", async () => {
      await openFile(page, "lesson=08");
      await press(page, "#help");
      assertPrinted(await pagePrinted(page), await denoRun("08_train.ts", ["--help"]), "--help");
    });

    await t.step("lesson 08 draws its chart with the charting library inside", async () => {
      await openFile(page, "lesson=08&plot=out/error.svg&run=1");
      await page.waitForSelector("body[data-runs='1']");
      const folder = await Deno.makeTempDir({ dir: "classroom/out", prefix: "site-" });
      try {
        const terminal = await denoRun("08_train.ts", ["--plot", "out/error.svg"], {
          permissions: ["--allow-read=out", "--allow-write=out"],
          cwd: folder,
        });
        assertPrinted(await pagePrinted(page), terminal, "--plot");
        const picture = await page.$eval("#pictures img", (image) => ({
          src: (image as HTMLImageElement).src,
          width: (image as HTMLImageElement).naturalWidth,
        }));
        assert.match(picture.src, /^blob:/);
        assert.isAbove(picture.width, 100);
      } finally {
        await Deno.remove(folder, { recursive: true });
      }
    });

    await t.step("a worker starts from a Blob URL under the page's policy", async () => {
      const answer = await page.evaluate(() =>
        new Promise<string>((resolve, reject) => {
          const source = "onmessage = (event) => postMessage(event.data * 2);";
          const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
          const worker = new Worker(url);
          worker.onmessage = (event) => resolve(`answered ${event.data}`);
          worker.onerror = () => reject(new Error("the worker did not start"));
          worker.postMessage(21);
        })
      );
      assert.equal(answer, "answered 42");
    });

    await t.step("lesson 12 trains in a worker: the page answers, and Stop ends it", async () => {
      await openFile(page, "lesson=12");
      await page.click("#run");
      await page.waitForFunction(() =>
        document.querySelector("#status")!.textContent!.startsWith("Running: training 1,")
      );
      const done = () => page.$eval("#run-progress", (e) => (e as HTMLProgressElement).value);
      // The page's own thread is free while the lesson trains: a timer fires at once, and the
      // progress moves on.
      const lag = await page.evaluate(() =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          setTimeout(() => resolve(performance.now() - start));
        })
      );
      assert.isBelow(lag, 250, `a timer waited ${lag} ms`);
      const before = await done();
      await page.waitForFunction(
        (value) => document.querySelector<HTMLProgressElement>("#run-progress")!.value > value,
        {},
        before,
      );
      assert.isTrue(await page.$eval("#run", (e) => (e as HTMLButtonElement).disabled));
      // Stop ends the run at once, by the page's clock, and says so.
      const stopped = await page.evaluate(async () => {
        const status = document.querySelector<HTMLElement>("#status")!;
        const start = performance.now();
        document.querySelector<HTMLButtonElement>("#stop")!.click();
        while (status.dataset.code !== "stopped" && performance.now() - start < 5000) {
          await new Promise((r) => setTimeout(r, 1));
        }
        return { ms: performance.now() - start, text: status.textContent! };
      });
      assert.isBelow(stopped.ms, 100, `stopping took ${stopped.ms} ms`);
      assert.match(stopped.text, /^Stopped after \d+\.\d s, as Ctrl-C stops it in a terminal/);
      const state = await page.evaluate(() => ({
        run: document.querySelector<HTMLButtonElement>("#run")!.disabled,
        help: document.querySelector<HTMLButtonElement>("#help")!.disabled,
        stop: document.querySelector<HTMLButtonElement>("#stop")!.disabled,
        progress: document.querySelector<HTMLElement>("#run-progress")!.hidden,
        training: document.querySelector<HTMLElement>("#training")!.hidden,
        running: document.body.dataset.running,
      }));
      assert.deepEqual(state, {
        run: false,
        help: false,
        stop: true,
        progress: true,
        training: true,
        running: "false",
      });
      // The page goes on: another lesson, by its link, runs in a fresh worker as in a terminal.
      await page.click("nav a[data-lesson='08']");
      await page.waitForSelector("body[data-lesson='08'][data-ready='true']");
      await press(page, "#run");
      assertPrinted(await pagePrinted(page), await denoRun("08_train.ts", []), "after Stop");
    });

    await t.step("nothing was asked of anything but the site's own files", () => {
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  },
);

offlineSiteTest(
  "from file://, each formula is mathematics: MathML laid out by Chromium, no font fetched",
  async (page, problems) => {
    await openFile(page, "lesson=02");
    const sigmoid = await page.$eval("#lesson-02 div.formula math", (math) => ({
      // MathML Core: a browser that lays out MathML gives <math display="block"> this display.
      display: getComputedStyle(math).display,
      fraction: math.querySelector("mfrac")?.textContent,
      // The fraction's bar puts the numerator above the denominator.
      stacked: (() => {
        const [top, bottom] = [...math.querySelector("mfrac")!.children];
        return top.getBoundingClientRect().bottom <= bottom.getBoundingClientRect().top;
      })(),
      plain: math.parentElement!.querySelector("pre.formula-text")!.textContent,
    }));
    assert.deepEqual(sigmoid, {
      display: "block math",
      fraction: "11+e−x",
      stacked: true,
      plain: "sigmoid(x) = 1 / (1 + e^(-x))",
    });
    // Every formula of every lesson the page holds is mathematics, none left as TeX.
    const formulas = await page.$$eval("div.formula", (blocks) =>
      blocks.map((block) => ({
        lesson: block.closest("section")!.dataset.lesson,
        math: block.querySelectorAll("math").length,
        tex: block.textContent!.includes("\\"),
      })));
    // The lessons on the page whose opening comment has a formula, by the terminal's reading.
    const withFormulas = (await readCatalogue())
      .filter(({ file, idea }) =>
        IN_PROCESS.includes(file) && idea.some(({ kind }) => kind === "formula")
      )
      .map(({ number }) => number);
    assert.includeMembers(withFormulas, ["02", "04", "05", "06", "07", "09", "10"]);
    assert.deepEqual(formulas.map(({ lesson }) => lesson), withFormulas);
    for (const formula of formulas) {
      assert.deepEqual(formula, { lesson: formula.lesson, math: 1, tex: false });
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  },
);

/** Lesson 08's default run as the page records it, here in Deno: its first steps, one by one. */
async function lesson08Steps(): Promise<Step[]> {
  const { recordings } = await recordTrainings(() => runLesson(lesson08.main, [], memoryFiles()));
  return recordings[0].steps!;
}

offlineSiteTest(
  "from file://, see one step, and presenter mode: its keys do what they say, its link holds it",
  async (page, problems, t) => {
    const steps = await lesson08Steps();
    /** The rows of the chain the page shows: name, formula, numbers, value. */
    const shownRows = () =>
      page.$$eval("#step-chain tr[data-name]", (rows) =>
        rows.map((row) => {
          const [name, formula, filled, value] = [...row.children].map((c) => c.textContent!);
          return { name, formula, filled, value };
        }));

    await t.step(
      "lesson 08's iterations 0 and 1, link by link, are the lib's numbers",
      async () => {
        await openFile(page, "lesson=08&run=1");
        await page.waitForSelector("body[data-runs='1']");
        await page.click("#one-step summary");
        assert.deepEqual(await shownRows(), stepRows(steps[0]));
        const about = await page.$eval("#step-about", (p) => p.textContent!);
        assert.include(about, `Iteration 0 picked sample ${steps[0].index}: `);
        await page.click("#step-next");
        assert.deepEqual(await shownRows(), stepRows(steps[1]));
        // The new weights of iteration 0 are where iteration 1 starts.
        assert.deepEqual(steps[1].weights, steps[0].after!.weights);
        assert.include(stepRows(steps[0]).at(-1)!.value, formatArray(steps[1].weights));
      },
    );

    const state = () =>
      page.evaluate(() => ({
        presenting: document.body.classList.contains("presenting"),
        search: location.search,
        state: document.querySelector<HTMLElement>("#progress")!.dataset.state,
        done: Number(document.querySelector<HTMLElement>("#progress")!.dataset.done),
      }));
    const visible = (selector: string) =>
      page.$eval(selector, (e) => (e as HTMLElement).checkVisibility());

    await t.step("&present=1: large type, the idea, controls and output, no code", async () => {
      await openFile(page, "lesson=08&present=1&run=1");
      await page.waitForSelector("body[data-runs='1']");
      assert.isTrue((await state()).presenting);
      assert.isFalse(await visible("#lesson-08 pre.code"));
      assert.isFalse(await visible("nav"));
      for (const shown of ["#lesson-08 .idea", "#flags", "#run", "#output", "#play"]) {
        assert.isTrue(await visible(shown), shown);
      }
      // The keys are named at the top, in presenter mode only.
      assert.isTrue(await visible("#presenter-keys"));
      assert.match(
        await page.$eval("#presenter-keys", (p) => p.textContent!.replace(/\s+/g, " ")),
        /Space play or pause, → ← step, R rewind, Page Down Page Up lesson, Esc leave/,
      );
      const size = await page.$eval("body", (b) => parseFloat(getComputedStyle(b).fontSize));
      assert.isAtLeast(size, 32);
    });

    await t.step("the keys: arrows step, space plays and pauses, R rewinds", async () => {
      assert.deepInclude(await state(), { state: "paused", done: 0 });
      await page.evaluate(() => scrollTo(0, 0));
      await page.keyboard.press("ArrowRight");
      assert.deepInclude(await state(), { done: 1 }, "the first update");
      // The key brought the replay it moved into sight: its top within the window.
      const top = await page.$eval("#training", (p) => p.getBoundingClientRect().top);
      const height = await page.evaluate(() => innerHeight);
      assert.isAtLeast(top, -1, "the replay's top is not above the window");
      assert.isBelow(top, height / 2, "the replay is in sight, not below the window");
      await page.keyboard.press("ArrowRight");
      assert.deepInclude(await state(), { done: 501 }, "then a twentieth of the training");
      await page.keyboard.press("ArrowLeft");
      assert.deepInclude(await state(), { done: 1 }, "and back");
      await page.keyboard.press(" ");
      assert.deepInclude(await state(), { state: "playing" });
      await page.waitForFunction(() =>
        Number(document.querySelector<HTMLElement>("#progress")!.dataset.done) > 1
      );
      await page.keyboard.press(" ");
      const paused = await state();
      assert.equal(paused.state, "paused");
      assert.isAbove(paused.done, 1);
      await page.keyboard.press("r");
      assert.deepInclude(await state(), { state: "paused", done: 0 });
      // With "See one step" open, the arrows move it one iteration.
      await page.click("#one-step summary");
      await page.keyboard.press("ArrowRight");
      assert.deepEqual(await shownRows(), stepRows(steps[1]));
      await page.keyboard.press("ArrowLeft");
      assert.deepEqual(await shownRows(), stepRows(steps[0]));
      assert.deepInclude(await state(), { done: 0 }, "the replay stays where it was");
    });

    await t.step("the link holds presenter mode; Page Down moves on, Escape leaves", async () => {
      await page.keyboard.press("PageDown");
      await page.waitForSelector("body[data-lesson='09'][data-ready='true']");
      assert.deepInclude(await state(), { presenting: true, search: "?lesson=09&present=1" });
      await page.keyboard.press("Escape");
      assert.deepInclude(await state(), { presenting: false, search: "?lesson=09" });
      assert.isTrue(await visible("#lesson-09 pre.code"));
      assert.isFalse(await visible("#presenter-keys"));
      // Outside presenter mode the arrows move between lessons, as before.
      await page.keyboard.press("ArrowRight");
      await page.waitForSelector("body[data-lesson='10'][data-ready='true']");
      await page.click("#present");
      assert.deepInclude(await state(), { presenting: true, search: "?lesson=10&present=1" });
      await page.type("#flag-seed", "7");
      assert.deepInclude(await state(), { search: "?lesson=10&seed=427&present=1" });
    });

    await t.step(
      "&see-step=5 opens See one step at iteration 5, and the link follows it",
      async () => {
        await openFile(page, "lesson=08&run=1&see-step=5");
        await page.waitForSelector("body[data-runs='1']");
        assert.isTrue(await page.$eval("#one-step", (d) => (d as HTMLDetailsElement).open));
        assert.deepEqual(await shownRows(), stepRows(steps[5]));
        await page.click("#step-next");
        assert.deepEqual(await shownRows(), stepRows(steps[6]));
        assert.equal(await page.evaluate(() => location.search), "?lesson=08&run=1&see-step=6");
        await page.click("#one-step summary");
        await page.waitForFunction(() => !location.search.includes("see-step"));
        assert.equal(await page.evaluate(() => location.search), "?lesson=08&run=1");
      },
    );

    await t.step("lesson 10: each hidden unit's own picture beside the output's", async () => {
      await openFile(page, "lesson=10&run=1");
      await page.waitForSelector("body[data-runs='1']");
      await page.click("#finish");
      const cards = await page.$$eval("#runs figure.run", (figures) =>
        figures.map((figure) => ({
          label: figure.querySelector("figcaption")!.textContent!,
          units: [...figure.querySelectorAll<HTMLCanvasElement>("canvas.unit")].map((canvas) => {
            // How many of the picture's pixels are orange (class 1's side) and how many blue.
            const { data } = canvas.getContext("2d")!.getImageData(
              0,
              0,
              canvas.width,
              canvas.height,
            );
            let [orange, blue] = [0, 0];
            for (let p = 0; p < data.length; p += 4) {
              if (data[p] > data[p + 2] + 40) orange++;
              else if (data[p + 2] > data[p] + 40) blue++;
            }
            return { orange, blue, label: canvas.getAttribute("aria-label") };
          }),
        })));
      const [neuron, hidden] = cards;
      assert.match(neuron.label, /^One neuron/);
      assert.deepEqual(neuron.units, [], "a single neuron has no hidden units");
      assert.match(hidden.label, /^Hidden layers: sizes \[2, 4, 1\]/);
      assert.lengthOf(hidden.units, 4);
      hidden.units.forEach(({ orange, blue, label }, k) => {
        assert.equal(label, `Hidden unit ${k + 1}: what it gives over the plane`);
        // Each trained unit draws its own line: both sides of it are in its picture.
        assert.isAbove(orange, 100, label!);
        assert.isAbove(blue, 100, label!);
      });
    });

    await t.step("a link's present that is neither 1 nor 0 is named on the page", async () => {
      await openFile(page, "lesson=08&present=yes");
      const named = await page.$eval("#link-problems", (e) => e.textContent!);
      assert.include(named, `The link's "present" is "yes": 1 turns it on, 0 off`);
      assert.isFalse((await state()).presenting);
    });

    assert.deepEqual(problems, [], problems.join("\n"));
  },
);

/** A rule the page breaks, as axe reports it: its id, impact, and the first elements that do. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core, from the browser tests' own cache (classroom/e2e/deno.json), run in the page over
 * what it shows: its script is handed to the page through the browser's driver, not fetched.
 */
async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return await page.evaluate(async () => {
    const axe = (globalThis as unknown as {
      axe: {
        run(context: Document, options: object): Promise<{
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: string[] }[];
          }[];
        }>;
      };
    }).axe;
    // preload: false, or axe fetches the style sheet itself, which the page's policy refuses.
    const { violations } = await axe.run(document, {
      resultTypes: ["violations"],
      preload: false,
    });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
  });
}

offlineSiteTest(
  "from file://, the axe accessibility check finds nothing on any surface of the page",
  async (page, problems, t) => {
    const surfaces: [string, string, (page: Page) => Promise<void>][] = [
      ["a lesson, run", "lesson=01", (page) => press(page, "#run")],
      ["a lesson's formulas", "lesson=02", async () => {}],
      ["Try this, its answers shown", "lesson=04&run=1", async (page) => {
        await page.waitForSelector("body[data-runs='1']");
        await page.$$eval(
          ".answer-button",
          (buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()),
        );
      }],
      ["lesson 08's training, replayed to the end", "lesson=08&run=1", async (page) => {
        await page.waitForSelector("body[data-runs='1']");
        await page.click("#finish");
        await page.waitForSelector("#progress[data-state='finished']");
      }],
      ["lesson 13's maps, walked to the end", "lesson=13&run=1", async (page) => {
        await page.waitForSelector("body[data-runs='1']");
        await page.click("#finish");
        await page.waitForSelector("#progress[data-state='finished']");
      }],
      ["lesson 08's one step, its chain rule open", "lesson=08&run=1", async (page) => {
        await page.waitForSelector("body[data-runs='1']");
        await page.click("#one-step summary");
        await page.waitForSelector("#step-chain tr[data-name]");
      }],
      ["presenter mode, lesson 08 run", "lesson=08&present=1&run=1", async (page) => {
        await page.waitForSelector("body[data-runs='1']");
      }],
      ["lesson 18's recorded run", "lesson=18", async () => {}],
      ["a link the page cannot use, named", "lesson=08&sede=7", async () => {}],
    ];
    for (const [what, query, show] of surfaces) {
      await t.step(what, async () => {
        await openFile(page, query);
        await show(page);
        const violations = await accessibilityViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      });
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  },
);
