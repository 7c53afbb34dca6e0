import { assert } from "chai";
import { dot } from "../dot.ts";
import { numericalGradient } from "../gradient_check/numerical_gradient.ts";
import { relativeError } from "../gradient_check/relative_error.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { sigmoid } from "../sigmoid.ts";
import { flatten, unflatten } from "./_flat_parameters.ts";
import type { LayerParameters } from "./layer.ts";
import { type LayerGradients, SoftmaxNetwork } from "./softmax_network.ts";

/** The gradients as layer parameters: weights[j][i] = deltas[j] * inputs[i], biases[j] = deltas[j]. */
function asLayers(gradients: readonly LayerGradients[]): LayerParameters[] {
  return gradients.map(({ deltas, inputs }) => ({
    weights: deltas.map((delta) => inputs.map((x) => delta * x)),
    biases: [...deltas],
  }));
}

/**
 * One sample's cross-entropy as a function of all parameters, written out independently of the
 * network: ReLU hidden layers, then -log(softmax(sums)[target]) as log(sum(e^sums)) - sums[target]
 * so that no digits are lost when the probability is near 1.
 */
function sampleError(shape: readonly LayerParameters[], input: readonly number[], target: number) {
  return (values: readonly number[]) => {
    let activations: readonly number[] = input;
    const layers = unflatten(values, shape);
    layers.forEach(({ weights, biases }, l) => {
      const sums = weights.map((row, j) => dot(activations, row) + biases[j]);
      activations = l === layers.length - 1 ? sums : sums.map((s) => Math.max(s, 0));
    });
    const largest = Math.max(...activations);
    const logTotal = Math.log(activations.reduce((sum, s) => sum + Math.exp(s - largest), 0));
    return largest + logTotal - activations[target];
  };
}

/** The largest relative error between backpropagation's and finite differences' gradients. */
function gradientCheck(network: SoftmaxNetwork, input: readonly number[], target: number) {
  const shape = network.layers;
  const analytic = flatten(asLayers(network.computeGradients(input, target)));
  const numerical = numericalGradient(sampleError(shape, input, target), flatten(shape));
  return Math.max(...analytic.map((g, i) => relativeError(g, numerical[i])));
}

/** A network with sizes `sizes` whose biases are drawn too, so that every gradient is exercised. */
function randomNetwork(sizes: number[], seed: number): SoftmaxNetwork {
  const random = seededRandom(seed);
  const drawn = new SoftmaxNetwork({ learningRate: 0.1, sizes, random });
  const layers = drawn.layers.map(({ weights, biases }) => ({
    weights,
    biases: biases.map(() => random() - 0.5),
  }));
  return new SoftmaxNetwork({ learningRate: 0.1, layers, random });
}

Deno.test("backpropagation through ReLU and softmax matches finite differences, [4, 5, 3]", () => {
  const network = randomNetwork([4, 5, 3], 1);
  const random = seededRandom(2);
  for (let sample = 0; sample < 5; sample++) {
    const input = Array.from({ length: 4 }, () => 2 * random() - 1);
    for (let target = 0; target < 3; target++) {
      assert.isBelow(gradientCheck(network, input, target), 1e-6, `sample ${sample}`);
    }
  }
});

Deno.test("backpropagation matches finite differences through two hidden layers [3, 6, 4, 5]", () => {
  const network = randomNetwork([3, 6, 4, 5], 9);
  for (const [input, target] of [[[0.5, -1, 2], 4], [[1, 0.2, -0.3], 0]] as const) {
    assert.isBelow(gradientCheck(network, input, target), 1e-6);
  }
});

Deno.test("with no hidden layer and two classes, it is the tutorial's neuron on the cross-entropy", () => {
  // Output sums [0, dot(x, w) + b]: the softmax's class 1 probability is sigmoid(dot(x, w) + b).
  const network = new SoftmaxNetwork({
    learningRate: 0.1,
    layers: [{ weights: [[0, 0], [1.45, -0.66]], biases: [0, 0] }],
  });
  const prediction = sigmoid(dot([2, 1.5], [1.45, -0.66]));
  assert.closeTo(network.predict([2, 1.5])[1], prediction, 1e-15);
  assert.closeTo(network.predict([2, 1.5])[1], 0.87101915, 5e-9);
  assert.closeTo(network.error([2, 1.5], 0), -Math.log(1 - prediction), 1e-14);
  // Its gradients for class 1's unit are (prediction - target) * input and (prediction - target).
  const [{ deltas, inputs }] = network.computeGradients([2, 1.5], 0);
  assert.closeTo(deltas[1], prediction, 1e-15);
  assert.deepEqual(inputs, [2, 1.5]);
});

Deno.test("a silent ReLU unit passes no gradient back, and its weights do not move", () => {
  const network = new SoftmaxNetwork({
    learningRate: 0.1,
    layers: [
      { weights: [[1, 1], [-1, -1]], biases: [0, 0] }, // unit 1 is silent for positive inputs
      { weights: [[1, 2], [3, 4]], biases: [0, 0] },
    ],
  });
  const [hidden] = network.computeGradients([0.5, 0.25], 1);
  assert.equal(hidden.deltas[1], 0);
  assert.notEqual(hidden.deltas[0], 0);
  const before = structuredClone(network.layers);
  network.updateParameters(network.computeGradients([0.5, 0.25], 1));
  assert.deepEqual(
    network.layers[0].weights[1],
    before[0].weights[1],
    "the silent unit learns nothing",
  );
  assert.notDeepEqual(network.layers[0].weights[0], before[0].weights[0]);
});

Deno.test("starting weights are scaled by sqrt(2 / inputs), biases start at 0, reproducibly", () => {
  const a = new SoftmaxNetwork({ learningRate: 0.1, sizes: [64, 32, 10], random: seededRandom(5) });
  const b = new SoftmaxNetwork({ learningRate: 0.1, sizes: [64, 32, 10], random: seededRandom(5) });
  assert.deepEqual(a.layers, b.layers);
  assert.equal(a.inputSize, 64);
  assert.equal(a.classes, 10);
  const weights = a.layers[0].weights.flat();
  const variance = weights.reduce((sum, w) => sum + w * w, 0) / weights.length;
  assert.closeTo(variance, 2 / 64, 0.004, "He initialisation: variance 2 / inputs");
  assert.deepEqual(a.layers[1].biases, new Array(10).fill(0));
});

Deno.test("predict gives probabilities adding up to 1, and classify the most probable class", () => {
  const network = new SoftmaxNetwork({
    learningRate: 0.1,
    layers: [{ weights: [[1, 0], [0, 1], [0.5, 0.5]], biases: [0, 0, 0.2] }],
  });
  const probabilities = network.predict([0.1, 2]);
  assert.closeTo(probabilities.reduce((a, b) => a + b), 1, 1e-15);
  assert.equal(network.classify([0.1, 2]), 1);
  assert.equal(network.classify([2, 0.1]), 0);
  assert.equal(network.classify([0, 0]), 2);
  const undecided = new SoftmaxNetwork({
    learningRate: 0.1,
    layers: [{ weights: [[0, 0], [0, 0], [0, 0]], biases: [0, 0, 0] }],
  });
  assert.equal(undecided.classify([1, 2]), 0, "on a tie, the first class");
});

Deno.test("a small network learns three classes and its cumulative cross-entropy falls", () => {
  const network = new SoftmaxNetwork({
    learningRate: 0.1,
    sizes: [2, 8, 3],
    random: seededRandom(42),
  });
  const inputs = [[0, 0], [1, 0], [0, 1], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9]];
  const targets = [0, 1, 2, 0, 1, 2];
  const errors = network.train(inputs, targets, 3_000);
  assert.lengthOf(errors, 30);
  assert.isBelow(errors.at(-1)!, errors[0] / 10);
  assert.deepEqual(inputs.map((x) => network.classify(x)), targets);
});

Deno.test("sizes, layers and targets that do not fit are refused with a clear message", () => {
  const make = (options: Partial<ConstructorParameters<typeof SoftmaxNetwork>[0]>) => () =>
    new SoftmaxNetwork({ learningRate: 0.1, ...options });
  assert.throws(make({ sizes: [2] }), RangeError, "at least two positive whole numbers, got [2]");
  assert.throws(make({ sizes: [2, 0, 3] }), RangeError, "got [2, 0, 3]");
  assert.throws(make({ sizes: [2, 3, 1] }), RangeError, "at least two units");
  assert.throws(make({ learningRate: 0, sizes: [2, 2] }), RangeError, "learning rate");
  assert.throws(
    make({
      layers: [{ weights: [[1, 2]], biases: [0] }, { weights: [[1, 2], [3, 4]], biases: [0, 0] }],
    }),
    RangeError,
    "Layer 1 reads 2 inputs but layer 0 has 1 units",
  );
  assert.throws(make({ sizes: [2, 2.5, 3] }), RangeError, "sizes[1] to be a whole number");
  assert.throws(make({ sizes: "2, 3" as unknown as number[] }), TypeError, "sizes");
  // Given layers draw nothing, so only the constructor's own check can catch a bad random.
  const layers = [{ weights: [[1], [2]], biases: [0, 0] }];
  assert.throws(make({ layers, random: 4 as unknown as () => number }), TypeError, "random");
  assert.throws(
    make({ layers: [{ weights: [[1, 2], [3, 4]], biases: [0, 0] }, ...layers] }),
    RangeError,
    "Layer 1 reads 1 inputs but layer 0 has 2 units",
  );
  assert.throws(() => new SoftmaxNetwork(null as never), TypeError, "the options");
  const network = new SoftmaxNetwork({ learningRate: 0.1, sizes: [2, 3] });
  assert.throws(() => network.computeGradients([1, 2], 3), RangeError, "from 0 to 2, got 3");
  assert.throws(() => network.computeGradients([1, 2], NaN), RangeError, "got NaN");
  assert.throws(() => network.train([[1, 2]], [5], 10), RangeError, "targets[0]");
  assert.throws(() => network.predict([1, 2, 3]), RangeError, "3 and 2");
});

Deno.test("training that overflows stops with the advice to lower the learning rate", () => {
  const network = new SoftmaxNetwork({
    learningRate: 1e300,
    sizes: [2, 3],
    random: seededRandom(1),
  });
  assert.throws(
    () => network.train([[1, 2], [2, 1]], [0, 1], 100),
    RangeError,
    "smaller learning rate",
  );
});

Deno.test("one update moves each weight by -learningRate * delta * input and each bias by -learningRate * delta", () => {
  const network = randomNetwork([3, 4, 3], 4);
  const before = flatten(structuredClone(network.layers));
  const gradients = network.computeGradients([0.5, 0, -1], 2);
  network.updateParameters(gradients);
  const after = flatten(network.layers);
  flatten(asLayers(gradients)).forEach((g, i) => assert.equal(after[i], before[i] - g * 0.1));
});

Deno.test("gradients that do not fit, or hold a NaN, are refused before any parameter moves", () => {
  const network = randomNetwork([2, 3, 2], 6);
  const before = structuredClone(network.layers);
  const gradients = network.computeGradients([1, 2], 0);
  assert.throws(() => network.updateParameters(gradients.slice(1)), RangeError, "2 layers, got 1");
  const short = [gradients[0], { deltas: [1], inputs: gradients[1].inputs }];
  assert.throws(() => network.updateParameters(short), RangeError, "2 deltas and 3 inputs");
  const nan = [gradients[0], { deltas: [0.5, NaN], inputs: gradients[1].inputs }];
  assert.throws(() => network.updateParameters(nan), RangeError, "layer 1's deltas[1]");
  assert.deepEqual(network.layers, before);
});
