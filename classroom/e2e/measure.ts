// How fast is the classroom page? Measures, in headless Chromium, how long the page takes to load
// (from navigation until lesson 08 is shown with its controls, by the page's own clock) and how
// long lesson 08's 10,000 training iterations take in the browser (the page's own timer, shown
// under the animation), the first run in a fresh page and then warm; and, for comparison, the
// same recorded training in Deno, as `deno run` trains it.
//
// Run it:
//   deno run --allow-run=deno,/usr/bin/chromium --allow-net=127.0.0.1 \
//     --allow-read=classroom/out,/usr/bin/chromium --allow-write=classroom/out \
//     --allow-env=WS_NO_BUFFER_UTIL,PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES,PUPPETEER_DANGEROUS_NO_SANDBOX,NODE_V8_COVERAGE \
//     classroom/e2e/measure.ts

import * as lesson08 from "../../lessons/08_train.ts";
import { runLesson } from "../../runtime/testing.ts";
import { recordTrainings } from "../page/recording.ts";
import { launchBrowser, open, press, startClassroom } from "./browser.ts";

const PAGES = 7;
const WARM_RUNS = 10;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

const classroom = await startClassroom();
const { browser, close } = await launchBrowser();
const loads: number[] = [];
const firsts: number[] = [];
const warm: number[] = [];
const version = await browser.version();
try {
  for (let i = 0; i < PAGES; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await open(page, classroom.url, "/?lesson=08");
    loads.push(Number(await page.$eval("body", (e) => (e as HTMLElement).dataset.readyAt)));
    for (let run = 0; run < (i === 0 ? WARM_RUNS : 1); run++) {
      await press(page, "#run");
      const time = Number(await page.$eval(".run .time", (e) => (e as HTMLElement).dataset.ms));
      (run === 0 ? firsts : warm).push(time);
    }
    await page.close();
  }
} finally {
  await close();
  await classroom.stop();
}

const denoTimes: number[] = [];
for (let run = 0; run < WARM_RUNS + 1; run++) {
  const { recordings } = await recordTrainings(() => runLesson(lesson08.main, []));
  denoTimes.push(recordings[0].trainingTime);
}

console.log(`Chromium ${version}, ${navigator.hardwareConcurrency} cores`);
console.log(`Page load, lesson 08 ready (median of ${PAGES} fresh pages): ${ms(median(loads))}`);
console.log(
  `Lesson 08's 10,000 iterations in the browser, first run (median of ${PAGES}): ` +
    ms(median(firsts)),
);
console.log(`  warm (median of ${WARM_RUNS - 1} more runs in one page): ${ms(median(warm))}`);
console.log(
  `The same in Deno: first run ${ms(denoTimes[0])}, warm (median of ${WARM_RUNS}): ` +
    ms(median(denoTimes.slice(1))),
);
