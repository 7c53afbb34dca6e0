/// <reference lib="dom" />
// What the classroom page's browser tests, its screenshot and its measurement share: the page
// served by `deno task classroom` itself on a free port, Debian's Chromium driven headless by
// puppeteer-core, a watch on everything the page asks for or complains about, and what
// `deno run` prints for a lesson, to compare the page with.

import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** Debian's chromium package; `.ci/run` installs it when it is missing. */
export const CHROMIUM = "/usr/bin/chromium";

/** Where the tests write: screenshots, the browser's profile, files for `deno run`. */
export const OUT = "classroom/out";

/** The page as the task serves it: its address, and how to stop it as Ctrl-C does. */
export interface Classroom {
  url: string;
  /** Sends SIGINT and waits: the exit code and what the task printed on stderr. */
  stop(): Promise<{ code: number; stderr: string }>;
}

/**
 * Starts `deno task classroom --port 0` and waits for the address it prints (after the build's
 * line, "Wrote classroom/out/site/ ...").
 */
export async function startClassroom(): Promise<Classroom> {
  const child = new Deno.Command("deno", {
    args: ["task", "classroom", "--port", "0"],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  const decoded = child.stdout.pipeThrough(new TextDecoderStream());
  const reader = decoded.getReader();
  let printed = "";
  while (!/^http:.*\n/m.test(printed)) {
    const { value, done } = await reader.read();
    if (done) {
      throw new Error(`deno task classroom stopped before printing its address: ${await stderr}`);
    }
    printed += value;
  }
  reader.releaseLock();
  const rest = decoded.pipeTo(new WritableStream());
  const url = /^http:.*$/m.exec(printed)![0];
  return {
    url,
    async stop() {
      child.kill("SIGINT");
      const { code } = await child.status;
      await rest.catch(() => {});
      return { code, stderr: await stderr };
    },
  };
}

/**
 * Asserts that Ctrl-C stopped the served page cleanly: the exit code is 0, or 130 when
 * `deno task` saw the Ctrl-C it forwarded before the server had ended (a shell reports an
 * interrupted command so too); the task printed nothing but its own "Task" line; and nothing
 * answers at the address any more.
 */
export async function assertStoppedCleanly(
  { code, stderr }: { code: number; stderr: string },
  url: string,
): Promise<void> {
  if (code !== 0 && code !== 130) {
    throw new Error(`Ctrl-C should stop the page with exit code 0 or 130, got ${code}: ${stderr}`);
  }
  const printed = stderr.split("\n").filter((line) => line !== "" && !line.startsWith("Task "));
  if (printed.length > 0) {
    throw new Error(`Ctrl-C should stop the page silently, it printed: ${printed.join("\n")}`);
  }
  const answer = await fetch(url).then((response) => response.body?.cancel(), (error) => error);
  if (!(answer instanceof TypeError)) throw new Error(`${url} still answers after Ctrl-C`);
}

/**
 * Headless Chromium with the flags that work here, in a fresh profile under classroom/out, driven
 * through a pipe: it opens no port, and works inside a network namespace with no network.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  await Deno.mkdir(OUT, { recursive: true });
  const profile = await Deno.makeTempDir({ dir: OUT, prefix: "chromium-" });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: profile,
    // The browser gets no environment of ours: nothing to read, nothing to leak.
    env: {},
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await Deno.remove(profile, { recursive: true });
    },
  };
}

/**
 * Watches a page for what must never happen: a request to any origin but the page's own, a
 * failed request, an error in its console, an uncaught exception.
 *
 * @returns The list of problems seen so far, which grows as they happen.
 */
export function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${(error as Error).stack ?? error}`));
  return problems;
}

/** What `deno run` printed, and its exit code. */
export interface Printed {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a lesson as a learner does, `deno run lessons/NN_name.ts ...args`, its output piped.
 *
 * @param permissions E.g. `--allow-read=pasted.csv` for a file it reads.
 * @param cwd The folder to run it in (the project by default).
 */
export async function denoRun(
  file: string,
  args: readonly string[],
  { permissions = [], cwd }: { permissions?: string[]; cwd?: string } = {},
): Promise<Printed> {
  const lesson = cwd === undefined ? `lessons/${file}` : `${Deno.cwd()}/lessons/${file}`;
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["run", "--quiet", ...permissions, lesson, ...args],
    cwd,
    env: { NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

/** Opens the page at `path` and waits until its lesson is shown and its controls built. */
export async function open(page: Page, url: string, path: string): Promise<void> {
  await page.goto(new URL(path, url).href, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='true']");
}

/** Clicks Run (or --help) and waits for the lesson to finish. */
export async function press(page: Page, button: "#run" | "#help"): Promise<void> {
  const runs = await page.$eval("body", (body) => Number(body.dataset.runs ?? 0));
  await page.click(button);
  await page.waitForSelector(`body[data-runs='${runs + 1}']`);
}

/** What the page printed: its output, its stderr, its exit code. */
export async function pagePrinted(page: Page): Promise<Printed> {
  return await page.evaluate(() => ({
    code: Number(document.querySelector<HTMLElement>("#status")!.dataset.code),
    stdout: document.querySelector("#output")!.textContent!,
    stderr: document.querySelector("#errors")!.textContent!,
  }));
}
