// The checker's workers on real files: code that never ends is stopped and named with the call
// it was in, files that throw or do not load are reported, a saved file is read anew, --watch
// sees a save, and TypeScript finds a type error. These need read access to exercises/ and lib/,
// write access to testdata/ for the saves, and running deno, so this file is not named
// *_test.ts: plain `deno test` stays free of permissions. Run it with
//
//     deno task test:exercises

import { assert } from "chai";
import { exercises } from "./list.ts";
import { loadContext } from "./context.ts";
import { watchSaves } from "./main.ts";
import { workerRunner } from "./runner.ts";
import { denoTypeCheck, warmTypeCheck } from "./typecheck.ts";

const context = loadContext();
const folder = (name: string) => new URL(`./testdata/${name}/`, import.meta.url);
const runnerFor = (name: string | URL, timeLimit = 10) =>
  workerRunner({ folder: typeof name === "string" ? folder(name) : name, timeLimit, context });

Deno.test("every solution passes in the checker's workers", async () => {
  const runner = runnerFor(new URL("../solutions/", import.meta.url));
  for (const { number } of exercises) {
    assert.equal((await runner(number)).status, "done", `exercise ${number}`);
  }
});

Deno.test("code that never ends is stopped at the time limit and reported as such", async () => {
  assert.deepEqual(await runnerFor("looping", 1)(1), {
    status: "not done",
    problem: [
      "exercises/01_prediction.ts did not finish within 1 s (it was running " +
      "dot([1.72, 1.23], [1.26, 0])): does a loop never end?",
      "(A slow machine? Give it longer: --time-limit 4)",
    ],
  });
});

Deno.test("after a stopped loop, the next check runs in a fresh worker", async () => {
  const runner = runnerFor("looping", 1);
  assert.equal((await runner(1)).status, "not done");
  assert.deepEqual(await runnerFor("waiting")(1), { status: "done", showcase: [] });
});

Deno.test("code that throws is named with its error and the line it came from", async () => {
  assert.deepEqual(await runnerFor("throws")(1), {
    status: "not done",
    problem: [
      "dot([1.72, 1.23], [1.26, 0]) threw RangeError: Maximum call stack size",
      "    exceeded",
      "  at exercises/_checker/testdata/throws/01_prediction.ts:6:30",
    ],
  });
});

Deno.test("a file that throws while it loads is reported with the error and its place", async () => {
  assert.deepEqual(await runnerFor("loads_badly")(1), {
    status: "not done",
    problem: [
      "exercises/01_prediction.ts does not load: Lengths differ: 2 and 1",
      "  at exercises/_checker/testdata/loads_badly/01_prediction.ts:6:36",
    ],
  });
});

Deno.test("a missing file is named, with the command that brings the blank back", async () => {
  assert.deepEqual(await runnerFor("throws")(2), {
    status: "not done",
    problem: [
      "exercises/02_error.ts is missing. deno task exercise --reset 02 brings back the blank.",
    ],
  });
});

Deno.test("a TODO reads not started; a finished exercise on top of it waits for it", async () => {
  const runner = runnerFor("waiting");
  assert.deepEqual(await runner(2), { status: "not started" });
  assert.deepEqual(await runner(3), { status: "waiting", on: 2 });
});

/** A folder of its own in testdata/, removed afterwards. */
async function scratch(run: (folder: URL) => Promise<void>): Promise<void> {
  const url = folder(`scratch-${crypto.randomUUID()}`);
  await Deno.mkdir(url);
  try {
    await run(url);
  } finally {
    await Deno.remove(url, { recursive: true });
  }
}

Deno.test("a saved file is read anew: the next check sees the change", async () => {
  await scratch(async (url) => {
    const file = new URL("02_error.ts", url);
    const runner = runnerFor(url);
    const derivative = "export const errorDerivative = (p: number, t: number) => 2 * (p - t);\n";
    await Deno.writeTextFile(file, "export const squaredError = (p: number) => p;\n" + derivative);
    assert.equal((await runner(2)).status, "not done");
    await Deno.writeTextFile(
      file,
      "export const squaredError = (p: number, t: number) => (p - t) ** 2;\n" + derivative,
    );
    assert.equal((await runner(2)).status, "done");
  });
});

Deno.test("--watch sees a save of a TypeScript file in the folder", async () => {
  await scratch(async (url) => {
    const saves = watchSaves(url, 50);
    const next = saves.next();
    await Deno.writeTextFile(new URL("01_prediction.ts", url), "export const dot = 1;\n");
    assert.deepEqual(await next, { done: false, value: undefined });
    await saves.return(undefined);
  });
});

for (
  const [name, start] of [["deno check", denoTypeCheck], [
    "warm TypeScript",
    warmTypeCheck,
  ]] as const
) {
  Deno.test(`${name} finds a type error, names its place and its words, and sees the fix when it is saved`, async () => {
    await scratch(async (url) => {
      const root = new URL("../../", import.meta.url);
      const path = decodeURIComponent(url.pathname).slice(decodeURIComponent(root.pathname).length);
      await Deno.writeTextFile(
        new URL("01_prediction.ts", url),
        "// A dot product that returns a list.\n" +
          "export function dot(a: number[], b: number[]): number {\n" +
          "  return a.map((x, i) => x * b[i]);\n" +
          "}\n",
      );
      const typeCheck = start(root)!;
      const files = [`${path}01_prediction.ts`, "exercises/solutions/01_prediction.ts"];
      const errors = await typeCheck(files);
      assert.deepEqual([...errors.keys()], [`${path}01_prediction.ts`]);
      assert.deepEqual(errors.get(`${path}01_prediction.ts`), [
        `${path}01_prediction.ts:3:3: Type 'number[]' is not assignable to type 'number'.`,
        "  return a.map((x, i) => x * b[i]);",
        "  (TypeScript found this before your code ran: fix it first.)",
      ]);
      await Deno.copyFile(
        new URL("../solutions/01_prediction.ts", import.meta.url),
        new URL("01_prediction.ts", url),
      );
      assert.deepEqual([...(await typeCheck(files)).keys()], []);
    });
  });
}
