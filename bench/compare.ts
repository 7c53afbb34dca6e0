// Side by side: the project's NeuralNetwork against the tutorial's NumPy code, on the same job.
//
// 1. Training, lesson 08's default run: both sides start from the same weights and bias and pick
//    the same samples, so their 100 cumulative errors must agree (to 1e-9). Each side's training
//    is timed warm (in process, after a warm-up: the loop at full speed, in CPU time) and cold
//    (the first training in a fresh process, in wall time: what a learner's single run waits).
//    Warm, the same job also runs as the same loop in plain Python (bench/article_python.py):
//    on two-number vectors most of NumPy's time is its cost per call, not arithmetic, and the
//    plain loop shows how much. And lesson 14's full-batch descent against the same descent
//    vectorised in NumPy (bench/batch_numpy.py): whole arrays per call, NumPy's own ground.
// 2. Whole processes, start-up included: `deno run lessons/03_predict.ts` against
//    `python3 -c "import numpy"` and the tutorial's prediction script, and
//    `deno run lessons/08_train.ts` against the tutorial's training script.
//
// Every figure is the median of several runs with their spread, the fastest and the slowest: on
// a shared machine one run says little. The two sides take turns, run by run, so that a change
// in the machine's load falls on both alike instead of on whichever side ran at that moment.
//
// Run it: deno task compare            (prints the table; python3 with NumPy for the other side)
//         deno task compare:readme     (also writes it into README.md's Performance section)

import {
  defineLesson,
  type FlagValues,
  LessonError,
  lessonMain,
  seedFlag,
} from "../runtime/cli.ts";
import { checkWritableFor, readTextFileFor, writeTextFileFor } from "../runtime/files.ts";
import type { Files, Io } from "../runtime/io.ts";
import { printable } from "../lib/data/_printable.ts";
import process from "node:process";
import { batchJobFor, type Job, makeJob, trainerFor } from "./_job.ts";
import { agreement, compareDigits, TOLERANCE } from "./compare_digits.ts";
import { startNumpyServer } from "./_numpy_server.ts";
import { withSection as withNamedSection } from "./readme_section.ts";

export { agreement } from "./compare_digits.ts";

const NUMPY_SCRIPT = "bench/article_numpy.py";
const PYTHON_SCRIPT = "bench/article_python.py";
const BATCH_SCRIPT = "bench/batch_numpy.py";
const COLD_SCRIPT = "bench/cold_training.ts";
const README = "README.md";
/** Beside README.md, so that the task can allow exactly these two paths. */
const README_TEMPORARY = ".README.md.tmp";
/** The programs this script starts, as the task allows them; only deno is indispensable. */
const PROGRAMS = ["deno", "python3", "lscpu"];
/** Warm rounds per requested run; in each round NumPy trains once and Deno 10 times (it is fast). */
const WARM_ROUNDS = 3;
const DENO_PER_ROUND = 10;
const DENO_WARMUP = 50;
const NUMPY_WARMUP = 2;
const PROCESS_WARMUP = 2;

/** Some measured times, in seconds. */
type Times = readonly number[];

const median = (values: Times) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fastest = (values: Times) => values.reduce((a, b) => Math.min(a, b), Infinity);
const slowest = (values: Times) => values.reduce((a, b) => Math.max(a, b), -Infinity);

/** Milliseconds with three significant digits, or whole: 0.455, 6.12, 51.6, 476, 1204. */
const milliseconds = (seconds: number) => {
  const ms = seconds * 1e3;
  return ms < 100 ? ms.toPrecision(3) : ms.toFixed(0);
};

/** "1 run", "7 runs", "7 processes". */
export const count = (n: number, noun: string): string =>
  `${n} ${noun}${n === 1 ? "" : noun.endsWith("s") ? "es" : "s"}`;

/** "0.455 ms (0.431–0.702)": the median, then the fastest and the slowest run. */
export function spread(times: Times): string {
  return `${milliseconds(median(times))} ms ` +
    `(${milliseconds(fastest(times))}–${milliseconds(slowest(times))})`;
}

/** How many times faster Deno's median is: "102x faster", or "0.8x" when it is slower. */
export function ratio(deno: Times, numpy: Times): string {
  const r = median(numpy) / median(deno);
  const shown = r >= 10 ? `${Math.round(r)}x` : `${r.toFixed(1)}x`;
  return r >= 1 ? `${shown} faster` : shown;
}

/**
 * The ratios in words, from the table's own figures: the README's prose quotes no other.
 *
 * @example The sentence for a run
 * ```ts
 * import { summary } from "./compare.ts";
 * summary("43x faster", "15x faster", "2.0x faster").startsWith("In short: warm,"); // true
 * ```
 */
export function summary(numpy: string, python: string, digits: string): string {
  // A ratio below 1 has no "faster" (see ratio): Deno is then the slower side, and says so.
  const against = (shown: string, other: string) =>
    shown.endsWith(" faster")
      ? `${shown} against ${other}`
      : `slower than ${other}, ${shown} as fast`;
  return `In short: warm, the tutorial's training is ${against(numpy, "its NumPy code")} and ` +
    `${against(python, "the same loop in plain Python")}. Lesson 12's digits network is ` +
    `${against(digits, "the same network in NumPy")}: its arrays, an image's 64 pixels and a ` +
    `hidden layer's units, spread NumPy's cost per call over many numbers, so the ratio is ` +
    `smaller.`;
}

/** What a program printed, or undefined if the program is not installed. */
interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, with `stdin` as its input. */
async function run(command: string, args: string[], stdin?: string): Promise<Output | undefined> {
  try {
    const child = new Deno.Command(command, {
      args,
      stdin: stdin === undefined ? "null" : "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    if (stdin !== undefined) {
      // A program that ends without reading its input breaks the pipe: its exit code tells why.
      const writer = child.stdin.getWriter();
      await writer.write(new TextEncoder().encode(stdin)).catch(() => {});
      await writer.close().catch(() => {});
    }
    const { code, stdout, stderr } = await child.output();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return { code, stdout: decode(stdout), stderr: decode(stderr) };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/** Runs a command that must succeed; its failure is one line with its first line of errors. */
async function mustRun(command: string, args: string[], stdin?: string): Promise<string> {
  const result = await run(command, args, stdin);
  if (result === undefined) throw new LessonError(`${command} is not installed`);
  if (result.code !== 0) {
    const why = result.stderr.trim().split("\n").at(-1) ?? "";
    throw new LessonError(
      `\`${command} ${args.join(" ")}\` failed with exit code ${result.code}: ${printable(why)}`,
    );
  }
  return result.stdout;
}

/** Something to time: it returns its time in seconds, or several times for several runs. */
export type Measure = () => Promise<number | Times> | number | Times;

/**
 * Takes each measure in turn, round after round, so that the machine's load at any moment falls
 * on all of them alike; the first `warmup` rounds are not kept.
 *
 * @returns Each measure's times, in the order of `measures`.
 */
export async function alternate(
  rounds: number,
  warmup: number,
  measures: Measure[],
): Promise<Times[]> {
  const times: number[][] = measures.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [i, measure] of measures.entries()) {
      const result = await measure();
      if (round >= warmup) times[i].push(...(typeof result === "number" ? [result] : result));
    }
  }
  return times;
}

/** The wall time of one run of a whole command, start-up included. */
const wallTime = (command: string, args: string[]) => async () => {
  const start = performance.now();
  await mustRun(command, args);
  return (performance.now() - start) / 1e3;
};

/** Checks another run's cumulative errors against Deno's first ones. */
type Check = (errors: readonly number[]) => void;

/** The first training in a fresh process, timed by that process; its errors are checked. */
const coldTime = (command: string, args: string[], job: Job, check: Check) => async () => {
  const result = JSON.parse(await mustRun(command, args, JSON.stringify(job)));
  check(result.errors);
  return result.seconds as number;
};

/**
 * Deno's warm training: `count` runs in this process, each timed in CPU time of the process (as
 * the NumPy side is), which the moments when another program has the core do not count.
 */
function denoRuns(train: () => number[], count: number): Times {
  return Array.from({ length: count }, () => {
    const start = process.cpuUsage();
    train();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1e6;
  });
}

/**
 * Deno's warm runs when the NumPy side is skipped: as many as it would have beside NumPy, `runs`
 * times the warm rounds, `perRound` runs a round; V8 has compiled the loop before, so none of them
 * is a warm-up.
 */
export function denoAlone(train: () => number[], runs: number, perRound: number): Times {
  return denoRuns(train, runs * WARM_ROUNDS * perRound);
}

/** The NumPy side in one long-lived process, that trains once each time it is asked. */
interface NumpyServer {
  versions: string;
  /** Trains once; its errors, checked against Deno's, and its time. */
  train(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts `python3 SCRIPT serve` (the tutorial's NumPy code, or the same loop in plain Python)
 * with the job; each training's errors are checked against Deno's.
 *
 * @returns The server, or why the NumPy side is skipped (python3 or NumPy missing).
 */
async function startNumpy(
  script: string,
  job: unknown,
  check: Check,
): Promise<NumpyServer | string> {
  const server = await startNumpyServer(script, job);
  if (typeof server === "string") return server;
  return {
    versions: server.versions,
    async train() {
      const { errors, seconds } = await server.run();
      check(errors);
      return seconds;
    },
    close: () => server.close(),
  };
}

/** The CPU, the cores, the system and the versions, for the line above the table. */
async function machine(): Promise<string> {
  const lscpu = await mayRun("lscpu") ? await run("lscpu", []) : undefined;
  const model = /^Model name:\s*(.+)$/m.exec(lscpu?.stdout ?? "")?.[1] ?? "unknown CPU";
  return `${model}, ${navigator.hardwareConcurrency} cores, ${Deno.build.os} ${Deno.build.arch}; ` +
    `Deno ${Deno.version.deno}`;
}

/**
 * Checks every permission the run needs before measuring anything: starting the programs, and
 * for --update-readme reading and writing README.md and its temporary file.
 *
 * @throws {LessonError} Naming the permission that is missing and the task that grants it.
 */
async function checkPermissions(updateReadme: boolean, files: Files): Promise<void> {
  if (updateReadme) {
    await checkWritableFor("update-readme", README, files, README_TEMPORARY).catch((error) => {
      throw new LessonError(`${error.message}, as deno task compare:readme does`);
    });
  }
  if (!await mayRun("deno")) {
    throw new LessonError(
      `running deno needs --allow-run=${PROGRAMS.join(",")}; run it as deno task compare`,
    );
  }
}

/** Whether this process may start `command` (false too when it is not installed). */
async function mayRun(command: string): Promise<boolean> {
  return (await Deno.permissions.query({ name: "run", command })).state === "granted";
}

/** The README with `section` between the performance markers, the rest as it was. */
export function withSection(readme: string, section: string): string {
  try {
    return withNamedSection(readme, "performance", section);
  } catch (error) {
    throw error instanceof RangeError ? new LessonError(error.message) : error;
  }
}

/** Markdown as `deno fmt` writes it, so that `deno fmt --check` passes after the update. */
async function formatMarkdown(text: string): Promise<string> {
  return await mustRun("deno", ["fmt", "--ext=md", "-"], text);
}

/** Measures both sides, prints the table, and writes it into the README if asked. */
async function compare(
  { runs, seed, updateReadme }: FlagValues<typeof spec.flags>,
  io: Io,
  files: Files,
): Promise<void> {
  await checkPermissions(updateReadme, files);
  const job = makeJob(seed);
  const train = trainerFor(job);
  const errors = train();
  let worst = 0;
  const check: Check = (other) => worst = Math.max(worst, agreement(errors, other));
  const notes: string[] = [];

  // Training, warm: all sides in process, taking turns; each Python side once a round, Deno 10
  // times. The tutorial's NumPy code, and the same loop in plain Python: on two-number vectors
  // NumPy's cost per call is most of its time, which the plain loop shows.
  for (let i = 0; i < DENO_WARMUP; i++) train(); // let V8 compile the loop
  const numpy = await mayRun("python3")
    ? await startNumpy(NUMPY_SCRIPT, job, check)
    : "python3 is missing, or not allowed (deno task compare allows it)";
  let warm: { deno: Times; numpy?: Times; python?: Times };
  if (typeof numpy === "string") {
    notes.push(`${numpy}: the NumPy side was skipped (Debian: python3-numpy).`);
    warm = { deno: denoAlone(train, runs, DENO_PER_ROUND) };
  } else {
    const python = await startNumpy(PYTHON_SCRIPT, job, check);
    try {
      if (typeof python === "string") throw new LessonError(`${PYTHON_SCRIPT}: ${python}`);
      const [deno, other, plain] = await alternate(runs * WARM_ROUNDS, NUMPY_WARMUP, [
        () => denoRuns(train, DENO_PER_ROUND),
        numpy.train,
        python.train,
      ]);
      warm = { deno, numpy: other, python: plain };
    } finally {
      await numpy.close();
      if (typeof python !== "string") await python.close();
    }
  }

  if (warm.numpy && warm.python) {
    notes.push(
      `What the two warm ratios measure: on two-number vectors NumPy's arithmetic is tiny and ` +
        `its cost per call (making arrays, dispatching each operation) is most of its time: ` +
        `the same loop in plain Python floats takes ${milliseconds(median(warm.python))} ms ` +
        `against the NumPy code's ${milliseconds(median(warm.numpy))} ms (medians). ` +
        `The ratio against plain Python compares the ` +
        `interpreter with V8's compiled code on the same arithmetic; the ratio against NumPy ` +
        `measures mostly NumPy's cost per call, which large arrays would spread over many numbers.`,
    );
  }

  // Lesson 14's full batch: the same descent vectorised in NumPy, the work NumPy is made for.
  const batch = batchJobFor(seed);
  const batchErrors = batch.train();
  let batchWorst = 0;
  const batchCheck: Check = (other) =>
    batchWorst = Math.max(batchWorst, agreement(batchErrors, other));
  const batchNumpy = typeof numpy === "string"
    ? undefined
    : await startNumpy(BATCH_SCRIPT, batch.job, batchCheck);
  let batchTimes: { deno: Times; numpy?: Times };
  for (let i = 0; i < 5; i++) batch.train(); // let V8 compile the loop
  if (batchNumpy === undefined || typeof batchNumpy === "string") {
    batchTimes = { deno: denoAlone(batch.train, runs, 1) };
  } else {
    try {
      const [deno, other] = await alternate(runs * WARM_ROUNDS, NUMPY_WARMUP, [
        () => denoRuns(batch.train, 1),
        batchNumpy.train,
      ]);
      batchTimes = { deno, numpy: other };
    } finally {
      await batchNumpy.close();
    }
    notes.push(
      `Lesson 14's full batch: both sides' 100 cumulative errors agree, largest difference ` +
        `${batchWorst.toExponential(1)} (tolerance ${TOLERANCE}). Each NumPy step is a few ` +
        `array operations over all eight points at once (bench/batch_numpy.py), as NumPy is ` +
        `meant to be used; Deno runs lesson 14's own code.`,
    );
  }

  // Training, cold: the first training in fresh processes, the two sides in turn.
  const coldDeno = coldTime("deno", ["run", COLD_SCRIPT], job, check);
  const coldNumpy = coldTime("python3", [NUMPY_SCRIPT, "cold"], job, check);
  const measured = typeof numpy === "string" ? 1 : 2;
  const cold = await alternate(runs, 0, [coldDeno, coldNumpy].slice(0, measured));
  if (measured === 2) {
    notes.push(
      `Both sides' 100 cumulative errors agree in every warm and cold run: largest ` +
        `difference ${worst.toExponential(1)} (tolerance ${TOLERANCE}).`,
    );
  }

  // Whole processes, start-up included, the five commands in turn.
  const processes = await alternate(
    runs,
    PROCESS_WARMUP,
    [
      wallTime("deno", ["run", "lessons/03_predict.ts"]),
      wallTime("deno", ["run", "lessons/08_train.ts"]),
      wallTime("python3", ["-c", "import numpy"]),
      wallTime("python3", [NUMPY_SCRIPT, "predict"]),
      wallTime("python3", [NUMPY_SCRIPT, "train"]),
    ].slice(0, measured === 2 ? 5 : 2),
  );
  const [predict, lesson08, importNumpy, numpyPredict, numpyTrain] = processes;

  const rows: string[][] = [];
  const row = (measure: string, deno: Times, other?: Times) =>
    rows.push([
      measure,
      spread(deno),
      other ? spread(other) : "skipped",
      other ? ratio(deno, other) : "",
    ]);
  row(
    "Training, 10,000 iterations, warm (in process): the tutorial's NumPy code",
    warm.deno,
    warm.numpy,
  );
  if (warm.python) {
    row(
      "Training, 10,000 iterations, warm: the same loop in plain Python",
      warm.deno,
      warm.python,
    );
  }
  row(
    `Lesson 14's full-batch descent, ${batch.job.steps.toLocaleString("en")} steps, warm: ` +
      "vectorised NumPy",
    batchTimes.deno,
    batchTimes.numpy,
  );
  row("Training, 10,000 iterations, cold (first in a process)", cold[0], cold[1]);
  row(
    '`deno run lessons/03_predict.ts` vs `python3 -c "import numpy"`',
    predict,
    importNumpy,
  );
  row(
    "`deno run lessons/03_predict.ts` vs the tutorial's prediction script",
    predict,
    numpyPredict,
  );
  row("`deno run lessons/08_train.ts` vs the tutorial's training script", lesson08, numpyTrain);
  // Lesson 12's network against the same algorithm in NumPy: a few rounds, each some seconds.
  const digits = await compareDigits(Math.min(runs, 3), seed);
  row(
    digits.measure,
    digits.deno,
    typeof digits.numpy === "string" ? undefined : digits.numpy,
  );
  notes.push(
    typeof digits.numpy === "string"
      ? `${digits.numpy}: the digits' NumPy side was skipped.`
      : digits.note,
  );
  const versions = typeof numpy === "string" ? "" : numpy.versions;
  if (warm.numpy && warm.python && typeof digits.numpy !== "string") {
    notes.unshift(summary(
      ratio(warm.deno, warm.numpy),
      ratio(warm.deno, warm.python),
      ratio(digits.deno, digits.numpy),
    ));
  }

  const report = [
    `Measured on ${await machine()}${versions}, ${
      new Date().toISOString().slice(0, 10)
    }, with seed ${seed}.`,
    "",
    "| Measure | Deno: median (fastest–slowest) | Python: median (fastest–slowest) | Ratio |",
    "| --- | --- | --- | --- |",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    `Warm: in process, after a warm-up, in CPU time, which the moments when another program ` +
    `has the core do not count (${count(runs * WARM_ROUNDS * DENO_PER_ROUND, "run")} for Deno, ` +
    `${count(runs * WARM_ROUNDS, "run")} for NumPy). Cold: the first training in a fresh ` +
    `process, in wall time: what a learner's single run waits for it ` +
    `(${count(runs, "process")} each). Whole processes: wall time, ${count(runs, "run")} each, ` +
    `after ${PROCESS_WARMUP} unmeasured. The two sides take turns, run by run, so that the ` +
    `machine's load falls on both alike; the ratio compares the medians.`,
    ...notes.map((note) => `\n${note}`),
  ].join("\n");
  io.log(report);

  if (updateReadme) {
    const readme = await readTextFileFor("update-readme", README, files);
    const updated = withSection(readme, await formatMarkdown(report));
    await writeTextFileFor("update-readme", README, updated, files, {
      temporary: README_TEMPORARY,
    });
    io.log("");
    io.log(`Updated the Performance section of ${README}`);
  }
}

// The command line, in the lessons' shape: the same flag spec, runner and exit codes.
export const spec = defineLesson({
  summary: "The project's network against the tutorial's NumPy code: times, side by side.",
  flags: {
    runs: {
      kind: "whole",
      default: 7,
      min: 1,
      max: 100,
      help: "Measured runs of each measure (warm training: 10x as many for Deno, 3x for NumPy)",
    },
    seed: seedFlag("Seed of the starting weights and the sample picks, as in lesson 08"),
    updateReadme: {
      kind: "switch",
      help: "Also write the table into README.md's Performance section",
    },
  },
  examples: [
    "deno task compare",
    "deno task compare --runs 15 --seed 7",
    "deno task compare:readme   (the same, with --update-readme)",
  ],
});

export const main = lessonMain(import.meta.url, spec, compare);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
