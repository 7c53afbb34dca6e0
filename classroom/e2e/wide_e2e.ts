/// <reference lib="dom" />
// Wide data in the classroom page (issue 26): a CSV of 5,000 columns pasted into lesson 08's
// data box, run in the page's worker, prints what `deno run lessons/08_train.ts --data` prints
// for the same file at this moment (its result, or its one line), never "a bug" or a stack
// trace, within the page's time limits (30 s a wait). The other members: a wide CSV typed into
// the box (the path the page shows and checks as typing settles) with --standardize and few
// enough rows for the page's table of predictions; --boundary on it, which has one clear line;
// and a dropped file of 200,000 columns, the width at which a spread of one row or of the
// weights into Math.min overflows the stack (at 5,000 columns only a spread of every value of
// the data does: 200,000 of them). Any console error or uncaught exception in the page fails it.
//
// Run it: deno task test:browser      (not part of plain `deno test`: it needs a browser)

import { assert } from "chai";
import type { Page } from "puppeteer-core";
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

/** The columns of the wide data: thousands, as the red team's CSV had. */
const COLUMNS = 5_000;

/** A CSV of `columns` inputs and a target, `rows` rows, its numbers short and varied. */
function wideCsv(columns: number, rows: number): string {
  const header = [...Array.from({ length: columns }, (_, j) => `x${j}`), "target"].join(",");
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const target = i % 2;
    const row = Array.from({ length: columns }, (_, j) => ((i * 31 + j * 7) % 13) / 13 - target);
    lines.push([...row.map((x) => String(Number(x.toFixed(2)))), String(target)].join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** The page printed what the terminal printed, and no bug: the first line that differs. */
function assertAsTheTerminal(page: Printed, terminal: Printed, what: string): void {
  for (const [side, printed] of [["the page", page], ["deno run", terminal]] as const) {
    const where = `${what}, ${side}`;
    assert.notInclude(printed.stderr, "a bug", where);
    assert.notMatch(printed.stderr, /^\s+at /m, `${where}: no stack trace`);
    assert.notInclude(printed.stderr, "Maximum call stack", where);
  }
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

/** Pastes `csv` into the data box as a clipboard paste does. */
async function paste(page: Page, csv: string): Promise<void> {
  await page.evaluate((csv) => {
    const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
    const transfer = new DataTransfer();
    transfer.setData("text/plain", csv);
    text.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, cancelable: true }));
  }, csv);
}

/** Sets the box's text as typing does, and waits until the page has checked it. */
async function typeData(page: Page, csv: string): Promise<void> {
  await page.evaluate((csv) => {
    const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
    text.value = csv;
    text.dispatchEvent(new Event("input"));
  }, csv);
  // The page checks typed data once typing settles (300 ms): wait past it.
  await new Promise((resolve) => setTimeout(resolve, 600));
}

const dataMessage = (page: Page) =>
  page.$eval(".flag[data-flag='data'] .message", (e) => e.textContent!);

Deno.test({
  name: "the classroom page on wide data: lesson 08 prints what deno run prints",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const classroom = await startClassroom();
    const { browser, close } = await launchBrowser();
    const folder = await Deno.makeTempDir({ dir: OUT, prefix: "wide-" });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      // The bound on every wait: a run that hangs fails within it.
      page.setDefaultTimeout(30_000);
      const problems = watch(page, new URL(classroom.url).origin);
      const terminal = async (csv: string, flags: string[], write = false) => {
        await Deno.writeTextFile(`${folder}/pasted.csv`, csv);
        return await denoRun("08_train.ts", ["--data", "pasted.csv", ...flags], {
          permissions: write
            ? ["--allow-read=pasted.csv,out", "--allow-write=out"]
            : ["--allow-read=pasted.csv"],
          cwd: folder,
        });
      };

      await t.step(`5,000 columns by 40 rows, pasted (1.2 MB, held): as deno run`, async () => {
        const csv = wideCsv(COLUMNS, 40);
        await open(page, classroom.url, "/?lesson=08");
        await page.select("#flag-data", "own");
        await paste(page, csv);
        await page.waitForFunction(() =>
          document.querySelector("#command")!.textContent!.includes("--data pasted.csv")
        );
        const started = performance.now();
        await press(page, "#run");
        const ms = performance.now() - started;
        const printed = await pagePrinted(page);
        const expected = await terminal(csv, []);
        assertAsTheTerminal(printed, expected, "pasted wide data");
        assert.equal(expected.code, 0, expected.stderr);
        assert.include(expected.stdout, `40 samples of ${COLUMNS} inputs`);
        assert.equal(await dataMessage(page), "", "the page's own check found nothing wrong");
        console.log(`  the page ran it in ${(ms / 1000).toFixed(1)} s`);
      });

      await t.step(
        "5,000 columns by 6 rows, typed, --standardize: as deno run, its predictions shown",
        async () => {
          // Short numbers keep it under the 100,000 characters the box shows.
          const rows = ["x" + Array.from({ length: COLUMNS }, (_, j) => j).join(",x") + ",target"];
          for (let i = 0; i < 6; i++) {
            const row = Array.from({ length: COLUMNS }, (_, j) => (i * 3 + j) % 5);
            rows.push(`${row.join(",")},${i % 2}`);
          }
          const csv = `${rows.join("\n")}\n`;
          assert.isBelow(csv.length, 100_000, "shown in the box, not held");
          await open(page, classroom.url, "/?lesson=08&standardize=1");
          await page.select("#flag-data", "own");
          await typeData(page, csv);
          assert.equal(await dataMessage(page), "");
          assert.include(await page.$eval("#command", (e) => e.textContent!), "--standardize");
          await press(page, "#run");
          const expected = await terminal(csv, ["--standardize"]);
          assertAsTheTerminal(await pagePrinted(page), expected, "typed wide data");
          assert.equal(expected.code, 0, expected.stderr);
          // Six rows: the page's table of predictions lists every training point.
          await page.click("#finish");
          await page.waitForSelector("#progress[data-state='finished']");
          assert.lengthOf(await page.$$(".run .prediction"), 6);
          const [width, viewport] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ]);
          assert.isAtMost(width, viewport, "no horizontal scrolling at 1280x720");
        },
      );

      await t.step("--boundary on 5,000 columns: the terminal's one line", async () => {
        const csv = wideCsv(COLUMNS, 40);
        await open(page, classroom.url, "/?lesson=08");
        await page.select("#flag-data", "own");
        await paste(page, csv);
        await page.locator("#flag-boundary").fill("out/boundary.svg");
        await press(page, "#run");
        const expected = await terminal(
          csv,
          ["--boundary", "out/boundary.svg"],
          true,
        );
        assertAsTheTerminal(await pagePrinted(page), expected, "--boundary on wide data");
        assert.equal(expected.code, 1);
        assert.lengthOf(expected.stderr.trimEnd().split("\n"), 1, expected.stderr);
        assert.include(expected.stderr, `has ${COLUMNS}`);
      });

      await t.step(
        "200,000 columns by 4 rows, dropped, --iterations 100: as deno run",
        async () => {
          // 5,000 weights spread into Math.min fit the stack (Deno and Chromium take some
          // 120,000 arguments): this width is where a spread over one row or the weights fails.
          const columns = 200_000;
          const rows = ["x" + Array.from({ length: columns }, (_, j) => j).join(",x") + ",target"];
          for (let i = 0; i < 4; i++) {
            rows.push(
              `${Array.from({ length: columns }, (_, j) => (i + j) % 3).join(",")},${i % 2}`,
            );
          }
          const csv = `${rows.join("\n")}\n`;
          await open(page, classroom.url, "/?lesson=08&iterations=100");
          await page.select("#flag-data", "own");
          await page.evaluate((csv) => {
            const text = document.querySelector<HTMLTextAreaElement>(".data textarea")!;
            const transfer = new DataTransfer();
            transfer.items.add(new File([csv], "pasted.csv"));
            text.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
          }, csv);
          await page.waitForFunction(() =>
            document.querySelector("#command")!.textContent!.includes("--data pasted.csv")
          );
          await press(page, "#run");
          const expected = await terminal(csv, ["--iterations", "100"]);
          assertAsTheTerminal(await pagePrinted(page), expected, "dropped, 200,000 columns");
          assert.equal(expected.code, 0, expected.stderr);
          assert.include(expected.stdout, `${columns} weights in [`);
        },
      );

      await t.step("nothing was asked of another origin, and nothing failed", () => {
        assert.deepEqual(problems, [], problems.slice(0, 10).join("\n"));
      });
      await page.close();
    } finally {
      await Deno.remove(folder, { recursive: true });
      await close();
      await assertStoppedCleanly(await classroom.stop(), classroom.url);
    }
  },
});
