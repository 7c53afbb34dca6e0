// Side by side: the project's NeuralNetwork against the tutorial's NumPy code, on the same job.
//
// 1. Training: both sides start from the same weights and bias and pick the same samples, so
//    their 100 cumulative errors must agree (to 1e-9); then each side's training time is the
//    median of several runs after a warm-up, each measured in its own process.
// 2. Whole processes, start-up included: `deno run lessons/03_predict.ts` against
//    `python3 -c "import numpy"` and the tutorial's prediction script, and
//    `deno run lessons/08_train.ts` against the tutorial's training script: the median of
//    several runs after a warm-up.
//
// Run it: deno task compare            (prints the table; python3 with NumPy for the other side)
//         deno task compare:readme     (also writes it into README.md's Performance section)

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { parseArgs } from "node:util";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";

const SCRIPT = "bench/article_numpy.py";
const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
const LEARNING_RATE = 0.1;
const ITERATIONS = 10_000;
const TOLERANCE = 1e-9;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (seconds: number) =>
  seconds < 0.01 ? `${(seconds * 1e3).toFixed(3)} ms` : `${(seconds * 1e3).toFixed(1)} ms`;

/** Runs a command to its end; returns its output, or undefined if the program is missing. */
async function run(command: string, args: string[], stdin?: string) {
  try {
    const child = new Deno.Command(command, {
      args,
      stdin: stdin === undefined ? "null" : "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    if (stdin !== undefined) {
      const writer = child.stdin.getWriter();
      await writer.write(new TextEncoder().encode(stdin));
      await writer.close();
    }
    const { code, stdout, stderr } = await child.output();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return { code, stdout: decode(stdout), stderr: decode(stderr) };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/** The median wall time of a whole command, after `warmup` unmeasured runs. */
async function wallTime(command: string, args: string[], runs: number, warmup = 2) {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const result = await run(command, args);
    const elapsed = (performance.now() - start) / 1e3;
    if (!result || result.code !== 0) {
      throw new Error(`${command} ${args.join(" ")} failed: ${result?.stderr ?? "not found"}`);
    }
    if (i >= warmup) times.push(elapsed);
  }
  return median(times);
}

async function machine(): Promise<string> {
  const lscpu = await run("lscpu", []);
  const model = /^Model name:\s*(.+)$/m.exec(lscpu?.stdout ?? "")?.[1] ?? "unknown CPU";
  return `${model}, ${navigator.hardwareConcurrency} cores, ${Deno.build.os} ${Deno.build.arch}; ` +
    `Deno ${Deno.version.deno}`;
}

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    "update-readme": { type: "boolean" },
    runs: { type: "string", default: "7" },
    seed: { type: "string", default: "42" },
  },
  strict: true,
});
const runs = Number(flags.runs);
const seed = Number(flags.seed);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`Invalid --runs "${flags.runs}"`);

// The job: the default network's seeded starting parameters and 10,000 seeded sample picks.
const start = new NeuralNetwork({ learningRate: LEARNING_RATE, random: seededRandom(seed) });
const random = seededRandom(seed + 1);
const picks = Array.from({ length: ITERATIONS }, () => Math.floor(random() * inputs.length));
const job = { weights: start.weights, bias: start.bias, picks };

/** Trains the project's network on the job; random() replays the picks, one call per iteration. */
function trainDeno(): number[] {
  let k = 0;
  const network = new NeuralNetwork({
    learningRate: LEARNING_RATE,
    weights: job.weights,
    bias: job.bias,
    random: () => (picks[k++] + 0.5) / inputs.length,
  });
  return network.train(inputs, targets, ITERATIONS);
}

const denoErrors = trainDeno();
for (let i = 0; i < 50; i++) trainDeno(); // warm-up: let the JIT compile the loop
const denoTimes: number[] = [];
for (let i = 0; i < runs * 10; i++) {
  const t0 = performance.now();
  trainDeno();
  denoTimes.push((performance.now() - t0) / 1e3);
}
const denoTrain = median(denoTimes);

const rows: string[][] = [];
const notes: string[] = [];
const python = await run(
  "python3",
  [SCRIPT, "compare"],
  JSON.stringify({ ...job, learning_rate: LEARNING_RATE, iterations: ITERATIONS, runs }),
);
const pythonOk = python !== undefined && python.code === 0;
if (python === undefined) {
  notes.push("python3 is missing: the NumPy side was skipped (Debian: python3-numpy).");
} else if (python.code !== 0) {
  const why = python.stderr.includes("No module named") ? "NumPy is missing" : python.stderr.trim();
  notes.push(`${why}: the NumPy side was skipped (Debian: python3-numpy).`);
}

/** A table row: the measure, both sides' times, the ratio and the target. */
function row(measure: string, denoSeconds: number, numpySeconds?: number, target = "") {
  const ratio = numpySeconds === undefined ? "" : numpySeconds / denoSeconds;
  const shown = typeof ratio === "number"
    ? `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}x faster`
    : "";
  rows.push([
    measure,
    ms(denoSeconds),
    numpySeconds === undefined ? "skipped" : ms(numpySeconds),
    shown,
    target,
  ]);
}

let numpyInfo = "";
let numpyTrain: number | undefined;
if (pythonOk) {
  const result = JSON.parse(python.stdout);
  numpyInfo = `; Python ${result.python}, NumPy ${result.numpy}`;
  const worst = Math.max(...denoErrors.map((e, i) => Math.abs(e - result.errors[i])));
  if (result.errors.length !== denoErrors.length || !(worst <= TOLERANCE)) {
    console.error(
      `The trajectories differ: largest difference ${worst} over ${denoErrors.length} errors`,
    );
    Deno.exit(1);
  }
  notes.push(
    `Both sides' 100 cumulative errors agree: largest difference ${worst.toExponential(1)}` +
      ` (tolerance ${TOLERANCE}).`,
  );
  numpyTrain = median(result.seconds);
}
row("Training, 10,000 iterations (in process)", denoTrain, numpyTrain, "at least 100x");

// Whole processes, start-up included.
const python3 = async (args: string[]) =>
  pythonOk ? await wallTime("python3", args, runs) : undefined;
const predict = await wallTime("deno", ["run", "lessons/03_predict.ts"], runs);
row(
  '`deno run lessons/03_predict.ts` vs `python3 -c "import numpy"`',
  predict,
  await python3(["-c", "import numpy"]),
  "faster than importing NumPy",
);
row(
  "`deno run lessons/03_predict.ts` vs the tutorial's prediction script",
  predict,
  await python3([SCRIPT, "predict"]),
);
row(
  "`deno run lessons/08_train.ts` vs the tutorial's training script",
  await wallTime("deno", ["run", "lessons/08_train.ts"], runs),
  await python3([SCRIPT, "train"]),
);

const table = [
  "| Measure | Deno | NumPy | Ratio | Target |",
  "| --- | --- | --- | --- | --- |",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
const report = [
  `Measured on ${await machine()}${numpyInfo}, ${
    new Date().toISOString().slice(0, 10)
  }. Medians of ${runs} runs (training in process: ${runs * 10} runs for Deno) after a warm-up.`,
  "",
  table,
  "",
  ...notes,
].join("\n");
console.log(report);

if (flags["update-readme"]) {
  const readme = await Deno.readTextFile("README.md");
  const begin = "<!-- performance:begin -->";
  const end = "<!-- performance:end -->";
  const [head, rest] = readme.split(begin);
  if (rest === undefined || !rest.includes(end)) {
    throw new Error(`README.md has no ${begin} ... ${end} section to update`);
  }
  const tail = rest.slice(rest.indexOf(end));
  await Deno.writeTextFile("README.md", `${head}${begin}\n${report}\n${tail}`);
  console.log("\nUpdated the Performance section of README.md");
}
