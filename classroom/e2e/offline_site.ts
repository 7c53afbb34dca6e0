// What the site's browser tests share: the folder deno task site writes, built once per test
// file, and a page opened from it in headless Chromium with its network cut and watched.

import { assert } from "chai";
import type { Page } from "puppeteer-core";
import { SITE_DIR } from "../site.ts";
import { launchBrowser } from "./browser.ts";

/** The built site's folder, as a URL ending in a slash. */
export const SITE = new URL(`../../${SITE_DIR}/`, import.meta.url);

let built: Promise<void> | undefined;

/**
 * `deno task site`, as a teacher runs it: once per test file (every test of a file reads the same
 * build; each file builds it afresh).
 */
export function buildSite(): Promise<void> {
  return built ??= (async () => {
    const { code, stderr } = await new Deno.Command("deno", {
      args: ["task", "--quiet", "site"],
      env: { NO_COLOR: "1" },
      stdout: "null",
    }).output();
    assert.equal(code, 0, new TextDecoder().decode(stderr));
  })();
}

/**
 * Watches a page opened from the site's folder: a request for anything but a file in that folder
 * (or a data: or blob: address the page made itself), a failed request, a console error, an
 * uncaught exception.
 */
export function watchOffline(page: Page): string[] {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const path = `${url.protocol}//${url.host}${url.pathname}`;
    const inside = path.startsWith(SITE.href) && !path.slice(SITE.href.length).includes("/");
    if (!inside && !/^(data|blob):/.test(url.protocol)) {
      problems.push(`request outside the site: ${url}`);
    }
  });
  page.on("requestfailed", (request) => {
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${(error as Error).stack ?? error}`));
  return problems;
}

/**
 * A test of the built site in headless Chromium, the page's network switched off and watched
 * (`watchOffline`): `fn` gets the page, the problems seen so far, and the test's context.
 */
export function offlineSiteTest(
  name: string,
  fn: (page: Page, problems: string[], t: Deno.TestContext) => Promise<void>,
): void {
  Deno.test({
    name,
    sanitizeOps: false,
    sanitizeResources: false,
    async fn(t) {
      await buildSite();
      const { browser, close } = await launchBrowser();
      try {
        const page = await browser.newPage();
        page.setDefaultTimeout(60_000);
        await page.setOfflineMode(true);
        await fn(page, watchOffline(page), t);
      } finally {
        await close();
      }
    },
  });
}

/** Opens index.html from the disk with `query` and waits until the lesson is shown. */
export async function openFile(page: Page, query: string): Promise<void> {
  await page.goto(new URL(`index.html?${query}`, SITE).href, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='true']");
}
