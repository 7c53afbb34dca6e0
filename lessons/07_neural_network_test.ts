import { assert } from "chai";
import { formatArray } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { DEFAULT_SEED, seededRandom } from "../lib/random/seeded_random.ts";
import { inputVector, learningRate, main } from "./07_neural_network.ts";
import { runLesson } from "./_testing.ts";

const run = (...args: string[]) => runLesson(main, args);

Deno.test("lesson 07 prints the seeded network's weights, bias and prediction for [2, 1.5]", async () => {
  const network = new NeuralNetwork({ learningRate, random: seededRandom(DEFAULT_SEED) });
  const { code, out } = await run();
  assert.equal(code, 0);
  assert.deepEqual(out.slice(0, 5), [
    `learning_rate = 0.1, seed = ${DEFAULT_SEED}`,
    `Starting weights: ${formatArray(network.weights)}`,
    `Starting bias: ${formatArray([network.bias])}`,
    `neural_network.predict([2, 1.5]) = ${formatArray([network.predict(inputVector)])}`,
    "The tutorial printed 0.79412963 from unseeded random weights; ours differs by design.",
  ]);
});

Deno.test("with the tutorial's weights the class predicts 0.87101915, as in lesson 03", async () => {
  const { out } = await run();
  assert.include(
    out,
    "With the tutorial's weights [1.45, -0.66] and bias 0 it predicts [0.87101915], as in lesson 03.",
  );
  assert.include(
    out,
    "One update with learning rate 0.1: weights [ 1.41085821 -0.68935634], bias [-0.01957089],",
  );
  assert.include(out, "and the prediction falls to [0.8542226].");
});

Deno.test("lesson 07 is reproducible and --seed draws another network", async () => {
  assert.deepEqual(await run(), await run());
  assert.deepEqual(await run("--seed", "42"), await run());
  const other = await run("--seed", "7");
  assert.equal(other.out[0], "learning_rate = 0.1, seed = 7");
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
