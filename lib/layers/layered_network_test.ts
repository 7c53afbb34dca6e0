import { assert } from "chai";
import { numericalGradient } from "../gradient_check/numerical_gradient.ts";
import { relativeError } from "../gradient_check/relative_error.ts";
import { RandomState } from "../random/random_state.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { TrainingDivergedError } from "../train.ts";
import { flatten, unflatten } from "./_flat_parameters.ts";
import { type Layer, LayeredNetwork, type LayeredNetworkOptions } from "./layered_network.ts";

const xorInputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorTargets = [0, 1, 1, 0];

type Choices = Pick<LayeredNetworkOptions<"sigmoid" | "softmax">, "hidden" | "output" | "error">;

/** The largest relative error between backpropagation and finite differences, over all parameters. */
function gradientCheck(choices: Choices, sizes: number[], input: number[], target: number) {
  const network = new LayeredNetwork({
    learningRate: 1,
    sizes,
    random: seededRandom(3),
    ...choices,
  });
  const shape = network.layers;
  const errorAt = (values: readonly number[]) =>
    new LayeredNetwork({ learningRate: 1, layers: unflatten(values, shape), ...choices })
      .error(input, target);
  const analytic = flatten(network.computeGradients(input, target));
  const numerical = numericalGradient(errorAt, flatten(shape), 1e-5);
  let worst = 0;
  analytic.forEach((g, i) => worst = Math.max(worst, relativeError(g, numerical[i])));
  return worst;
}

for (const hidden of ["sigmoid", "relu"] as const) {
  for (const error of ["squared", "cross-entropy"] as const) {
    Deno.test(`backpropagation matches finite differences: ${hidden} hidden, sigmoid output, ${error}`, () => {
      for (const [i, input] of xorInputs.entries()) {
        const worst = gradientCheck({ hidden, error }, [2, 3, 2, 1], input, xorTargets[i]);
        assert.isBelow(worst, 1e-6, `sample ${i}`);
      }
    });
    Deno.test(`backpropagation matches finite differences: ${hidden} hidden, softmax output, ${error}`, () => {
      for (const target of [0, 1, 2]) {
        const worst = gradientCheck(
          { hidden, error, output: "softmax" },
          [2, 4, 3],
          [0.7, -1.3],
          target,
        );
        assert.isBelow(worst, 1e-6, `target ${target}`);
      }
    });
  }
}

Deno.test("gradients come in the parameters' shape: one row per unit, one weight per input", () => {
  const network = new LayeredNetwork({ learningRate: 1, sizes: [2, 3, 1] });
  const gradients = network.computeGradients([1, 2], 1);
  assert.deepEqual(
    gradients.map(({ weights, biases }) => [weights.length, weights[0].length, biases.length]),
    network.layers.map(({ weights, biases }) => [weights.length, weights[0].length, biases.length]),
  );
});

Deno.test("an update moves every parameter by exactly -learningRate * gradient", () => {
  const layers: Layer[] = [{ weights: [[1, 2]], biases: [3] }];
  const network = new LayeredNetwork({ learningRate: 0.5, layers });
  network.updateParameters([{ weights: [[2, -4]], biases: [1] }]);
  assert.deepEqual(network.layers, [{ weights: [[0, 4]], biases: [2.5] }]);
  assert.deepEqual(layers, [{ weights: [[1, 2]], biases: [3] }], "the given layers were copied");
});

Deno.test("weight decay: an update also moves every weight by -learningRate * l2 * weight, no bias", () => {
  const layers: Layer[] = [{ weights: [[1, 2]], biases: [3] }];
  const network = new LayeredNetwork({ learningRate: 0.5, layers, l2: 0.25 });
  assert.equal(network.l2, 0.25);
  network.updateParameters([{ weights: [[2, -4]], biases: [1] }]);
  // 1 - (2 + 0.25 * 1) * 0.5 and 2 - (-4 + 0.25 * 2) * 0.5; the bias as without decay.
  assert.deepEqual(network.layers, [{ weights: [[-0.125, 3.75]], biases: [2.5] }]);
  network.updateParameters([{ weights: [[0, 0]], biases: [0] }]);
  assert.deepEqual(network.layers, [{ weights: [[-0.109375, 3.28125]], biases: [2.5] }]);
  assert.equal(new LayeredNetwork({ learningRate: 1, layers }).l2, 0, "none by default");
});

for (const output of ["sigmoid", "softmax"] as const) {
  Deno.test(`an update that overflows leaves the ${output} network unchanged, every layer`, () => {
    const units = output === "sigmoid" ? 1 : 2;
    const layers: Layer[] = [
      { weights: [[1, 2], [3, 4]], biases: [5, 6] },
      {
        weights: Array.from({ length: units }, () => [1.7e308, 7]),
        biases: new Array(units).fill(8),
      },
    ];
    const network = new LayeredNetwork({ learningRate: 10, layers, output });
    const before = structuredClone(network.layers);
    const gradients = network.layers.map(({ weights, biases }) => ({
      weights: weights.map((row) => row.map(() => 1)),
      biases: biases.map(() => 1),
    }));
    gradients[1].weights[0][0] = -1e307; // 1.7e308 + 1e308 overflows; everything else could move
    assert.throws(() => network.updateParameters(gradients), RangeError, "nothing was changed");
    assert.deepEqual(network.layers, before);
  });
}

Deno.test("an update that overflows one bias alone is refused too, in any layer", () => {
  for (const layer of [0, 1]) {
    const layers: Layer[] = [
      { weights: [[1, 2], [3, 4]], biases: [5, 1.7e308] },
      { weights: [[1, 7]], biases: [1.7e308] },
    ];
    const network = new LayeredNetwork({ learningRate: 10, layers });
    const gradients = layers.map(({ weights, biases }) => ({
      weights: weights.map((row) => row.map(() => 0)),
      biases: biases.map(() => 0),
    }));
    gradients[layer].biases.fill(-1e307, -1); // the last bias grows past the largest double
    assert.throws(() => network.updateParameters(gradients), RangeError, "nothing was changed");
    assert.deepEqual(network.layers, layers, `layer ${layer}'s bias`);
  }
});

Deno.test("a ReLU softmax network with too large a step diverges with the advice, not NaN", () => {
  const network = new LayeredNetwork({
    learningRate: 1e300,
    sizes: [2, 4, 3],
    hidden: "relu",
    output: "softmax",
    error: "cross-entropy",
    initialisation: "he",
  });
  assert.throws(
    () => network.train([[0, 1], [1, 0], [1, 1]], [0, 1, 2], 1000),
    TrainingDivergedError,
    "Try a smaller learning rate than 1e+300",
  );
  const values = flatten(network.layers);
  assert.isTrue(values.every(Number.isFinite), "the network holds no Infinity");
});

Deno.test("He initialisation scales the weights by sqrt(2 / inputs) and starts the biases at 0", () => {
  const normal = new LayeredNetwork({ learningRate: 1, sizes: [8, 3, 2], output: "softmax" });
  const he = new LayeredNetwork({
    learningRate: 1,
    sizes: [8, 3, 2],
    output: "softmax",
    initialisation: "he",
  });
  assert.deepEqual(he.layers.map(({ biases }) => biases), [[0, 0, 0], [0, 0]]);
  assert.closeTo(
    he.layers[0].weights[0][0],
    normal.layers[0].weights[0][0] * Math.sqrt(2 / 8),
    1e-15,
  );
});

Deno.test("a sigmoid output predicts one probability; a softmax one per class, adding up to 1", () => {
  const sigmoid = new LayeredNetwork({ learningRate: 1, sizes: [2, 2, 1] });
  assert.isNumber(sigmoid.predict([1, 2]));
  assert.equal(sigmoid.classes, 2);
  const softmax = new LayeredNetwork({ learningRate: 1, sizes: [2, 2, 4], output: "softmax" });
  const p = softmax.predict([1, 2]);
  assert.lengthOf(p, 4);
  assert.closeTo(p.reduce((a, b) => a + b, 0), 1, 1e-15);
  assert.equal(softmax.classes, 4);
  assert.equal(softmax.classify([1, 2]), p.indexOf(Math.max(...p)));
});

Deno.test("a hidden layer of four sigmoid units learns XOR", () => {
  const network = new LayeredNetwork({
    learningRate: 1,
    sizes: [2, 4, 1],
    random: seededRandom(42),
  });
  network.train(xorInputs, xorTargets, 20_000);
  assert.deepEqual(xorInputs.map((x) => network.classify(x)), xorTargets);
});

Deno.test("options that do not fit are refused with one line naming them", () => {
  const refused = (options: LayeredNetworkOptions<"sigmoid" | "softmax">, message: string) =>
    assert.throws(() => new LayeredNetwork(options), RangeError, message);
  refused(
    { learningRate: 0, sizes: [2, 1] },
    "Expected the learning rate to be a positive finite number, got 0",
  );
  refused(
    { learningRate: 1, sizes: [2] },
    "Expected sizes to hold at least two sizes, the input's and the output's, got [2]",
  );
  refused(
    { learningRate: 1, sizes: [2, 0, 1] },
    "Expected sizes[1] to be a whole number of at least 1, got 0",
  );
  refused(
    { learningRate: 1, sizes: [2, 3, 2] },
    "Expected a sigmoid output layer of exactly 1 unit, got 2",
  );
  refused(
    { learningRate: 1, sizes: [2, 3, 1], output: "softmax" },
    "Expected a softmax output layer of at least 2 units, one per class, got 1",
  );
  refused(
    {
      learningRate: 1,
      layers: [{ weights: [[1, 2]], biases: [0] }, { weights: [[1, 2]], biases: [0] }],
    },
    "Expected unit 0 of layer 1 to have 1 weights, one per input, got 2",
  );
  refused(
    { learningRate: 1, layers: [{ weights: [[1, NaN]], biases: [0] }] },
    "layer 0's weights to be finite",
  );
  const two = { weights: [[1, 2], [3, 4]], biases: [0, 0] };
  refused(
    { learningRate: 1, layers: [two, { weights: [[1, 2, 3]], biases: [0] }] },
    "Expected unit 0 of layer 1 to have 2 weights, one per input, got 3",
  );
  refused(
    {
      learningRate: 1,
      layers: [{ ...two, weights: [[1, 2], [3, NaN]] }, { weights: [[1, 1]], biases: [0] }],
    },
    "Expected unit 1 of layer 0's weights to be finite",
  );
  refused({ learningRate: 1, layers: [] }, "Expected at least one layer");
  refused(
    { learningRate: 1, layers: [{ weights: [[1, 2]], biases: [0, 0] }] },
    "Expected layer 0 to have one bias per unit and at least one unit, got 1 rows of weights and 2 biases",
  );
  refused(
    { learningRate: 1, layers: [{ weights: [], biases: [] }] },
    "got 0 rows of weights and 0 biases",
  );
  refused(
    {
      learningRate: 1,
      layers: [{ weights: [[1, 2], [3, 4]], biases: [0, NaN] }, { weights: [[1, 1]], biases: [0] }],
    },
    "Expected layer 0's biases to be finite",
  );
  // Two sizes are enough: an input and an output, no hidden layer; it reads as many inputs as the
  // first size says, whatever the number of units.
  assert.lengthOf(new LayeredNetwork({ learningRate: 1, sizes: [2, 1] }).layers, 1);
  assert.equal(new LayeredNetwork({ learningRate: 1, sizes: [3, 1] }).inputSize, 3);
  assert.equal(new LayeredNetwork({ learningRate: 1, sizes: [3, 4, 1] }).inputSize, 3);
  for (const l2 of [-0.1, NaN, Infinity]) {
    refused(
      { learningRate: 1, sizes: [2, 1], l2 },
      `Expected the weight decay l2 to be a finite number of at least 0, got ${l2}`,
    );
  }
});

Deno.test("predict with an input of the wrong length names the input and the weights", () => {
  const network = new LayeredNetwork({ learningRate: 1, sizes: [2, 3, 1] });
  assert.throws(
    () => network.predict([1, 2, 3]),
    RangeError,
    "Expected the input and the weights to have the same length, got 3 and 2",
  );
});

Deno.test("classify with a sigmoid output: exactly 0.5 is class 0, just above is class 1", () => {
  const at = (bias: number) =>
    new LayeredNetwork({ learningRate: 1, layers: [{ weights: [[0]], biases: [bias] }] });
  assert.equal(at(0).predict([1]), 0.5);
  assert.equal(at(0).classify([1]), 0);
  assert.equal(at(1e-15).classify([1]), 1);
});

Deno.test("a RandomState draws the layers as np.random.randn does, weights row by row, then the biases", () => {
  const network = new LayeredNetwork({
    learningRate: 1,
    sizes: [2, 2, 1],
    random: new RandomState(42),
  });
  const numpy = new RandomState(42);
  const draws = Array.from({ length: 9 }, () => numpy.randn());
  assert.deepEqual(network.layers[0].weights, [draws.slice(0, 2), draws.slice(2, 4)]);
  assert.deepEqual(network.layers[0].biases, draws.slice(4, 6));
  assert.deepEqual(network.layers[1].weights, [draws.slice(6, 8)]);
  assert.deepEqual(network.layers[1].biases, [draws[8]]);
});

Deno.test("classify with a softmax output: the most probable class, the first of a tie (NumPy's argmax)", () => {
  const scores = (sums: number[]) =>
    new LayeredNetwork({
      learningRate: 1,
      output: "softmax",
      layers: [{ weights: sums.map(() => [0]), biases: sums }],
    });
  assert.equal(scores([0, 2, 1]).classify([1]), 1);
  assert.equal(scores([3, 1, 3]).classify([1]), 0, "a tie between classes 0 and 2");
  assert.equal(scores([1, 2, 2]).classify([1]), 1, "a tie between classes 1 and 2");
});

Deno.test("hiddenActivations: each hidden layer's units, sigmoid or ReLU of their weighted sums", () => {
  const layers: Layer[] = [
    { weights: [[1, -2], [0.5, 0.5], [-1, 3]], biases: [0.5, -1, 0] },
    { weights: [[1, 1, 1], [2, -1, 0]], biases: [0, 1] },
    { weights: [[1, -1]], biases: [0.25] },
  ];
  const input = [0.75, -0.5];
  const sums = (inputs: number[], { weights, biases }: Layer) =>
    weights.map((row, j) => row.reduce((sum, w, i) => sum + w * inputs[i], biases[j]));
  for (const hidden of ["sigmoid", "relu"] as const) {
    const f = hidden === "relu"
      ? (x: number) => Math.max(0, x)
      : (x: number) => 1 / (1 + Math.exp(-x));
    const network = new LayeredNetwork({ learningRate: 1, layers, hidden });
    const first = sums(input, layers[0]).map(f);
    const second = sums(first, layers[1]).map(f);
    const [a, b] = network.hiddenActivations(input);
    assert.lengthOf(network.hiddenActivations(input), 2, "the output layer is not a hidden one");
    first.forEach((value, j) => assert.closeTo(a[j], value, 1e-15, `${hidden} unit ${j}`));
    second.forEach((value, j) => assert.closeTo(b[j], value, 1e-15, `${hidden} unit ${j}`));
    // The output is the last layer's sigmoid of what the last hidden layer gives.
    assert.closeTo(
      network.predict(input) as number,
      1 / (1 + Math.exp(-sums(b, layers[2])[0])),
      1e-15,
    );
  }
});

Deno.test("one sample's error: (p - target)^2 for a sigmoid, summed over the classes for a softmax", () => {
  // One layer of no weights that count: the output's sums are its biases.
  const sigmoidOut = new LayeredNetwork({
    learningRate: 1,
    layers: [{ weights: [[0]], biases: [0] }],
  });
  assert.equal(sigmoidOut.error([1], 1), 0.25, "p = 0.5: (0.5 - 1)^2");
  assert.equal(sigmoidOut.error([1], 0), 0.25);
  const softmaxOut = new LayeredNetwork({
    learningRate: 1,
    layers: [{ weights: [[0], [0]], biases: [0, 0] }],
    output: "softmax",
  });
  assert.equal(softmaxOut.error([1], 0), 0.5, "p = [0.5, 0.5]: 0.25 + 0.25");
  const crossEntropy = new LayeredNetwork({
    learningRate: 1,
    layers: [{ weights: [[0]], biases: [0] }],
    error: "cross-entropy",
  });
  assert.closeTo(crossEntropy.error([1], 1), Math.LN2, 1e-15);
});
