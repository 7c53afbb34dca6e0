import { assert } from "chai";
import { MAX_SEED } from "../lib/random/seeded_random.ts";
import { defineLesson, type FlagValues, helpText, lessonMain, seedFlag } from "./cli.ts";
import { main as lesson07 } from "../lessons/07_neural_network.ts";
import { runLesson } from "./testing.ts";

// A small lesson of our own, with a flag of each kind and bound, that records every run.
const spec = defineLesson({
  summary: "A lesson for the tests of the flag spec.",
  flags: {
    learningRate: {
      kind: "number",
      default: 0.1,
      above: 0,
      value: "RATE",
      help: "Step size of gradient descent",
    },
    fraction: { kind: "number", default: 0.2, above: 0, max: 0.5, help: "A share of the data" },
    iterations: {
      kind: "whole",
      default: 10_000,
      min: 1,
      max: 100_000_000,
      help: "How many training steps",
    },
    seed: seedFlag("Seed of the sample picks"),
    input: { kind: "list", default: [2, 1.5], length: 2, min: -10, max: 10, help: "A point" },
    quiet: { kind: "switch", help: "Print less" },
  },
  examples: ["deno run lessons/99_flags.ts --seed 7"],
});
const command = "deno run lessons/99_flags.ts";

/** Runs the lesson with `args`; `ran` holds the flags of every time its body ran. */
async function run(...args: string[]) {
  const ran: FlagValues<typeof spec.flags>[] = [];
  const main = lessonMain(`file:///any/where/lessons/99_flags.ts`, spec, (flags, io) => {
    ran.push(flags);
    io.log("the lesson ran");
  });
  return { ...await runLesson(main, args), ran };
}

Deno.test("with no flags the lesson runs once with every default", async () => {
  const { code, out, err, ran } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out, ["the lesson ran"]);
  assert.deepEqual(ran, [{
    learningRate: 0.1,
    fraction: 0.2,
    iterations: 10_000,
    seed: 42,
    input: [2, 1.5],
    quiet: false,
  }]);
});

Deno.test("the maximum of a bound is accepted: --seed 4294967295, --iterations 100000000", async () => {
  const { code, err, ran } = await run("--seed", "4294967295", "--iterations", "100000000");
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.equal(ran[0].seed, MAX_SEED);
  assert.equal(ran[0].iterations, 100_000_000);
});

Deno.test("the minimum of a bound is accepted too: --seed 0, --iterations 1", async () => {
  const { code, ran } = await run("--seed", "0", "--iterations", "1");
  assert.equal(code, 0);
  assert.equal(ran[0].seed, 0);
  assert.equal(ran[0].iterations, 1);
});

Deno.test("one past a bound is refused, naming the flag, the value and the bounds", async () => {
  const cases = [
    [
      ["--seed", "4294967296"],
      'Invalid --seed "4294967296": expected a whole number from 0 to 4294967295',
    ],
    [
      ["--iterations", "100000001"],
      'Invalid --iterations "100000001": expected a whole number from 1 to 100000000',
    ],
    [
      ["--iterations", "0"],
      'Invalid --iterations "0": expected a whole number from 1 to 100000000',
    ],
    [
      ["--fraction", "0.50001"],
      'Invalid --fraction "0.50001": expected a number above 0 up to 0.5',
    ],
    [
      ["--input", "10.5,0"],
      'Invalid --input "10.5,0": expected 2 numbers from -10 to 10, separated by commas',
    ],
  ] as const;
  for (const [args, message] of cases) {
    const { code, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
    assert.lengthOf(ran, 0, "the lesson did not run");
  }
});

Deno.test("the maximum of a number flag and of a list is accepted: --fraction 0.5, --input -10,10", async () => {
  const { code, ran } = await run("--fraction", "0.5", "--input", "-10,10");
  assert.equal(code, 0);
  assert.equal(ran[0].fraction, 0.5);
  assert.deepEqual(ran[0].input, [-10, 10]);
});

Deno.test("--learning-rate -.5 gets the real reason: expected a number above 0", async () => {
  for (const value of ["-.5", "-0.5", "-5", "-1e-3", "0"]) {
    for (const args of [["--learning-rate", value], [`--learning-rate=${value}`]]) {
      const { code, err, ran } = await run(...args);
      assert.equal(code, 2, args.join(" "));
      assert.deepEqual(err, [
        `Error: Invalid --learning-rate "${value}": expected a number above 0. ` +
        "Run with --help for usage.",
      ]);
      assert.lengthOf(ran, 0);
    }
  }
});

Deno.test("a negative value reaches its check: --input -1.5,-.5 is read, not taken for a flag", async () => {
  const { code, ran } = await run("--input", "-1.5,-.5");
  assert.equal(code, 0);
  assert.deepEqual(ran[0].input, [-1.5, -0.5]);
});

Deno.test("--help prints exactly the help and runs nothing", async () => {
  for (const args of [["--help"], ["-h"], ["--seed", "7", "--help"]]) {
    const { code, out, err, ran } = await run(...args);
    assert.equal(code, 0, args.join(" "));
    assert.deepEqual(out, [helpText(command, spec)]);
    assert.deepEqual(err, []);
    assert.lengthOf(ran, 0, "the lesson did not run");
  }
});

Deno.test("the help lists every flag with its default and bounds, in 80 columns", () => {
  const help = helpText(command, spec);
  assert.include(help, `Usage: ${command} [flags]`);
  assert.include(
    help,
    "  --seed N                  Seed of the sample picks (default: 42; a whole\n" +
      "                            number from 0 to 4294967295)",
  );
  assert.include(
    help,
    "  --learning-rate RATE      Step size of gradient descent (default: 0.1; a",
  );
  assert.include(help, "--quiet");
  assert.include(help, "  deno run lessons/99_flags.ts --seed 7");
  for (const line of help.split("\n")) assert.isAtMost(line.length, 80, line);
});

Deno.test("an unknown flag, a flag twice, a missing value or a stray word is one line and exit 2", async () => {
  const cases = [
    [["--bogus"], "Unknown flag --bogus"],
    [["-x"], "Unknown flag -x"],
    [["--seed", "1", "--seed", "2"], "--seed is given twice"],
    [["--seed"], "Missing a value for --seed: expected a whole number from 0 to 4294967295"],
    [
      ["--seed", "--quiet"],
      "Missing a value for --seed: expected a whole number from 0 to 4294967295",
    ],
    [["7"], 'Unexpected argument "7": every value follows its flag'],
    [["--quiet=yes"], "--quiet takes no value"],
  ] as const;
  for (const [args, message] of cases) {
    const { code, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
    assert.lengthOf(ran, 0);
  }
});

Deno.test("a flag's value or an unknown flag with a newline or an escape code stays one line in the error", async () => {
  for (const args of [["--seed", "1\n2"], ["--bogus\u001b[31m"], ["stray\rtext"]]) {
    const { code, err } = await runLesson(lesson07, args);
    assert.equal(code, 2);
    assert.lengthOf(err, 1);
    for (const raw of ["\n", "\r", "\u001b"]) {
      assert.notInclude(err[0], raw, "no raw control character");
    }
  }
});
