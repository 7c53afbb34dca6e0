// The comparison script takes its flags like the lessons do: every mistake is one line and exit
// code 2, every missing permission one line and exit code 1, before anything is measured. These
// tests run it in process, without permissions, so nothing is measured here.

import { assert } from "chai";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { MAX_SEED } from "../lib/random/seed.ts";
import { LessonError } from "../runtime/cli.ts";
import { denoFiles } from "../runtime/io.ts";
import { runLesson } from "../runtime/testing.ts";
import { inputs, makeJob, targets, trainerFor } from "./_job.ts";
import { startNumpyServer } from "./_numpy_server.ts";
import {
  agreement,
  alternate,
  count,
  denoAlone,
  main,
  ratio,
  spread,
  summary,
  withSection,
} from "./compare.ts";

/** Asserts one line on stderr containing `message`, nothing on stdout, and the exit code. */
async function expectError(args: string[], code: number, message: string) {
  const { code: exit, out, err } = await runLesson(main, args, denoFiles);
  assert.equal(exit, code, `exit code for ${args.join(" ")}`);
  assert.deepEqual(out, []);
  assert.lengthOf(err, 1, `one line for ${args.join(" ")}`);
  assert.include(err[0], message);
  assert.notInclude(err[0], "    at ", "no stack trace");
}

Deno.test("a mistake on the command line is one line and exit code 2, never a stack trace", async () => {
  await expectError(["--bogus"], 2, "Error: Unknown flag --bogus. Run with --help for usage.");
  const runs = "expected a whole number from 1 to 100";
  await expectError(["--runs", "abc"], 2, `Invalid --runs "abc": ${runs}`);
  await expectError(["--runs", "0"], 2, `Invalid --runs "0": ${runs}`);
  await expectError(["--runs", "101"], 2, `Invalid --runs "101": ${runs}`);
  await expectError(["--seed", "-1"], 2, `Invalid --seed "-1"`);
  await expectError(["--runs", "2.5"], 2, `Invalid --runs "2.5": ${runs}`);
  const seed = "expected a whole number from 0 to 4294967295";
  await expectError(["--seed", "abc"], 2, `Invalid --seed "abc": ${seed}`);
  await expectError(["--seed="], 2, `Invalid --seed "": ${seed}`);
  await expectError(["--seed", "4294967296"], 2, `Invalid --seed "4294967296"`);
  await expectError(["7"], 2, 'Unexpected argument "7"');
  await expectError(["--update-readme=yes"], 2, "--update-readme takes no value");
});

Deno.test("--help prints the flags, their defaults and the tasks, within 80 columns: exit 0", async () => {
  const { code, out, err } = await runLesson(main, ["--help"]);
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const help = out.join("\n").replace(/\n {20,}/g, " "); // unwrap the wrapped descriptions
  for (const line of out.join("\n").split("\n")) assert.isAtMost(line.length, 80, line);
  assert.match(help, /--runs N .*\(default: 7;/);
  assert.match(help, /--seed N .*\(default: 42;/);
  assert.include(help, "--update-readme");
  assert.include(help, "deno task compare:readme");
});

const runGranted = (await Deno.permissions.query({ name: "run", command: "deno" })).state ===
  "granted";

Deno.test({
  name: "without permission to run the programs it stops before measuring: exit 1",
  ignore: runGranted,
  fn: async () => {
    for (const args of [[], ["--seed", "4294967295"], ["--runs", "100"]]) {
      await expectError(
        args,
        1,
        "Error: running deno needs --allow-run=deno,python3,lscpu; run it as deno task compare",
      );
    }
  },
});

Deno.test({
  name: "--update-readme without permission to write README.md stops before measuring: exit 1",
  ignore: (await Deno.permissions.query({ name: "write", path: "README.md" })).state === "granted",
  fn: async () => {
    await expectError(
      ["--update-readme"],
      1,
      "Error: --update-readme README.md: writing it needs write permission, and read " +
        "permission to move it into place; run with --allow-read=README.md,.README.md.tmp " +
        "--allow-write=README.md,.README.md.tmp, as deno task compare:readme does",
    );
  },
});

Deno.test("the job is lesson 08's default run: same start, same picks, same errors", () => {
  const lesson08 = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(42) });
  assert.deepEqual(trainerFor(makeJob(42))(), lesson08.train(inputs, targets, 10_000));
});

Deno.test("the largest seed makes a job (it used to crash on seed + 1)", () => {
  const job = makeJob(MAX_SEED);
  assert.lengthOf(job.picks, 10_000);
  assert.isTrue(job.picks.every((pick) => Number.isInteger(pick) && pick >= 0 && pick < 8));
  assert.lengthOf(trainerFor(job)(), 100);
});

Deno.test("the trajectories must agree within 1e-9, in length and in every value", () => {
  assert.closeTo(agreement([1, 2], [1, 2 + 1e-12]), 1e-12, 1e-15);
  assert.throws(() => agreement([1, 2], [1, 2.1]), LessonError, "largest difference");
  // At the tolerance's edge: 1e-9 apart agrees, just more than 1e-9 does not (a tolerance of
  // 1e-8 or 1e-6 would let it through).
  assert.strictEqual(agreement([0], [1e-9]), 1e-9);
  assert.throws(() => agreement([0], [1.1e-9]), LessonError, "tolerance 1e-9");
  assert.throws(() => agreement([1, 2], [1]), LessonError, "2 and 1 values");
  assert.throws(() => agreement([1], [1, 2]), LessonError, "1 and 2 values");
  assert.throws(() => agreement([1, NaN], [1, 2]), LessonError, "differ");
});

Deno.test("each figure is the median with the fastest and the slowest run", () => {
  assert.equal(spread([0.000455, 0.000431, 0.000702]), "0.455 ms (0.431–0.702)");
  assert.equal(spread([0.0516, 0.0471, 0.0803, 0.049]), "50.3 ms (47.1–80.3)");
  assert.equal(spread([0.00612]), "6.12 ms (6.12–6.12)");
  assert.equal(spread([0.4764, 0.5]), "488 ms (476–500)");
  assert.equal(ratio([0.000455], [0.0516]), "113x faster");
  assert.equal(ratio([0.0732], [0.4764]), "6.5x faster");
  assert.equal(ratio([0.5], [0.4]), "0.8x");
});

Deno.test("the ratio at its edges: equal medians are not slower, and 10 times is whole", () => {
  // Deno is the slower side only below 1: equal medians read "1.0x faster", never "slower".
  assert.equal(ratio([0.25, 0.5, 0.75], [0.5]), "1.0x faster");
  assert.notInclude(summary("43x faster", "15x faster", ratio([0.5], [0.5])), "slower");
  assert.equal(ratio([0.5], [0.45]), "0.9x");
  // From 10 on, whole numbers: 10x, not 10.0x; just below, one decimal.
  assert.equal(ratio([0.1], [1]), "10x faster");
  assert.equal(ratio([0.1], [0.98]), "9.8x faster");
});

Deno.test("the README changes only between its performance markers", () => {
  const readme =
    "# T\n\nbefore\n\n<!-- performance:begin -->\nold\n<!-- performance:end -->\n\nafter\n";
  assert.equal(
    withSection(readme, "new table\n"),
    "# T\n\nbefore\n\n<!-- performance:begin -->\n\nnew table\n\n<!-- performance:end -->\n\nafter\n",
  );
  assert.throws(() => withSection("# T\n", "x"), LessonError, "has no <!-- performance:begin -->");
  assert.throws(
    () => withSection("<!-- performance:end -->\n<!-- performance:begin -->\n", "x"),
    LessonError,
  );
});

Deno.test("the summary says faster only when Deno is faster, and slower when a ratio is below 1", () => {
  const slow = [1, 1, 1];
  const fast = [0.5, 0.5, 0.5];
  assert.equal(ratio(slow, fast), "0.5x");
  const text = summary("43x faster", "15x faster", ratio(slow, fast));
  assert.include(text, "is 43x faster against its NumPy code and 15x faster against the same");
  assert.include(
    text,
    "Lesson 12's digits network is slower than the same network in NumPy, 0.5x as fast:",
  );
  assert.notInclude(text, "0.5x faster");
  assert.notInclude(text, "0.5x against");
  assert.include(
    summary("43x faster", "0.9x", "2.0x faster"),
    "slower than the same loop in plain Python, 0.9x as fast",
  );
});

Deno.test("counts in the table's notes: one run, seven runs, seven processes", () => {
  assert.equal(count(1, "run"), "1 run");
  assert.equal(count(7, "run"), "7 runs");
  assert.equal(count(1, "process"), "1 process");
  assert.equal(count(7, "process"), "7 processes");
});

Deno.test("below 100 ms a time has three significant digits, from 100 ms on whole milliseconds", () => {
  assert.equal(spread([0.0995]), "99.5 ms (99.5–99.5)");
  assert.equal(spread([0.1004]), "100 ms (100–100)");
  assert.equal(spread([0.1236]), "124 ms (124–124)");
});

Deno.test("the measures take turns, round by round; the warm-up rounds are not kept, several times count each", async () => {
  const order: string[] = [];
  let a = 0;
  let b = 0;
  const times = await alternate(2, 1, [
    () => {
      if (order.push("a") > 20) throw new Error("more than 20 rounds: the turns do not end");
      return ++a;
    },
    async () => (order.push("b"), await Promise.resolve([10 * ++b, 10 * b + 1])),
  ]);
  assert.deepEqual(order, ["a", "b", "a", "b", "a", "b"], "turns: one round is each measure once");
  assert.deepEqual(times, [[2, 3], [20, 21, 30, 31]], "the first round, the warm-up, is left out");
  assert.deepEqual(await alternate(1, 0, [() => 5]), [[5]], "no warm-up: every round kept");
});

Deno.test("without NumPy, Deno's side alone is timed as often as beside it: 3 warm rounds a run, no warm-up", () => {
  let trainings = 0;
  const train = () => (trainings++, [1]);
  assert.lengthOf(denoAlone(train, 2, 10), 60, "2 runs, 3 rounds each, 10 trainings a round");
  assert.equal(trainings, 60, "every training timed, none a warm-up");
  assert.lengthOf(denoAlone(train, 1, 1), 3, "the full batch: one training a round");
});

Deno.test({
  name: "without permission to run python3 the NumPy side is skipped, saying why",
  ignore: (await Deno.permissions.query({ name: "run", command: "python3" })).state === "granted",
  fn: async () => {
    assert.equal(
      await startNumpyServer("bench/article_numpy.py", {}),
      "python3 is not allowed to run",
    );
  },
});
