// The classroom page's server: every lesson on one page, for the projector, running the lessons'
// own code in the browser. It listens on 127.0.0.1 only and reads only what it serves: the
// lessons' sources (fresh on every load), the page's style sheet, and the browser bundle that
// classroom/build.ts wrote. Nothing it serves asks for anything from another origin.
//
// Run it: deno task classroom [--port N]     (it builds the bundle, then starts this)

import { defineLesson, type FlagValues, LessonError, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { LESSON_FILE, type LessonSource, renderPage } from "./render.ts";

const HOST = "127.0.0.1";
const LESSONS = new URL("../lessons/", import.meta.url);
const STYLE = new URL("./page/style.css", import.meta.url);
const BUNDLE = new URL("./out/bundle/", import.meta.url);

const HEADERS = {
  // Every script, style and picture comes from this server; the browser refuses anything else.
  // (The charting library compiles its expressions, so scripts may evaluate code.)
  "content-security-policy":
    "default-src 'self'; script-src 'self' 'unsafe-eval'; img-src 'self' data: blob:; " +
    "style-src 'self' 'unsafe-inline'",
  // A page isolated from other origins gets the browser's finest timer, for the training time.
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
  "cache-control": "no-store",
};

/** The lessons in order, each with its source as it is on disk now. */
async function readLessons(): Promise<LessonSource[]> {
  const files: string[] = [];
  for await (const entry of Deno.readDir(LESSONS)) {
    if (entry.isFile && LESSON_FILE.test(entry.name) && !(entry.name in SEPARATE_LESSONS)) {
      files.push(entry.name);
    }
  }
  return await Promise.all(
    files.sort().map(async (file) => ({
      file,
      source: await Deno.readTextFile(new URL(file, LESSONS)),
    })),
  );
}

async function serveFile(url: URL, type: string): Promise<Response> {
  try {
    const body = await Deno.readFile(url);
    return new Response(body, { headers: { ...HEADERS, "content-type": type } });
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    return new Response("Not found\n", { status: 404, headers: HEADERS });
  }
}

const JAVASCRIPT = "text/javascript; charset=utf-8";

/**
 * Answers one request. A lesson's module is served at the lesson's own path
 * (`/lessons/08_train.ts`), so its `import.meta.url` names the lesson as in a terminal and its
 * `--help` prints the same usage line; the page shows the source inside the page itself.
 */
async function respond(request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Only GET\n", { status: 405, headers: HEADERS });
  }
  const { pathname } = new URL(request.url);
  if (pathname === "/") {
    const html = renderPage(await readLessons());
    return new Response(html, { headers: { ...HEADERS, "content-type": "text/html" } });
  }
  if (pathname === "/style.css") return await serveFile(STYLE, "text/css; charset=utf-8");
  const lesson = /^\/lessons\/(\d\d_[a-z0-9_]+)\.ts$/.exec(pathname);
  if (lesson !== null) {
    return await serveFile(new URL(`lessons/${lesson[1]}.js`, BUNDLE), JAVASCRIPT);
  }
  // The page's script and the chunks of code the lessons share; no ".." can reach this far.
  if (/^(\/[\w-]+)*\/[\w-]+(\.[\w-]+)?\.js$/.test(pathname)) {
    return await serveFile(new URL(pathname.slice(1), BUNDLE), JAVASCRIPT);
  }
  return new Response("Not found\n", { status: 404, headers: HEADERS });
}

/** Serves the page until Ctrl-C (or SIGTERM), then stops cleanly. */
async function serve({ port }: FlagValues<typeof spec.flags>, io: Io): Promise<void> {
  let server: Deno.HttpServer<Deno.NetAddr>;
  try {
    server = Deno.serve({ hostname: HOST, port, onListen: () => {} }, respond);
  } catch (error) {
    if (error instanceof Deno.errors.AddrInUse) {
      throw new LessonError(
        `Port ${port} is in use: stop what uses it, or pick another with --port N ` +
          `(--port 0 picks a free one)`,
      );
    }
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        `Listening on ${HOST}:${port} needs net permission; run with --allow-net=${HOST}`,
      );
    }
    throw error;
  }
  io.log(`http://${HOST}:${server.addr.port}/`);
  const stop = () => server.shutdown();
  for (const signal of ["SIGINT", "SIGTERM"] as const) Deno.addSignalListener(signal, stop);
  await server.finished;
  for (const signal of ["SIGINT", "SIGTERM"] as const) Deno.removeSignalListener(signal, stop);
}

// The command line, with the lessons' own flag rules.
export const spec = defineLesson({
  summary: "The classroom page: every lesson in the browser, served on 127.0.0.1.",
  flags: {
    port: {
      kind: "whole",
      default: 8000,
      min: 0,
      max: 65_535,
      help: "Port to listen on; 0 picks a free one",
    },
  },
  examples: ["deno task classroom", "deno task classroom --port 0"],
});

export const main = lessonMain(import.meta.url, spec, serve);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
