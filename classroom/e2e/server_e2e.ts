// The classroom page's server, as `deno task classroom` starts it: the site built, its address on
// stdout, only 127.0.0.1, only the site's files, the lessons' flag rules for --port, a port in
// use, Ctrl-C.
//
// Run it: deno task test:browser      (it needs net and run permissions)

import { assert } from "chai";
import { assertStoppedCleanly, startClassroom } from "./browser.ts";

/** The build's line, which `deno task classroom` prints before it starts the server. */
const BUILT = /^Wrote classroom\/out\/site\/ \(\d+\.\d MB\): open .*\n/;

async function task(...args: string[]) {
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["task", "--quiet", "classroom", ...args],
    env: { NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

Deno.test("the server prints its address, serves the site's files, and nothing else", async () => {
  const classroom = await startClassroom();
  try {
    assert.match(classroom.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const get = (path: string, init?: RequestInit) => fetch(new URL(path, classroom.url), init);
    const page = await get("/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type")!, /^text\/html/);
    assert.include(page.headers.get("content-security-policy")!, "default-src 'none'");
    assert.include(page.headers.get("content-security-policy")!, "connect-src 'none'");
    const html = await page.text();
    assert.include(html, 'data-file="08_train.ts"');
    assert.equal(await (await get("/index.html")).text(), html);
    const script = await get("/classroom.js");
    assert.equal(script.status, 200);
    assert.match(script.headers.get("content-type")!, /^text\/javascript/);
    assert.include(await script.text(), "globalThis.classroomLessons = {");
    const style = await get("/style.css");
    assert.match(style.headers.get("content-type")!, /^text\/css/);
    await style.body?.cancel();
    const refused = [
      "/deno.json",
      "/lessons/08_train.ts",
      "/lessons/08_train_test.ts",
      "/..%2fdeno.json",
      "/%2e%2e/build.ts",
      "/x.js",
      "/index.html/",
    ];
    for (const path of refused) {
      const response = await get(path);
      await response.body?.cancel();
      assert.equal(response.status, 404, path);
    }
    const post = await get("/", { method: "POST" });
    await post.body?.cancel();
    assert.equal(post.status, 405);
  } finally {
    await assertStoppedCleanly(await classroom.stop(), classroom.url);
  }
});

Deno.test("--port takes the lessons' flag rules: a bad value is one line and exit code 2", async () => {
  const { code, stdout, stderr } = await task("--port", "http");
  assert.equal(code, 2);
  assert.match(stdout, BUILT);
  assert.equal(stdout.replace(BUILT, ""), "");
  assert.equal(
    stderr.trim().split("\n").at(-1),
    'Error: Invalid --port "http": expected a whole number from 0 to 65535. ' +
      "Run with --help for usage.",
  );
  const help = await task("--help");
  assert.equal(help.code, 0);
  assert.include(help.stdout, "Usage: deno run classroom/server.ts [flags]");
});

Deno.test("a port in use is one line that says what to do, and exit code 1", async () => {
  const classroom = await startClassroom();
  try {
    const { code, stdout, stderr } = await task("--port", new URL(classroom.url).port);
    assert.equal(code, 1);
    assert.equal(stdout.replace(BUILT, ""), "");
    assert.match(stderr.trim(), /^Error: Port \d+ is in use: .*\(--port 0 picks a free one\)$/);
  } finally {
    await classroom.stop();
  }
});
