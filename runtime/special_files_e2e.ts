// Files that are not files, for real: a lesson given a FIFO (with no writer, or with a writer that
// never writes), a device that never ends, a Unix socket or a folder as its --data answers at once
// with one line naming the path, and exit code 1. Opening a FIFO waits for a writer and /dev/zero
// never ends, so a lesson that opened them would hang: each run is given 10 s, then killed, which
// fails the test. The in-memory tests (runtime/files_test.ts) hold the messages; this holds Deno's
// real file system to them, which needs a real FIFO (mkfifo) and a real socket (python3).
//
// Run it: deno task test:special-files

import { assert } from "chai";

/** Where the special files are made: the project's ignored out/ folder. */
const DIR = "out/special-files";

/** The most a run may take: far more than a lesson needs to refuse a file, far less than a hang. */
const LIMIT_MS = 10_000;

/** Lesson 08 with `--data path`, as a learner runs it, read permission for `DIR` and `path`. */
async function lesson08Data(path: string) {
  const started = performance.now();
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["run", "--quiet", `--allow-read=${DIR},${path}`, "lessons/08_train.ts", "--data", path],
    env: { NO_COLOR: "1" },
    signal: AbortSignal.timeout(LIMIT_MS),
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr), ms: performance.now() - started };
}

/** The run printed nothing but `line` on stderr and exited with 1, within the limit. */
function assertRefused(run: Awaited<ReturnType<typeof lesson08Data>>, line: string): void {
  const took = `after ${run.ms.toFixed(0)} ms`;
  assert.deepEqual([run.code, run.stdout, run.stderr], [1, "", `${line}\n`], took);
}

async function mkfifo(path: string): Promise<void> {
  const { code, stderr } = await new Deno.Command("mkfifo", { args: [path] }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
}

Deno.test({
  name: "a FIFO, a device, a socket or a folder as --data gets one line at once",
  async fn(t) {
    await Deno.remove(DIR, { recursive: true }).catch(() => {});
    await Deno.mkdir(DIR, { recursive: true });
    const notRegular = (path: string) =>
      `Error: --data ${path}: is not a regular file (a FIFO, a device or a socket)`;
    try {
      await t.step("a FIFO no one writes to", async () => {
        await mkfifo(`${DIR}/nobody.csv`);
        const run = await lesson08Data(`${DIR}/nobody.csv`);
        assertRefused(run, notRegular(`${DIR}/nobody.csv`));
      });

      await t.step("a FIFO whose writer never writes", async () => {
        await mkfifo(`${DIR}/silent.csv`);
        // Opening the writing end waits for a reader: opened for reading and writing, it does not.
        const writer = await Deno.open(`${DIR}/silent.csv`, { read: true, write: true });
        try {
          const run = await lesson08Data(`${DIR}/silent.csv`);
          assertRefused(run, notRegular(`${DIR}/silent.csv`));
        } finally {
          writer.close();
        }
      });

      await t.step("a device that never ends, /dev/zero", async () => {
        const run = await lesson08Data("/dev/zero");
        assertRefused(run, notRegular("/dev/zero"));
      });

      await t.step("a Unix socket", async () => {
        // A socket left on the disk by a process that bound it (Deno binds one only with net
        // permission for its absolute path): python3's, as the README's comparisons use.
        const bind = "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])";
        const made = await new Deno.Command("python3", {
          args: ["-c", bind, `${DIR}/socket.csv`],
        }).output();
        assert.equal(made.code, 0, new TextDecoder().decode(made.stderr));
        assert.isTrue((await Deno.stat(`${DIR}/socket.csv`)).isSocket);
        assertRefused(await lesson08Data(`${DIR}/socket.csv`), notRegular(`${DIR}/socket.csv`));
      });

      await t.step("a folder", async () => {
        const run = await lesson08Data(DIR);
        assertRefused(run, `Error: --data ${DIR}: is a folder, not a file`);
      });
    } finally {
      await Deno.remove(DIR, { recursive: true });
    }
  },
});
