// The README's pictures of the classroom page, one per surface, at 1280x720 (a projector's
// size), each taken in headless Chromium from the page as `deno task classroom` serves it:
//   docs/classroom.png            lesson 08 run, its training replayed to the end
//   docs/classroom_lesson.png     lesson 02 as it opens: its idea, its formula as mathematics
//   docs/classroom_replay.png     lesson 13's loss landscape, walked part of the way
//   docs/classroom_one_step.png   lesson 08's first iteration, link by link
//   docs/classroom_presenter.png  presenter mode: lesson 08 in large type, run
//   docs/classroom_recorded.png   lesson 18's recorded run, which the page shows and cannot make
//   docs/classroom_exercise.png   exercise 01 in the page, checked as it is shipped
//   docs/classroom_editor.png     lesson 03's code open in the editor, with Run and Reset
// A shot that meets a problem on the page (a request elsewhere, a console error) fails the run.
//
// Run it (it writes those files in docs/ only): deno task classroom:screenshot

import type { Page } from "puppeteer-core";
import { launchBrowser, open, startClassroom, watch } from "./browser.ts";

/** Scrolls the page so that `selector`'s top is 12 px below the window's. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const top = document.querySelector(selector)!.getBoundingClientRect().top;
    scrollTo(0, top + scrollY - 12);
  }, selector);
}

/** Runs the lesson the link opened (it has `&run=1`) and waits for its first run's end. */
const ran = (page: Page) => page.waitForSelector("body[data-runs='1']").then(() => {});

/** Each picture: its file, the page's link, and what to do before the shot. */
export const SHOTS: readonly { file: string; path: string; show(page: Page): Promise<void> }[] = [
  {
    file: "docs/classroom.png",
    path: "/?lesson=08&run=1",
    async show(page) {
      await ran(page);
      await page.click("#finish");
      await page.waitForSelector("#progress[data-state='finished']");
      // The command, Run, and the trained network: its boundary, its curve, its predictions.
      await scrollToTop(page, ".command");
    },
  },
  {
    file: "docs/classroom_lesson.png",
    path: "/?lesson=02",
    async show(page) {
      await scrollToTop(page, "#lesson-02 h2");
    },
  },
  {
    file: "docs/classroom_replay.png",
    path: "/?lesson=13&run=1",
    async show(page) {
      await ran(page);
      // Seven steps of the walk: the paths part drawn on the maps, beside their numbers.
      for (let i = 0; i < 7; i++) await page.click("#step");
      await scrollToTop(page, "#training");
    },
  },
  {
    file: "docs/classroom_one_step.png",
    path: "/?lesson=08&run=1",
    async show(page) {
      await ran(page);
      await page.click("#one-step summary");
      await page.waitForSelector("#step-chain tr[data-name]");
      await scrollToTop(page, "#one-step");
    },
  },
  {
    file: "docs/classroom_presenter.png",
    path: "/?lesson=08&present=1&run=1",
    async show(page) {
      // Its top, as the class first sees it: the idea, the controls, in large type.
      await ran(page);
    },
  },
  {
    file: "docs/classroom_recorded.png",
    path: "/?lesson=18",
    async show(page) {
      await scrollToTop(page, "#lesson-18 .recorded");
    },
  },
  {
    file: "docs/classroom_exercise.png",
    path: "/?exercise=01",
    async show(page) {
      // The blank, checked: Check, Hint, Reset and the terminal's "not started" report.
      await page.click("#check");
      await page.waitForSelector("body[data-checks='1']");
      await scrollToTop(page, "#check");
    },
  },
  {
    file: "docs/classroom_editor.png",
    path: "/?lesson=03",
    async show(page) {
      const lesson = "section.lesson[data-lesson='03']";
      await page.click(`${lesson} button.edit`);
      await page.waitForSelector(`${lesson} .cm-editor`);
      await scrollToTop(page, `${lesson} .cm-editor`);
    },
  },
];

if (import.meta.main) {
  const classroom = await startClassroom();
  const { browser, close } = await launchBrowser();
  try {
    for (const { file, path, show } of SHOTS) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      const problems = watch(page, new URL(classroom.url).origin);
      await open(page, classroom.url, path);
      await show(page);
      await page.screenshot({ path: file });
      if (problems.length > 0) throw new Error(`${path} had problems: ${problems.join("; ")}`);
      await page.close();
      console.log(`Wrote ${file}`);
    }
  } finally {
    await close();
    await classroom.stop();
  }
}
