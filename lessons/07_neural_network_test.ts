import { assert } from "chai";
import { main, spec } from "./07_neural_network.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { runLesson, unwrap } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

Deno.test("lesson 07 prints the seeded network, its prediction, and the tutorial's weights through the class", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  // Checked with NumPy, independently of the lib: the tutorial's code after np.random.seed(42),
  //   np.random.seed(42); w = np.array([np.random.randn(), np.random.randn()]); b = np.random.randn()
  // gives w = [ 0.49671415 -0.1382643 ], b = 0.6476885381006925, and
  // 1/(1+np.exp(-(np.dot([2, 1.5], w) + b))) is 0.8074803342012251; for the tutorial's weights
  // one update (bias -= g, weights -= g * x, learning rate 0.1) gives the rest.
  assert.deepEqual(unwrap(out), [
    "learning_rate = 0.1, seed = 42",
    "Starting weights: [ 0.49671415 -0.1382643 ]",
    "Starting bias: [0.64768854]",
    "neural_network.predict([2, 1.5]) = [0.80748033]",
    "The tutorial printed 0.79412963 from unseeded random weights. Its code draws",
    "these very weights after np.random.seed(42) (RandomState is NumPy's",
    "generator): seeded so, it prints [0.80748033] too.",
    "",
    "With the tutorial's weights [1.45, -0.66] and bias 0 it predicts [0.87101915],",
    "as in lesson 03.",
    "computeGradients([2, 1.5], 0): bias 0.19570893, weights [0.39141786 0.29356339]",
    "updateParameters with learning rate 0.1:",
    "  weights [ 1.41085821 -0.68935634], bias [-0.01957089]",
    "The prediction falls to [0.8542226].",
    "",
    "Lesson 08 trains this very class: each step of its train() calls",
    "computeGradients for one random sample, then updateParameters.",
    "",
    "Try this:",
    "  deno run lessons/07_neural_network.ts --seed 7",
    "    Run it twice: will the two runs draw the same network or two different ones?",
    "Your turn: write the update step in exercises/04_update.ts, then run",
    "  deno task exercise 04",
  ]);
});

Deno.test("lesson 07 is reproducible and --seed draws another network", async () => {
  assert.deepEqual(await run(), await run());
  assert.deepEqual(await run("--seed", "42"), await run());
  const other = await run("--seed", "7");
  assert.equal(other.out[0], "learning_rate = 0.1, seed = 7");
  // NumPy: np.random.seed(7), then the tutorial's draws and predict([2, 1.5]) = 0.9379039703989918.
  assert.deepEqual(other.out.slice(1, 4), [
    "Starting weights: [ 1.6905257  -0.46593737]",
    "Starting bias: [0.03282016]",
    "neural_network.predict([2, 1.5]) = [0.93790397]",
  ]);
  assert.notEqual(other.out[1], (await run()).out[1]);
});

Deno.test("lesson 07 --help lists --seed with its default; bad seeds exit 2 with one line", async () => {
  const help = await run("--help");
  assert.equal(help.code, 0);
  assert.match(help.out.join("\n").replace(/\n {20,}/g, " "), /--seed N .*\(default: 42/);
  for (
    const [args, message] of [
      [["--seed", "x"], 'Error: Invalid --seed "x": expected a whole number from 0 to 4294967295'],
      [
        ["--seed", "1.5"],
        'Error: Invalid --seed "1.5": expected a whole number from 0 to 4294967295',
      ],
      [["--seed"], "Error: Missing a value for --seed: expected a whole number from 0 to"],
      [["--sed", "1"], "Error: Unknown flag --sed. Run with --help for usage."],
    ] as const
  ) {
    const { code, out, err } = await run(...args);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.lengthOf(err, 1);
    assert.include(err[0], message);
  }
});

Deno.test("lesson 07's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("07", spec, await runLesson(main));
});
