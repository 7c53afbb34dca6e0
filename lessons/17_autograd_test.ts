import { assert } from "chai";
import { experiments, main, spec } from "./17_autograd.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import { relativeError } from "../lib/gradient_check/relative_error.ts";
import { type Layer, LayeredNetwork } from "../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { Value } from "../lib/autograd/value.ts";
import { exercise as autogradExercise } from "../exercises/11_autograd.check.ts";
import { memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);
const lines = async (...args: string[]) => unwrap((await run(...args)).out);

// The neuron's numbers, computed once with NumPy from the tutorial's code (x = [2, 1.5],
// w = [1.45, -0.66], b = 0): layer_1 = x @ w + b = 1.91, p = 1 / (1 + exp(-layer_1)) =
// 0.8710191478537642, error = p ** 2 = 0.7586743559278976, d's grad 2 * p = 1.7420382957075284,
// layer_1's 2 * p * p * (1 - p) = 0.19570892985815364, the weights' that times x
// [0.39141786 0.29356339], the inputs' that times w [0.28377795 -0.12916789], the target's -2 p.
// Lesson 06 prints the same derror_dbias and derror_dweights.
Deno.test("the tutorial's neuron from Values: lesson 06's gradients, and the graph that gave them", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(unwrap(out).slice(0, 34), [
    "The tutorial's neuron as Values: input [2, 1.5], target 0,",
    "weights [1.45, -0.66], bias 0. Each operation makes a new Value:",
    "  layer_1    = w1 * x1 + w2 * x2 + b  = 1.91",
    "  prediction = sigmoid(layer_1)       = 0.87101915",
    "  d          = prediction - target    = 0.87101915",
    "  error      = d * d                  = 0.75867436",
    "",
    "After error.backward(), the graph from the output down to the leaves, each node",
    "with its value and its grad, the slope of the error with respect to it:",
    ...[
      "node                                      value       grad",
      "error = d * d                             0.75867436  1.",
      "├─ d = prediction - target                0.87101915  1.7420383",
      "│  ├─ prediction = sigmoid(layer_1)       0.87101915  1.7420383",
      "│  │  └─ layer_1 = w1 * x1 + w2 * x2 + b  1.91        0.19570893",
      "│  │     ├─ w1 * x1 + w2 * x2             1.91        0.19570893",
      "│  │     │  ├─ w1 * x1                    2.9         0.19570893",
      "│  │     │  │  ├─ w1                      1.45        0.39141786",
      "│  │     │  │  └─ x1                      2.          0.28377795",
      "│  │     │  └─ w2 * x2                    -0.99       0.19570893",
      "│  │     │     ├─ w2                      -0.66       0.29356339",
      "│  │     │     └─ x2                      1.5         -0.12916789",
      "│  │     └─ b                             0.          0.19570893",
      "│  └─ target                              0.          -1.7420383",
      "└─ d (above)                              0.87101915  1.7420383",
    ],
    "",
    "  derror_dbias    = b.grad              = 0.19570893",
    "  derror_dweights = [w1.grad, w2.grad]  = [0.39141786 0.29356339]",
    "Lesson 06's chain rule, worked out by hand (NeuralNetwork.computeGradients), " +
    "gives the same numbers, to the last bit.",
    "",
    // d * d: each use passes back d = 0.87101915, together 2 d, lesson 06's derror_dprediction.
    "The error squares d as d * d, so d is used twice: each use passes back the other factor " +
    "times error's grad, 0.87101915, and the two shares add up to d.grad = 1.7420383, lesson " +
    "06's derror_dprediction = 2 * (prediction - target). Had the second share replaced the " +
    "first, every gradient below d would be half of what it is. The inputs and the target " +
    "get grads too, the error's slope with respect to them; training leaves them alone.",
    "",
    "backward() ran the step of each of the 13 nodes once, in this order: error, d, target, " +
    "prediction, layer_1, b, w1 * x1 + w2 * x2, w2 * x2, x2, w2, w1 * x1, x1, w1. It is a " +
    "depth-first order that lists a node after the values it was made from, reversed: each " +
    "node comes after every node made from it, so it has its whole grad when its turn comes.",
    "",
    "Checked by central finite differences (lesson 09):",
  ]);
});

Deno.test("the order backward() prints is a reverse topological order of the graph", async () => {
  const output = (await lines()).join("\n");
  const listed = /in this order: (.*)\. It is/.exec(output)![1].split(", ");
  // Which node is made from which, read off the graph: a node made from another comes first.
  const madeFrom: Record<string, string[]> = {
    "error": ["d"],
    "d": ["prediction", "target"],
    "prediction": ["layer_1"],
    "layer_1": ["w1 * x1 + w2 * x2", "b"],
    "w1 * x1 + w2 * x2": ["w1 * x1", "w2 * x2"],
    "w1 * x1": ["w1", "x1"],
    "w2 * x2": ["w2", "x2"],
  };
  assert.lengthOf(listed, 13);
  assert.lengthOf(new Set(listed), 13, "each node once");
  for (const [node, children] of Object.entries(madeFrom)) {
    for (const child of children) {
      assert.isBelow(listed.indexOf(node), listed.indexOf(child), `${node} before ${child}`);
    }
  }
});

/** The rows of the finite-difference table: leaf, backward(), finite differences, error. */
function fdRows(printed: string[]): string[][] {
  const start = printed.indexOf("Checked by central finite differences (lesson 09):");
  return printed.slice(start + 2, start + 5).map((line) => line.trim().split(/\s+/));
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

Deno.test("each leaf's grad against finite differences, computed without Values", async () => {
  for (const input of [[2, 1.5], [1.66, 1.56], [20, 15]]) {
    const printed = await lines("--input", input.join(","));
    const error = ([w1, w2, b]: readonly number[]) =>
      sigmoid(w1 * input[0] + w2 * input[1] + b) ** 2;
    const p = sigmoid(1.45 * input[0] - 0.66 * input[1]);
    const bias = 2 * p * p * (1 - p);
    const exact = [bias * input[0], bias * input[1], bias];
    const slopes = numericalGradient(error, [1.45, -0.66, 0]);
    assert.deepEqual(
      fdRows(printed),
      ["w1", "w2", "b"].map((name, i) => [
        name,
        formatNumber(exact[i]),
        formatNumber(slopes[i]),
        relativeError(exact[i], slopes[i]).toExponential(1),
      ]),
      `input ${input}`,
    );
  }
  const [w1] = fdRows(await lines());
  assert.deepEqual(w1, ["w1", "0.39141786", "0.39141786", "2.0e-11"]);
});

/** The network of the lesson's XOR part, as lesson 10 would draw it. */
function network(seed: number) {
  return new LayeredNetwork({ learningRate: 1, sizes: [2, 4, 1], random: new RandomState(seed) });
}
const xor = [[[0, 0], 0], [[0, 1], 1], [[1, 0], 1], [[1, 1], 0]] as const;
const flat = (layers: readonly Layer[]) =>
  layers.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]);

Deno.test("lesson 10's network from Values: every gradient is LayeredNetwork.computeGradients'", async () => {
  for (const [seed, sample] of [[42, 1], [42, 3], [7, 0], [3, 2]]) {
    const printed = await lines("--seed", String(seed), "--sample", String(sample));
    const net = network(seed);
    const [x, t] = xor[sample];
    const [hidden, output] = net.computeGradients(x, t);
    const start = printed.findIndex((line) => line.startsWith("  hidden unit "));
    assert.deepEqual(
      printed.slice(start + 1, start + 5).map((line) => line.trim().split(/\s+/)),
      hidden.weights.map((
        row,
        j,
      ) => [String(j + 1), ...[...row, hidden.biases[j]].map(formatNumber)]),
      `seed ${seed}, sample ${sample}`,
    );
    assert.equal(
      printed[start + 5],
      `  output: weight grads ${formatArray(output.weights[0])},`,
    );
    assert.equal(printed[start + 6], `          bias grad ${formatNumber(output.biases[0])}`);
    const intro = printed[start - 1];
    assert.include(intro, `drawn by RandomState(${seed}), built`);
    assert.include(intro, `for XOR's [${x.join(", ")}] -> ${t}:`);
    assert.include(intro, `error = (p - t)^2 = ${formatNumber(net.error(x, t))}. The graph`);
    // 51 nodes: 4 hidden units of 2 products, 2 sums and a sigmoid (20), their 12 parameters,
    // 2 inputs; the output's 4 products, 4 sums and sigmoid (9) and 5 parameters; p - t, t, ^2.
    assert.include(intro, "The graph has 51 nodes;");
    // Finite differences on LayeredNetwork's own error, no Values.
    const parameters = flat(net.layers);
    const numerical = numericalGradient((p) => {
      let k = 0;
      const take = (n: number) => p.slice(k, k += n);
      const layers = net.layers.map(({ weights, biases }) => ({
        weights: weights.map((row) => take(row.length)),
        biases: take(biases.length),
      }));
      return new LayeredNetwork({ learningRate: 1, layers }).error(x, t);
    }, parameters);
    const grads = flat(net.computeGradients(x, t));
    const worst = Math.max(...numerical.map((n, i) => relativeError(grads[i], n)));
    assert.include(
      printed[start + 7],
      "Lesson 10's backpropagation, written by hand for layers " +
        "(LayeredNetwork.computeGradients), gives the same numbers, to the last bit; central " +
        `finite differences over all 17 parameters agree to a relative error of at most ` +
        `${worst.toExponential(1)}.`,
    );
  }
});

Deno.test("the default XOR case is [0, 1] -> 1 at seed 42, its hidden weight 1 grads 0", async () => {
  const printed = await lines();
  const start = printed.findIndex((line) => line.startsWith("  hidden unit "));
  assert.include(printed[start - 1], "XOR's [0, 1] -> 1: ");
  assert.include(printed[start - 1], "error = (p - t)^2 = 0.94344348.");
  assert.deepEqual(printed.slice(start, start + 3), [
    "  hidden unit  weight 1 grad    weight 2 grad    bias grad",
    "  1            0.               -0.00298994      -0.00298994",
    "  2            0.               0.01034017       0.01034017",
  ]);
  assert.include(printed.join("\n"), "tf.grad (lesson 18) records the operations on tensors");
});

Deno.test("each 'Try this' answer is true for its run", async () => {
  const zeros = await lines("--input", "0,0");
  assert.include(zeros, "  derror_dbias    = b.grad              = 0.25");
  assert.include(zeros, "  derror_dweights = [w1.grad, w2.grad]  = [0. 0.]");
  assert.include(zeros, "  prediction = sigmoid(layer_1)       = 0.5");
  assert.include(zeros, "  layer_1    = w1 * x1 + w2 * x2 + b  = 0.");
  assert.include(experiments[0].answer, "bias's grad is 2 * (0.5 - 0) * 0.25 = 0.25");
  const far = (await lines("--input", "20,15")).join("\n");
  // NumPy: p = 1 / (1 + np.exp(-19.1)); p * (1 - p) is 5.069619809339794e-09, 2 p is
  // 1.99999999, layer_1's grad 2 p * p (1 - p) 1.0139239567277499e-08, the weights' that
  // times [20, 15]: [2.02784791e-07 1.52088594e-07].
  const p = sigmoid(19.1);
  assert.equal((p * (1 - p)).toExponential(1), "5.1e-9");
  assert.include(experiments[1].answer, "about 5.1e-9 here");
  assert.match(far, /prediction = sigmoid\(layer_1\) +0\.99999999 +1\.99999999\n/);
  assert.match(far, /layer_1 = w1 \* x1 \+ w2 \* x2 \+ b +19\.1 +1\.01392396e-08\n/);
  assert.include(far, "= [w1.grad, w2.grad]  = [2.02784791e-07 1.52088594e-07]");
  assert.include(experiments[1].answer, "about 1e-8 at layer_1 and b, and 2e-7 and 1.5e-7");
});

Deno.test("lesson 17 --plot writes the neuron's graph as SVG: a box per node", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--plot", "out/graph.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the graph to out/graph.svg");
  const svg = files.files["out/graph.svg"];
  assert.match(svg, /^<svg/);
  assert.lengthOf(svg.match(/<rect class="node"/g)!, 13);
  assert.include(svg, ">The tutorial's neuron for [2, 1.5] after error.backward()</text>");
  assert.include(svg, ">grad 0.19570893</text>");
  assert.include(svg, ">layer_1 (+)</text>");
});

Deno.test("lesson 17 is reproducible; bad flags are refused with one line", async () => {
  assert.deepEqual(await run(), await run("--seed", "42", "--sample", "1"));
  assert.notDeepEqual(await run("--seed", "7"), await run());
  for (
    const [flag, value] of [["--sample", "4"], ["--input", "1"], ["--seed", "-1"], [
      "--input",
      "1,x",
    ]]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, `${flag} ${value}`);
    assert.deepEqual(bad.out, []);
    assert.match(bad.err[0], new RegExp(`^Error: Invalid ${flag} "${value}": expected`));
  }
});

Deno.test("'to the last bit' is true: Values summed in LayeredNetwork's order give its gradients exactly", () => {
  for (const seed of [42, 7, 3]) {
    const net = network(seed);
    for (const [x, t] of xor) {
      const params = net.layers.map(({ weights, biases }) => ({
        weights: weights.map((row) => row.map((w) => new Value(w))),
        biases: biases.map((b) => new Value(b)),
      }));
      let activations = x.map((xi) => new Value(xi));
      for (const { weights, biases } of params) {
        const below = activations;
        activations = weights.map((row, j) =>
          row.map((w, i) => w.mul(below[i])).reduce((s, v) => s.add(v)).add(biases[j]).sigmoid()
        );
      }
      activations[0].sub(t).pow(2).backward();
      const grads = params.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]);
      // Equal as numbers: a weight that reads a 0 input gets 0 from one, -0 from the other.
      const byHand = flat(net.computeGradients(x, t));
      grads.forEach((v, i) => assert.isTrue(v.grad === byHand[i], `seed ${seed} [${x}] ${i}`));
    }
  }
  const [w1, w2, b] = [new Value(1.45), new Value(-0.66), new Value(0)];
  const d = w1.mul(2).add(w2.mul(1.5)).add(b).sigmoid().sub(0);
  d.mul(d).backward();
  const byHand = new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 })
    .computeGradients([2, 1.5], 0);
  assert.deepEqual([b.grad, w1.grad, w2.grad], [byHand.bias, ...byHand.weights]);
});

Deno.test("lesson 17 and exercise 11 point at each other: its Your turn, and the check's lesson", async () => {
  const out = await lines();
  assert.include(
    out,
    "Your turn: write sigmoid and backward in exercises/11_autograd.ts, then run",
  );
  assert.include(out, "  deno task exercise 11");
  assert.equal(autogradExercise.lesson, "lessons/17_autograd.ts");
  assert.equal(autogradExercise.file, "11_autograd.ts");
});

Deno.test("lesson 17's flags at their edges: --sample 0 to 3, --input two numbers from -1000 to 1000", async () => {
  for (const [flag, value] of [["--sample", "0"], ["--sample", "3"], ["--input", "1000,-1000"]]) {
    assert.equal((await run(flag, value)).code, 0, `${flag} ${value}`);
  }
  const sample = "expected a whole number from 0 to 3";
  const input = "expected 2 numbers from -1000 to 1000, separated by commas";
  for (
    const [flag, value, expected] of [
      ["--sample", "-1", sample],
      ["--sample", "4", sample],
      ["--input", "1001,0", input],
      ["--input", "0,-1000.5", input],
      ["--input", "1,2,3", input],
    ]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, `${flag} ${value}`);
    assert.deepEqual(bad.err, [
      `Error: Invalid ${flag} "${value}": ${expected}. Run with --help for usage.`,
    ]);
  }
});

Deno.test("lesson 17's blocks end with a blank line: the finite differences' table, the network's check, before the picture's line", async () => {
  const { out } = await run();
  const table = out.indexOf("Checked by central finite differences (lesson 09):");
  assert.deepEqual([out[table + 4].slice(0, 6), out[table + 5]], ["  b   ", ""]);
  const network = out.findIndex((line) => line.startsWith("Lesson 10's backpropagation"));
  assert.equal(out[network + 1], "");
  assert.match(out[network + 2], /^Nothing in Value knows about neurons/);
  const files = memoryFiles();
  const drawn = await runLesson(main, ["--plot", "out/g.svg"], files);
  const wrote = drawn.out.indexOf("Wrote the graph to out/g.svg");
  assert.equal(drawn.out[wrote - 1], "");
});

Deno.test("lesson 17's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("17", spec, await runLesson(main));
});
