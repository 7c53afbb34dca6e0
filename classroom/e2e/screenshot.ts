// The classroom page's picture for the README: lesson 08 at 1280x720, run, its training replayed
// to the end, taken in headless Chromium from the page as `deno task classroom` serves it.
//
// Run it (it writes docs/classroom.png only):
//   deno run --allow-run=deno,/usr/bin/chromium --allow-net=127.0.0.1 \
//     --allow-read=classroom/out,/usr/bin/chromium --allow-write=classroom/out,docs/classroom.png \
//     --allow-env=WS_NO_BUFFER_UTIL,PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES,PUPPETEER_DANGEROUS_NO_SANDBOX,NODE_V8_COVERAGE \
//     classroom/e2e/screenshot.ts

import { launchBrowser, open, startClassroom, watch } from "./browser.ts";

const PICTURE = "docs/classroom.png";

const classroom = await startClassroom();
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  const problems = watch(page, new URL(classroom.url).origin);
  await open(page, classroom.url, "/?lesson=08&run=1");
  await page.waitForSelector("body[data-runs='1']");
  await page.click("#finish");
  await page.waitForSelector("#progress[data-state='finished']");
  // The command, Run, and the trained network: its boundary, its curve, its predictions.
  await page.evaluate(() => {
    scrollTo(0, document.querySelector(".command")!.getBoundingClientRect().top + scrollY - 12);
  });
  await page.screenshot({ path: PICTURE });
  if (problems.length > 0) throw new Error(`The page had problems: ${problems.join("; ")}`);
  console.log(`Wrote ${PICTURE}`);
} finally {
  await close();
  await classroom.stop();
}
