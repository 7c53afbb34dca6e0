// Reading and writing files for flags: the size limit, the messages, and the temporary file
// that an interrupted write removes. Everything runs in memory, with no permission.

import { assert } from "chai";
import { checkWritableFor, readDatasetFor, readTextFileFor, writeTextFileFor } from "./files.ts";
import { LessonError } from "./cli.ts";
import {
  denoSignals,
  FileError,
  type Files,
  FileTooLargeError,
  readLimited,
  type Signals,
} from "./io.ts";
import { memoryFiles } from "./testing.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

Deno.test("readLimited reads up to the limit exactly, and refuses one byte more", async () => {
  assert.equal(await readLimited([bytes("12345"), bytes("67890")], 10), "1234567890");
  try {
    await readLimited([bytes("12345"), bytes("678901")], 10);
    assert.fail("expected a FileTooLargeError");
  } catch (error) {
    assert.instanceOf(error, FileTooLargeError);
    assert.equal((error as FileTooLargeError).maxBytes, 10);
  }
});

Deno.test("readLimited stops taking chunks as soon as the limit is passed", async () => {
  let taken = 0;
  let cancelled = false;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      taken++;
      controller.enqueue(new Uint8Array(1000));
    },
    cancel() {
      cancelled = true;
    },
  });
  await readLimited(endless, 10_500).catch(() => {});
  assert.isAtMost(taken, 13, "11 chunks pass the limit, the stream may pull ahead a little");
  assert.isTrue(cancelled, "the stream (the open file) is cancelled, which closes it");
});

Deno.test("readLimited decodes UTF-8 split between chunks", async () => {
  const text = bytes("é,target");
  assert.equal(await readLimited([text.slice(0, 1), text.slice(1)]), "é,target");
  assert.equal(await readLimited([text.slice(0, 1)]), "\uFFFD", "a cut-off character at the end");
});

Deno.test("readTextFileFor names the flag, the path and the limit when a file is too large", async () => {
  const files: Files = {
    ...memoryFiles(),
    readTextFile: (_path, maxBytes) => readLimited([bytes("x".repeat(2_000_001))], maxBytes),
  };
  try {
    await readTextFileFor("data", "big.csv", files, 2_000_000);
    assert.fail("expected a LessonError");
  } catch (error) {
    assert.instanceOf(error, LessonError);
    assert.equal(
      (error as Error).message,
      "--data big.csv: larger than 2 MB, the most --data reads",
    );
  }
});

Deno.test("readTextFileFor keeps a path with control characters on one line", async () => {
  const message = await readTextFileFor("data", "a\r\x1b[2Jb.csv", memoryFiles()).catch((e) =>
    e.message
  );
  assert.equal(message, "--data a\\r\\x1b[2Jb.csv: no such file");
});

/** Signals that the test fires by hand; `exits` records the exit codes asked for. */
function fakeSignals() {
  const handlers = new Set<(signal: "SIGINT" | "SIGTERM") => void>();
  const exits: number[] = [];
  const signals: Signals = {
    onInterrupt(stop) {
      handlers.add(stop);
      return () => handlers.delete(stop);
    },
    exit: (code) => exits.push(code),
  };
  const fire = (signal: "SIGINT" | "SIGTERM") => [...handlers].forEach((stop) => stop(signal));
  return { signals, exits, fire, handlers };
}

/** Memory files whose write of the temporary waits until `finish()` is called. */
function slowFiles() {
  const files = memoryFiles({ "out/chart.svg": "the old chart" });
  let finish = () => {};
  let written = () => {};
  const started = new Promise<void>((resolve) => written = resolve);
  const slow: Files = {
    ...files,
    async writeTextFile(path, text) {
      await files.writeTextFile(path, text);
      written();
      await new Promise<void>((resolve) => finish = resolve);
    },
  };
  return { files, slow, started, finish: () => finish() };
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  Deno.test(`${signal} while writing removes the temporary file, then exits ${code}`, async () => {
    const { signals, exits, fire } = fakeSignals();
    const { files, slow, started, finish } = slowFiles();
    const temporary = "out/.chart.svg.tmp";
    const writing = writeTextFileFor("plot", "out/chart.svg", "<svg/>", slow, {
      temporary,
      signals,
    });
    await started;
    assert.property(files.files, temporary, "the temporary is being written");
    fire(signal);
    await Promise.resolve();
    assert.notProperty(files.files, temporary, "removed at once");
    finish();
    await writing;
    // The handler waits for the operation under way, then removes what it left.
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(exits, [code]);
    assert.notProperty(files.files, temporary, "no temporary file left");
  });
}

Deno.test("an interruption while a write hangs still removes the temporary, within a bound", async () => {
  const { signals, exits, fire } = fakeSignals();
  const { files, slow, started } = slowFiles();
  const temporary = "out/.chart.svg.tmp";
  // The bound is 500 ms by default; 20 here, so that the test waits 50 ms, not 600.
  writeTextFileFor("plot", "out/chart.svg", "<svg/>", slow, { temporary, signals, settleMs: 20 });
  await started;
  fire("SIGINT");
  await new Promise((resolve) => setTimeout(resolve, 50)); // the handler waits at most 20 ms
  assert.deepEqual(exits, [130]);
  assert.deepEqual(files.files, { "out/chart.svg": "the old chart" }, "old file intact, no temp");
});

Deno.test("a write that ends stops listening for signals, and the signals end the process again", async () => {
  const { signals, handlers } = fakeSignals();
  const files = memoryFiles();
  await writeTextFileFor("plot", "out/chart.svg", "<svg/>", files, { signals });
  assert.equal(handlers.size, 0);
  assert.deepEqual(Object.keys(files.files), ["out/chart.svg"]);
  await writeTextFileFor("plot", "bad", "", {
    ...files,
    rename: () => Promise.reject(new Error("x")),
  }, { signals }).catch(() => {});
  assert.equal(handlers.size, 0, "also when it fails");
});

Deno.test("listening for SIGINT and SIGTERM needs no permission", () => {
  const stop = denoSignals.onInterrupt(() => {});
  stop();
  stop(); // twice is harmless
});

Deno.test("checkWritableFor refuses before any work, with the flags that grant access", async () => {
  const asked: string[] = [];
  const denied: Files = {
    ...memoryFiles(),
    permitted: (access, path) => {
      asked.push(`${access} ${path}`);
      return Promise.resolve(access === "read");
    },
  };
  const refusal = (path: string, temporary?: string) =>
    checkWritableFor("plot", path, denied, temporary).then(() => "allowed", (e) => e.message);
  assert.equal(
    await refusal("out/chart.svg"),
    "--plot out/chart.svg: writing it needs write permission, and read permission to move it " +
      "into place; run with --allow-read=out --allow-write=out",
  );
  assert.equal(
    await refusal("README.md", ".README.md.tmp"),
    "--plot README.md: writing it needs write permission, and read permission to move it into " +
      "place; run with --allow-read=README.md,.README.md.tmp " +
      "--allow-write=README.md,.README.md.tmp",
  );
  assert.include(asked, "write README.md");
  assert.equal(await checkWritableFor("plot", "out/x.svg", memoryFiles()), undefined);
  const granted: Files = { ...memoryFiles(), permitted: () => Promise.resolve(true) };
  assert.equal(await checkWritableFor("plot", "out/x.svg", granted), undefined);
});

Deno.test("writing in the working folder needs no access to the folder: only the file and its temporary", async () => {
  const files = memoryFiles({ "README.md": "old" });
  const touched: string[] = [];
  const watched: Files = {
    ...files,
    mkdir: (path) => Promise.reject(new Error(`mkdir ${path}: needs write access to it`)),
    writeTextFile: (path, text) => (touched.push(path), files.writeTextFile(path, text)),
  };
  await writeTextFileFor("update-readme", "README.md", "new", watched, {
    temporary: ".README.md.tmp",
  });
  assert.deepEqual(touched, [".README.md.tmp"]);
  assert.deepEqual(files.files, { "README.md": "new" });
});

Deno.test("checkWritableFor tries the write before any work: a folder that cannot be made is named at once, and nothing is left behind", async () => {
  const files = memoryFiles({ "data/breast_cancer.csv": "x" });
  const granted: Files = {
    ...files,
    permitted: () => Promise.resolve(true),
    mkdir: (path) =>
      path.startsWith("data/breast_cancer.csv")
        ? Promise.reject(new Error(`File exists: mkdir '${path}'`))
        : Promise.resolve(),
  };
  const outcome = (path: string) =>
    checkWritableFor("plot", path, granted).then(() => "allowed", (e) => e.message);
  assert.equal(
    await outcome("data/breast_cancer.csv/x.svg"),
    "--plot data/breast_cancer.csv/x.svg: cannot write it (File exists: mkdir " +
      "'data/breast_cancer.csv')",
  );
  const refused: Files = {
    ...granted,
    writeTextFile: () => Promise.reject(new FileError("denied", "Permission denied")),
  };
  assert.equal(
    await checkWritableFor("plot", "/proc/x.svg", refused).then(() => "allowed", (e) => e.message),
    "--plot /proc/x.svg: the system denies writing there",
  );
  assert.equal(await outcome("out/x.svg"), "allowed");
  assert.deepEqual(files.files, { "data/breast_cancer.csv": "x" }, "the trial file is removed");
});

Deno.test("readDatasetFor reads the data named by a flag; a bad file is one line, a bug is thrown on", async () => {
  const files = memoryFiles({
    "d.csv": "x1,x2,target\n3,1.5,0\n2,1,1\n",
    "bad.csv": "x1,target\n1\n",
  });
  const dataset = await readDatasetFor("data", "d.csv", files);
  assert.deepEqual(dataset.targets, [0, 1]);
  const bad = await readDatasetFor("data", "bad.csv", files).catch((e) => e);
  assert.instanceOf(bad, LessonError);
  assert.include(bad.message, "bad.csv");
  const missing = await readDatasetFor("data", "gone.csv", files).catch((e) => e);
  assert.equal(missing.message, "--data gone.csv: no such file");
  const broken: Files = { ...files, readTextFile: () => Promise.resolve(7 as unknown as string) };
  const bug = await readDatasetFor("data", "d.csv", broken).catch((e) => e);
  assert.instanceOf(bug, TypeError, "not a string: a bug, not a lesson error");
});

Deno.test("readTextFileFor says in words how each file problem went wrong, and throws a bug on", async () => {
  const failing = (error: Error): Files => ({
    ...memoryFiles(),
    readTextFile: () => Promise.reject(error),
  });
  for (
    const [problem, said] of [
      ["denied", "the system denies reading it"],
      ["folder", "is a folder, not a file"],
      ["not a regular file", "is not a regular file (a FIFO, a device or a socket)"],
      ["not found", "no such file"],
      [
        "needs all access",
        "Deno reads this path only with --allow-all; save the data to a file and pass that " +
        "file, with --allow-read for it",
      ],
      ["not permitted", "reading it needs read permission; run with --allow-read=d.csv"],
      ["other", "cannot read it (Input/output error)"],
    ] as const
  ) {
    const error = await readTextFileFor(
      "data",
      "d.csv",
      failing(new FileError(problem, "Input/output error")),
    )
      .catch((e) => e);
    assert.instanceOf(error, LessonError, problem);
    assert.equal(error.message, `--data d.csv: ${said}`);
  }
  const bug = await readTextFileFor("data", "d.csv", failing(new TypeError("a bug"))).catch((e) =>
    e
  );
  assert.instanceOf(bug, TypeError, "not a file problem: thrown on as it is");
});

Deno.test("a write that fails names the flag and how: no permission grants it, the system's refusal, anything else", async () => {
  const failing = (error: Error) => ({
    ...memoryFiles(),
    writeTextFile: () => Promise.reject(error),
  });
  for (
    const [error, said] of [
      [
        new FileError("not permitted", "Requires write access"),
        "writing it needs write permission, and read permission to move it into place; run " +
        "with --allow-read=out --allow-write=out",
      ],
      [new FileError("denied", "Permission denied"), "the system denies writing there"],
      [new FileError("other", "No space left"), "cannot write it (No space left)"],
    ] as const
  ) {
    const failed = await writeTextFileFor("plot", "out/a.svg", "<svg/>", failing(error), {
      signals: fakeSignals().signals,
    }).catch((e) => e);
    assert.instanceOf(failed, LessonError);
    assert.equal(failed.message, `--plot out/a.svg: ${said}`);
  }
});

Deno.test("a write makes the output's folder first, and a failed rename leaves no temporary and is named", async () => {
  const files = memoryFiles();
  const made: string[] = [];
  await writeTextFileFor("plot", "out/deep/a.svg", "<svg/>", {
    ...files,
    mkdir: (path) => (made.push(path), Promise.resolve()),
  }, { signals: fakeSignals().signals });
  assert.deepEqual(made, ["out/deep"]);
  assert.deepEqual(files.files, { "out/deep/a.svg": "<svg/>" });
  const kept = memoryFiles();
  const failed = await writeTextFileFor("plot", "out/b.svg", "<svg/>", {
    ...kept,
    rename: () => Promise.reject(new Error("Device busy")),
  }, { signals: fakeSignals().signals }).catch((e) => e);
  assert.instanceOf(failed, LessonError);
  assert.equal(failed.message, "--plot out/b.svg: cannot write it (Device busy)");
  assert.deepEqual(kept.files, {}, "the temporary is removed");
});

Deno.test("an interruption waits for the write under way, then removes a temporary it made after the signal", async () => {
  const { signals, exits, fire } = fakeSignals();
  const files = memoryFiles();
  let releaseFolder = () => {};
  let folderAsked = () => {};
  const asked = new Promise<void>((resolve) => folderAsked = resolve);
  let exited = () => {};
  const exit = new Promise<void>((resolve) => exited = resolve);
  const slow: Files = {
    ...files,
    mkdir: () => (folderAsked(), new Promise<void>((resolve) => releaseFolder = resolve)),
    rename: () => new Promise<void>(() => {}), // never ends
  };
  const temporary = "out/.a.svg.tmp";
  writeTextFileFor("plot", "out/a.svg", "<svg/>", slow, {
    temporary,
    signals: { ...signals, exit: (code) => (signals.exit(code), exited()) },
    settleMs: 20,
  });
  await asked;
  fire("SIGTERM");
  await Promise.resolve();
  assert.deepEqual(exits, [], "it waits a moment for the write under way");
  releaseFolder();
  await exit;
  assert.deepEqual(exits, [143]);
  assert.deepEqual(files.files, {}, "the temporary written after the signal is removed too");
});

// The folder of a file written at the root is the root, "/": that is what writing it needs
// access to, and what the message grants; a file over the limit names the limit in megabytes, to
// three digits (tools/mutants_list.ts plants the bugs these catch).
Deno.test("a file at the root needs access to /, and the refusal grants exactly that", async () => {
  const asked: string[] = [];
  const denied: Files = {
    ...memoryFiles(),
    permitted: (access, path) => {
      asked.push(`${access} ${path}`);
      return Promise.resolve(access === "read");
    },
  };
  const message = await checkWritableFor("plot", "/chart.svg", denied).then(
    () => "allowed",
    (e) => e.message,
  );
  assert.equal(
    message,
    "--plot /chart.svg: writing it needs write permission, and read permission to move it " +
      "into place; run with --allow-read=/ --allow-write=/",
  );
  assert.deepEqual(asked, ["read /", "write /"]);
});

// The trial write that checkWritableFor makes before any work goes to a file of its own beside
// the output: an output that exists already (last run's chart) is untouched by the check.
Deno.test("checkWritableFor's trial write leaves an existing output as it was", async () => {
  const files = memoryFiles({ "out/chart.svg": "last run's chart" });
  const written: string[] = [];
  const watched: Files = {
    ...files,
    permitted: () => Promise.resolve(true),
    writeTextFile: (path, text) => {
      written.push(path);
      return files.writeTextFile(path, text);
    },
  };
  await checkWritableFor("plot", "out/chart.svg", watched);
  assert.deepEqual(files.files, { "out/chart.svg": "last run's chart" });
  assert.equal(written.length, 1);
  assert.notEqual(written[0], "out/chart.svg", "the trial is not the output itself");
  assert.isTrue(written[0].startsWith("out/"), `${written[0]} is beside the output`);
  assert.match(
    written[0],
    /^out\/\.chart\.svg\.[0-9a-f-]{36}\.tmp$/,
    "hidden, named after it, unique",
  );
  const inHere: string[] = [];
  await checkWritableFor("plot", "chart.svg", {
    ...watched,
    writeTextFile: (path) => (inHere.push(path), Promise.resolve()),
  });
  assert.match(inHere[0], /^\.\/\.chart\.svg\.[0-9a-f-]{36}\.tmp$/, "in the working folder");
});

Deno.test("a file over the limit is named with the limit in megabytes, to three digits", async () => {
  const tooLarge = (limit: number): Files => ({
    ...memoryFiles(),
    readTextFile: () => Promise.reject(new FileTooLargeError(limit)),
  });
  for (
    const [limit, shown] of [[1_500_000, "1.5 MB"], [100_000_000, "100 MB"], [
      123_456,
      "0.123 MB",
    ]] as const
  ) {
    const error = await readTextFileFor("data", "big.csv", tooLarge(limit), limit).catch((e) => e);
    assert.equal(error.message, `--data big.csv: larger than ${shown}, the most --data reads`);
  }
});

Deno.test("checkWritableFor asks for both files when a temporary is named: either refused is refused", async () => {
  for (const refusedPath of ["README.md", ".README.md.tmp"]) {
    for (const refusedAccess of ["read", "write"]) {
      const files: Files = {
        ...memoryFiles(),
        permitted: (access, path) =>
          Promise.resolve(!(access === refusedAccess && path === refusedPath)),
      };
      const outcome = await checkWritableFor("update-readme", "README.md", files, ".README.md.tmp")
        .then(() => "allowed", (e) => e.message);
      assert.include(
        outcome,
        "writing it needs write permission",
        `${refusedAccess} ${refusedPath}`,
      );
    }
  }
});
