import { assert } from "chai";
import { MAX_SEED } from "../lib/random/seeded_random.ts";
import { TrainingDivergedError } from "../lib/train.ts";
import {
  defineLesson,
  flag,
  type FlagValues,
  helpText,
  LessonError,
  lessonMain,
  parseFlags,
  tryThis,
  UsageError,
} from "./cli.ts";
import { denoFiles, type Files } from "./io.ts";
import { main as lesson07 } from "../lessons/07_neural_network.ts";
import { captureIo, memoryFiles, runLesson, unwrap } from "./testing.ts";

// A small lesson of our own, with a flag of each kind and bound, that records every run.
const spec = defineLesson({
  summary: "A lesson for the tests of the flag spec.",
  flags: {
    learningRate: flag.number(0.1, "Step size of gradient descent", { above: 0, value: "RATE" }),
    fraction: flag.number(0.2, "A share of the data", { above: 0, max: 0.5 }),
    offset: flag.number(undefined, "A shift", { min: -1, max: 1 }),
    iterations: flag.whole(10_000, 1, 100_000_000, "How many training steps"),
    seed: flag.seed("Seed of the sample picks"),
    input: flag.list([2, 1.5], [2, -10, 10], "A point"),
    quiet: flag.switch("Print less"),
    data: flag.input("data/tutorial.csv", "The data"),
    plot: flag.output("A picture"),
    chart: flag.output("Another picture"),
  },
  examples: ["deno run lessons/99_flags.ts --seed 7"],
  experiments: [{
    command: "deno run lessons/99_flags.ts --seed 7",
    question:
      "What will seed 7 print, in a question long enough to be wrapped at the width of an 80-column terminal?",
    answer: "The answer, which is never printed.",
  }],
  exercise: { task: "write the flags", file: "exercises/99_flags.ts" },
});
const command = "deno run lessons/99_flags.ts";

/** Runs the lesson with `args`; `ran` holds the flags of every time its body ran. */
async function run(...args: string[]) {
  return await runWith(memoryFiles(), ...args);
}

/** The same, with these files. */
async function runWith(files: Files, ...args: string[]) {
  const ran: FlagValues<typeof spec.flags>[] = [];
  const main = lessonMain(`file:///any/where/lessons/99_flags.ts`, spec, (flags, io) => {
    ran.push(flags);
    io.log("the lesson ran");
  });
  return { ...await runLesson(main, args, files), ran };
}

/** The lines after the lesson's own: "Try this" and "Your turn". */
const TRIED = [
  "",
  "Try this:",
  "  deno run lessons/99_flags.ts --seed 7",
  "    What will seed 7 print, in a question long enough to be wrapped at the width of an " +
  "80-column terminal?",
  "Your turn: write the flags in exercises/99_flags.ts, then run",
  "  deno task exercise 99",
];

Deno.test("with no flags the lesson runs once with every default", async () => {
  const { code, out, err, ran } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(unwrap(out), ["the lesson ran", ...TRIED]);
  assert.deepEqual(ran, [{
    learningRate: 0.1,
    fraction: 0.2,
    offset: undefined,
    iterations: 10_000,
    seed: 42,
    input: [2, 1.5],
    quiet: false,
    data: "data/tutorial.csv",
    plot: undefined,
    chart: undefined,
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

Deno.test("a flag without a default says what it expects: a list's count and bounds, a number's", () => {
  const optional = defineLesson({
    summary: "Optional flags.",
    flags: {
      input: flag.list(undefined, [2, -1000, 1000], "Predict this input instead", "X1,X2"),
      rate: flag.number(undefined, "A rate", { above: 0 }),
      plot: flag.output("Also draw it"),
    },
    examples: [],
  });
  const help = helpText("deno run x.ts", optional);
  assert.include(
    help,
    "  --input X1,X2             Predict this input instead (2 numbers from -1000 to\n" +
      "                            1000, separated by commas)",
  );
  assert.include(help, "  --rate N                  A rate (a number above 0)");
  assert.include(help, "  --plot PATH               Also draw it\n", "an output says no more");
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

Deno.test("each bound at its exact value: --offset -1 and 1 and --learning-rate 1e-9 are in, -1.0001, 1.0001 and 0 out", async () => {
  for (const args of [["--offset", "-1"], ["--offset", "1"], ["--learning-rate", "1e-9"]]) {
    const { code, ran } = await run(...args);
    assert.equal(code, 0, args.join(" "));
    assert.lengthOf(ran, 1);
  }
  for (
    const [args, expected] of [
      [["--offset", "-1.0001"], "a number from -1 to 1"],
      [["--offset", "1.0001"], "a number from -1 to 1"],
      [["--learning-rate", "0"], "a number above 0"],
      [["--input", "-10.001,0"], "2 numbers from -10 to 10, separated by commas"],
      [["--input", "1,2,3"], "2 numbers from -10 to 10, separated by commas"],
      [["--input", "1"], "2 numbers from -10 to 10, separated by commas"],
      [["--seed", "-1"], "a whole number from 0 to 4294967295"],
      [["--seed", "1.5"], "a whole number from 0 to 4294967295"],
      [["--data", ""], "a file path"],
    ] as const
  ) {
    const { code, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(err, [
      `Error: Invalid ${args[0]} "${args[1]}": expected ${expected}. Run with --help for usage.`,
    ]);
    assert.lengthOf(ran, 0);
  }
});

Deno.test("a flag given twice is refused in every spelling, naming the flag", async () => {
  for (
    const [args, name] of [
      [["--seed=1", "--seed", "2"], "--seed"],
      [["--seed", "1", "--seed=1"], "--seed"],
      [["--quiet", "--quiet"], "--quiet"],
      [["--plot", "a.svg", "--plot", "b.svg"], "--plot"],
      [["--learning-rate", "1", "--learning-rate=1"], "--learning-rate"],
    ] as const
  ) {
    const { code, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(err, [`Error: ${name} is given twice. Run with --help for usage.`]);
    assert.lengthOf(ran, 0);
  }
});

Deno.test("an output that names an input or another output is refused before the lesson runs: exit 2", async () => {
  for (
    const [args, message] of [
      [
        ["--plot", "data/tutorial.csv"],
        "--plot data/tutorial.csv would overwrite the input --data data/tutorial.csv",
      ],
      [
        ["--data", "d.csv", "--chart", "./d.csv"],
        "--chart ./d.csv would overwrite the input --data d.csv",
      ],
      [
        ["--plot", "o//a.svg", "--chart", "./o/a.svg"],
        "--plot and --chart name the same file, o//a.svg",
      ],
    ] as const
  ) {
    const { code, out, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
    assert.lengthOf(ran, 0);
  }
  const apart = await run("--plot", "o/a.svg", "--chart", "o/b.svg", "--data", "o/c.csv");
  assert.equal(apart.code, 0, "three different files are fine");
});

Deno.test("an output that may not be written fails before the lesson runs: exit 1, with the flags that grant it", async () => {
  const { code, out, err, ran } = await runWith(denoFiles, "--chart", "out/c.svg");
  assert.equal(code, 1);
  assert.deepEqual(out, []);
  assert.deepEqual(err, [
    "Error: --chart out/c.svg: writing it needs write permission, and read permission to move " +
    "it into place; run with --allow-read=out --allow-write=out",
  ]);
  assert.lengthOf(ran, 0);
});

Deno.test("Try this prints each command with its question, never its answer, and wraps the question", async () => {
  const { out } = await run();
  const text = out.join("\n");
  assert.notInclude(text, "never printed");
  assert.include(out, TRIED[3].replace("width of", "width\n    of"));
  for (const line of text.split("\n")) assert.isAtMost(line.length, 80, line);
});

Deno.test("--help and a usage error print no Try this", async () => {
  for (const args of [["--help"], ["--bogus"]]) {
    const { out } = await run(...args);
    assert.notInclude(out.join("\n"), "Try this", args.join(" "));
  }
});

Deno.test("a choice names its options when given another word; a switch given a value by position expects none", () => {
  const flags = {
    loss: flag.choice("squared", ["squared", "cross-entropy"], "The error"),
    quiet: flag.switch("Print less"),
  };
  assert.equal(parseFlags([], flags).values.loss, "squared");
  assert.equal(parseFlags(["--loss", "cross-entropy"], flags).values.loss, "cross-entropy");
  assert.throws(
    () => parseFlags(["--loss", "cubed"], flags),
    UsageError,
    'Invalid --loss "cubed": expected one of squared, cross-entropy',
  );
  assert.throws(
    () => parseFlags(["yes"], flags, "quiet"),
    UsageError,
    'Invalid --quiet "yes": expected no value',
  );
  assert.throws(() => parseFlags([], flags, "volume"), Error, "names no flag: volume");
});

Deno.test("a bare value goes to the positional flag, read as its kind; a switch that is given is on", () => {
  const flags = {
    start: flag.whole(1, 1, 99, "The lesson to start at"),
    quiet: flag.switch("Less"),
  };
  assert.deepEqual(parseFlags(["05", "--quiet"], flags, "start").values, { start: 5, quiet: true });
  assert.deepEqual(parseFlags([], flags, "start").values, { start: 1, quiet: false });
  assert.deepEqual(parseFlags(["--start=0099"], flags, "start").values, {
    start: 99,
    quiet: false,
  });
  assert.throws(() => parseFlags(["0"], flags, "start"), UsageError, 'Invalid --start "0"');
});

Deno.test("a flag's help takes the whole 80 columns: 52 characters stay on its line, 53 wrap", () => {
  const help = (text: string) =>
    helpText("x", { summary: "S.", flags: { verbose: flag.switch(text) }, examples: [] });
  const fits = "Print every step of the loop, the weights and errors";
  assert.include(help(fits).split("\n"), `  ${"--verbose".padEnd(26)}${fits}`);
  assert.include(
    help(`${fits}.`).split("\n"),
    `  ${"--verbose".padEnd(26)}Print every step of the loop, the weights and`,
  );
  assert.notInclude(help(fits), "Examples:", "no examples, no heading");
  assert.include(help(fits), "Usage: x [flags]");
  const positional = { summary: "S.", flags: { start: flag.whole(1, 1, 99, "Start", "NN") } };
  assert.include(
    helpText("x", { ...positional, positional: "start", examples: ["x 05"] }),
    "Usage: x [NN] [flags]",
  );
  assert.include(helpText("x", { summary: "S.", flags: {}, examples: [] }), "Usage: x\n");
});

Deno.test("any other error in a lesson is a bug: thrown on with its stack, not turned into an exit code", async () => {
  const main = lessonMain("file:///a/lessons/99_x.ts", spec, () => {
    throw new TypeError("a bug");
  });
  const error = await runLesson(main, []).catch((e) => e);
  assert.instanceOf(error, TypeError);
});

Deno.test("Try this and Your turn each appear only when the lesson has them, after one blank line", () => {
  const printed = (extra: Partial<typeof spec>) => {
    const io = captureIo();
    tryThis(io, { ...spec, experiments: undefined, exercise: undefined, ...extra });
    return io.out;
  };
  assert.deepEqual(printed({}), [], "neither: nothing, not even the blank line");
  assert.deepEqual(printed({ exercise: spec.exercise }), ["", ...TRIED.slice(4)]);
  const [one] = spec.experiments!;
  assert.deepEqual(unwrap(printed({ experiments: [one] })), TRIED.slice(0, 4));
});

Deno.test("a value given with = may hold = itself; the help gives each kind's default in its words", async () => {
  const { code, ran } = await run("--data=runs/a=b.csv");
  assert.equal(code, 0);
  assert.equal(ran[0].data, "runs/a=b.csv");
  const help = helpText(command, spec).replace(/\n {28}/g, " ");
  assert.include(help, "  --data PATH               The data (default: data/tutorial.csv)\n");
  assert.include(help, "  --offset N                A shift (a number from -1 to 1)\n");
  assert.include(help, "  --quiet                   Print less\n");
  assert.include(
    help,
    "  --input N                 A point (default: 2,1.5; 2 numbers from -10 to 10,",
  );
  const choice = helpText("x", {
    summary: "S.",
    flags: { loss: flag.choice("squared", ["squared", "cross-entropy"], "The error") },
    examples: [],
  }).replace(/\n {28}/g, " ");
  assert.include(
    choice,
    "  --loss WORD               The error (default: squared; one of squared, cross-entropy)",
  );
});

Deno.test("training that diverges, or a lesson error, is one line and exit 1, with no usage hint", async () => {
  for (
    const failure of [new TrainingDivergedError(7, 100, 1e200), new LessonError("bad data")]
  ) {
    const main = lessonMain("file:///a/lessons/99_x.ts", spec, () => {
      throw failure;
    });
    const { code, out, err } = await runLesson(main, []);
    assert.equal(code, 1, failure.name);
    assert.deepEqual(out, []);
    assert.deepEqual(err, [`Error: ${failure.message}`]);
  }
});

Deno.test("a number's message names only the bounds it has: none, a maximum, a minimum and maximum", () => {
  const flags = {
    any: flag.number(1, "Any"),
    most: flag.number(1, "At most 5", { max: 5 }),
    both: flag.number(1, "Both", { min: 0, max: 5 }),
  };
  const refused = (args: string[]) => {
    try {
      parseFlags(args, flags);
      return "accepted";
    } catch (error) {
      return (error as Error).message;
    }
  };
  assert.equal(refused(["--any", "x"]), 'Invalid --any "x": expected a number');
  assert.equal(refused(["--most", "5.5"]), 'Invalid --most "5.5": expected a number up to 5');
  assert.equal(refused(["--most", "5"]), "accepted");
  assert.equal(refused(["--most", "-1e9"]), "accepted");
  assert.equal(refused(["--both", "-0.5"]), 'Invalid --both "-0.5": expected a number from 0 to 5');
  assert.equal(refused(["--both", "0"]), "accepted");
  assert.equal(refused(["--any", "Infinity"]), 'Invalid --any "Infinity": expected a number');
  assert.equal(refused(["--any", " "]), 'Invalid --any " ": expected a number');
});

Deno.test("a switch given as 0 is not turned off: --quiet=0 takes no value, --quiet 0 leaves a stray 0", async () => {
  for (
    const [args, message] of [
      [["--quiet=0"], "--quiet takes no value"],
      [["--quiet=false"], "--quiet takes no value"],
      [["--quiet", "0"], 'Unexpected argument "0": every value follows its flag'],
    ] as const
  ) {
    const { code, err, ran } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(err, [`Error: ${message}. Run with --help for usage.`]);
    assert.lengthOf(ran, 0);
  }
  const { ran } = await run("--quiet");
  assert.isTrue(ran[0].quiet);
});
