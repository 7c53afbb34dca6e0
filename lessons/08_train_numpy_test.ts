// Lesson 08 beside the tutorial's own code: bench/article_numpy.py, seeded with np.random.seed(n),
// draws the same starting weights and bias and makes the same picks, so it prints the same 100
// cumulative errors. Its output is checked in (made with
// `python3 bench/article_numpy.py errors 42 7 > bench/article_numpy_errors.json`); `deno task
// test:numpy` runs the Python again and checks that file against it.
import { assert } from "chai";
import numpy from "../bench/article_numpy_errors.json" with { type: "json" };
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork, parseDataset, RandomState } from "../lib/mod.ts";
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { main } from "./08_train.ts";
import { runLesson } from "../runtime/testing.ts";

const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");

for (const [seed, python] of Object.entries(numpy)) {
  Deno.test(`lesson 08 --seed ${seed} trains as the tutorial's code after np.random.seed(${seed})`, async () => {
    const network = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(Number(seed)) });
    assert.deepEqual([network.weights, network.bias], [python.weights, python.bias]);
    const errors = network.train(inputs, targets, 10_000);
    assert.lengthOf(errors, 100);
    errors.forEach((error, k) => assert.closeTo(error, python.errors[k], 1e-12, `error ${k}`));

    const { out } = await runLesson(main, ["--seed", seed]);
    const lowest = Math.min(...python.errors);
    assert.include(
      out,
      `Seed ${seed}: starting weights ${formatArray(python.weights)}, ` +
        `bias ${formatArray([python.bias])}`,
    );
    assert.include(out, `  first  (iteration 0): ${formatNumber(python.errors[0])}`);
    assert.include(
      out,
      `  lowest (iteration ${python.errors.indexOf(lowest) * 100}): ${formatNumber(lowest)}`,
    );
    assert.include(out, `  last   (iteration 9900): ${formatNumber(python.errors[99])}`);
  });
}
