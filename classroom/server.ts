// The classroom page's server: the site that classroom/build.ts wrote (classroom/out/site/), served
// as any static server would serve that folder, for the projector or a class on one network. It
// listens on 127.0.0.1 only and reads only that folder. The site asks for nothing from another
// origin; the headers below make the browser refuse it too.
//
// Run it: deno task classroom [--port N]     (it builds the site, then starts this)

import { defineLesson, type FlagValues, LessonError, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";
import { CONTENT_SECURITY_POLICY } from "./render.ts";

const HOST = "127.0.0.1";
const SITE = new URL("./out/site/", import.meta.url);

const HEADERS = {
  // Every script, style and picture comes from the site itself; the browser refuses anything else.
  "content-security-policy": CONTENT_SECURITY_POLICY,
  // A page isolated from other origins gets the browser's finest timer, for the training time.
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
  "cache-control": "no-store",
};

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/**
 * Answers one request: `/` is the site's index.html, `/name.ext` a file of the site's folder (no
 * folder below it, so no ".." can reach further), anything else 404.
 */
async function respond(request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Only GET\n", { status: 405, headers: HEADERS });
  }
  const { pathname } = new URL(request.url);
  const file = pathname === "/" ? "index.html" : /^\/([\w-]+\.(html|js|css))$/.exec(pathname)?.[1];
  if (file !== undefined) {
    try {
      const body = await Deno.readFile(new URL(file, SITE));
      const type = TYPES[file.slice(file.lastIndexOf(".") + 1)];
      return new Response(body, { headers: { ...HEADERS, "content-type": type } });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
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
  summary: "The classroom site (deno task site builds it), served on 127.0.0.1.",
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
