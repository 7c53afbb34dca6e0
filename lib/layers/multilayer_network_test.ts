import { assert } from "chai";
import fc from "fast-check";
import { anyLearningRate, anyValue, anyVector, finiteOrRefused } from "../_property.ts";
import { TrainingDivergedError } from "../train.ts";
import { dot } from "../dot.ts";
import { flatten, unflatten } from "./_flat_parameters.ts";
import type { LayerParameters } from "./layer.ts";
import type { Gradients } from "../neural_network.ts";
import { MultiLayerNetwork } from "./multilayer_network.ts";
import { NeuralNetwork } from "../neural_network.ts";
import { numericalGradient } from "../gradient_check/numerical_gradient.ts";
import { relativeError } from "../gradient_check/relative_error.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { sigmoid } from "../sigmoid.ts";

const xorInputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorTargets = [0, 1, 1, 0];

/** Per-unit gradients as layer parameters: unit j's gradients become row j and bias j. */
function asLayers(gradients: readonly (readonly Gradients[])[]): LayerParameters[] {
  return gradients.map((units) => ({
    weights: units.map((unit) => unit.weights),
    biases: units.map((unit) => unit.bias),
  }));
}

/**
 * One sample's squared error as a function of all parameters, computed as sigmoid(+-sum)^2
 * (exactly (prediction - target)^2 for a target of 0 or 1) so no digits are lost near the target.
 */
function sampleError(shape: readonly LayerParameters[], input: readonly number[], target: number) {
  return (values: readonly number[]) => {
    let activations: readonly number[] = input;
    const layers = unflatten(values, shape);
    layers.forEach(({ weights, biases }, l) => {
      const sums = weights.map((row, j) => dot(activations, row) + biases[j]);
      activations = l === layers.length - 1 ? sums : sums.map(sigmoid);
    });
    return sigmoid((target === 1 ? -1 : 1) * activations[0]) ** 2;
  };
}

function gradientCheck(network: MultiLayerNetwork, input: readonly number[], target: number) {
  const shape = network.layers.map(({ weights, biases }) => ({ weights, biases }));
  const analytic = flatten(asLayers(network.computeGradients(input, target)));
  // A step of 1e-4 rather than 1e-5: the deeper gradients here are small (1e-6), and a larger
  // step keeps rounding in the finite differences well below them.
  const numerical = numericalGradient(sampleError(shape, input, target), flatten(shape), 1e-4);
  return Math.max(...analytic.map((g, i) => relativeError(g, numerical[i])));
}

Deno.test("backpropagation matches finite differences for [2, 3, 1] on every XOR sample", () => {
  const network = new MultiLayerNetwork({
    learningRate: 1,
    sizes: [2, 3, 1],
    random: seededRandom(1),
  });
  for (const [i, input] of xorInputs.entries()) {
    assert.isBelow(gradientCheck(network, input, xorTargets[i]), 1e-7, `sample ${i}`);
  }
});

Deno.test("backpropagation matches finite differences through two hidden layers [3, 4, 3, 1]", () => {
  const random = seededRandom(9);
  const network = new MultiLayerNetwork({ learningRate: 1, sizes: [3, 4, 3, 1], random });
  for (const [input, target] of [[[0.5, -1, 2], 1], [[1, 0.2, -0.3], 0]] as const) {
    assert.isBelow(gradientCheck(network, input, target), 1e-7);
  }
});

Deno.test("with one layer of one unit it is the tutorial's neuron: same prediction, same gradients", () => {
  const single = new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 });
  const layered = new MultiLayerNetwork({
    learningRate: 0.1,
    layers: [{ weights: [[1.45, -0.66]], biases: [0] }],
  });
  assert.equal(layered.predict([2, 1.5]), single.predict([2, 1.5]));
  const [gradients] = layered.computeGradients([2, 1.5], 0);
  const expected = single.computeGradients([2, 1.5], 0);
  assert.deepEqual(gradients, [expected]);
});

Deno.test("one update moves every parameter by exactly -learningRate * gradient", () => {
  const network = new MultiLayerNetwork({
    learningRate: 0.5,
    sizes: [2, 2, 1],
    random: seededRandom(3),
  });
  const before = flatten(network.layers);
  const gradients = network.computeGradients([1, 0], 1);
  network.updateParameters(gradients);
  const after = flatten(network.layers);
  flatten(asLayers(gradients)).forEach((g, i) => assert.equal(after[i], before[i] - g * 0.5));
});

Deno.test("a hidden layer of four units learns XOR: 4/4 for the default seed", () => {
  const network = new MultiLayerNetwork({
    learningRate: 1,
    sizes: [2, 4, 1],
    random: seededRandom(42),
  });
  const errors = network.train(xorInputs, xorTargets, 20_000);
  assert.lengthOf(errors, 200);
  assert.isBelow(errors.at(-1)!, 0.01);
  xorInputs.forEach((x, i) => assert.equal(network.predict(x) > 0.5 ? 1 : 0, xorTargets[i]));
});

Deno.test("training is reproducible: the same seed gives the same network", () => {
  const run = () => {
    const network = new MultiLayerNetwork({
      learningRate: 1,
      sizes: [2, 3, 1],
      random: seededRandom(8),
    });
    return network.train(xorInputs, xorTargets, 1000);
  };
  assert.deepEqual(run(), run());
});

Deno.test("sizes and layers that do not fit are refused with a clear message", () => {
  const make = (options: Partial<ConstructorParameters<typeof MultiLayerNetwork>[0]>) => () =>
    new MultiLayerNetwork({ learningRate: 1, ...options });
  assert.throws(make({ sizes: [2] }), RangeError, "at least two positive whole numbers, got [2]");
  assert.throws(make({ sizes: [2, 0, 1] }), RangeError, "got [2, 0, 1]");
  assert.throws(make({ sizes: [2, 3, 2] }), RangeError, "exactly one unit");
  assert.throws(make({ learningRate: 0, sizes: [2, 1] }), RangeError, "learning rate");
  assert.throws(
    make({ layers: [{ weights: [[1, 2]], biases: [0] }, { weights: [[1, 2]], biases: [0] }] }),
    RangeError,
    "Layer 1 reads 2 inputs but layer 0 has 1 units",
  );
});

Deno.test("train refuses a training set that does not fit the network", () => {
  const network = new MultiLayerNetwork({ learningRate: 1, sizes: [2, 2, 1] });
  assert.throws(() => network.train([], [], 10), RangeError, "empty training set");
  assert.throws(() => network.train([[1, 2, 3]], [0], 10), RangeError, "takes 2");
  assert.throws(() => network.train([[1, 2]], [0, 1], 10), RangeError, "1 inputs but 2 targets");
});

Deno.test("multilayer divergence gives the divergence message with its advice, not a raw RangeError", () => {
  const network = new MultiLayerNetwork({
    learningRate: 1e308,
    layers: [
      { weights: [[0, 0], [0, 0], [0, 0]], biases: [0, 0, 0] },
      { weights: [[1, 1, 1]], biases: [0] },
    ],
    random: () => 0.5, // always sample 2, [1000, 0]
  });
  // XOR on inputs of 0 and 1000: ordinary enough that the learning rate is to blame.
  const inputs = xorInputs.map((input) => input.map((x) => 1000 * x));
  let error: unknown;
  try {
    network.train(inputs, xorTargets, 100);
  } catch (e) {
    error = e;
  }
  assert.instanceOf(error, TrainingDivergedError);
  assert.match(
    (error as Error).message,
    /^Training diverged at iteration \d+: the numbers grew too large to compute\. Try a smaller learning rate than 1e\+308$/,
  );
  assert.isTrue(flatten(network.layers).every(Number.isFinite), "no parameter holds Infinity");
});

Deno.test("multilayer divergence on the last iteration is reported, and no parameter holds Infinity", () => {
  // Sample 0 leaves the network as it is (its output is exactly 0, its target); sample 1, picked
  // on the last iteration only, has an output of 0.5, and its gradient of 125 * 1e308 moves a
  // first-layer weight past the largest double.
  const network = new MultiLayerNetwork({
    learningRate: 10,
    layers: [
      { weights: [[-1000, 0]], biases: [0] },
      { weights: [[2000]], biases: [-1000] },
    ],
    random: (() => {
      let calls = 0;
      return () => ++calls === 120 ? 0.75 : 0;
    })(),
  });
  const before = flatten(network.layers);
  let error: unknown;
  try {
    network.train([[1, 0], [0, 1e308]], [0, 1], 120);
  } catch (e) {
    error = e;
  }
  assert.instanceOf(error, TrainingDivergedError);
  assert.equal((error as TrainingDivergedError).iteration, 119);
  assert.deepEqual(flatten(network.layers), before);
});

Deno.test("multilayer computeGradients with a NaN target or input refuses instead of returning NaN", () => {
  const network = new MultiLayerNetwork({
    learningRate: 1,
    sizes: [2, 2, 1],
    random: seededRandom(1),
  });
  assert.throws(
    () => network.computeGradients([0, 1], NaN),
    RangeError,
    "the target to be a class",
  );
  assert.throws(() => network.computeGradients([0, NaN], 1), RangeError, "a[1]");
  assert.throws(() => network.error([0, 1], 2), RangeError, "got 2");
});

Deno.test("multilayer updateParameters refuses a NaN gradient or a short unit whole: no parameter moves", () => {
  const network = new MultiLayerNetwork({
    learningRate: 1,
    sizes: [2, 2, 1],
    random: seededRandom(1),
  });
  const before = flatten(network.layers);
  const gradients = network.computeGradients([0, 1], 1);
  const nan = structuredClone(gradients);
  nan[1][0].bias = NaN;
  assert.throws(() => network.updateParameters(nan), RangeError, "layer 1's biases[0]");
  const short = structuredClone(gradients);
  short[0][1].weights = [0.1];
  assert.throws(
    () => network.updateParameters(short),
    RangeError,
    "Expected 2 weight gradients for unit 1",
  );
  const fromJavaScript = network.updateParameters.bind(network) as (g: unknown) => void;
  assert.throws(() => fromJavaScript([[null, null], [{}]]), TypeError, "gradients[0][0]");
  assert.deepEqual(flatten(network.layers), before);
});

Deno.test("property: every method of MultiLayerNetwork gives finite numbers or a refusal, and its parameters stay finite", () => {
  const call = fc.oneof(
    fc.record({ method: fc.constant("predict"), input: anyVector(2), target: anyValue }),
    fc.record({ method: fc.constant("error"), input: anyVector(2), target: anyValue }),
    fc.record({ method: fc.constant("learn"), input: anyVector(2), target: anyValue }),
  );
  fc.assert(
    fc.property(anyLearningRate, fc.integer({ min: 1, max: 3 }), fc.array(call, { maxLength: 6 }), (
      learningRate,
      hidden,
      calls,
    ) => {
      let network: MultiLayerNetwork;
      try {
        network = new MultiLayerNetwork({
          learningRate: learningRate as number,
          sizes: [2, hidden, 1],
          random: seededRandom(hidden),
        });
      } catch (error) {
        return finiteOrRefused(() => {
          throw error;
        });
      }
      return calls.every(({ method, input, target }) =>
        finiteOrRefused(() => {
          const [x, t] = [input as number[], target as number];
          if (method === "predict") return network.predict(x);
          if (method === "error") return network.error(x, t);
          network.updateParameters(network.computeGradients(x, t));
        }) && finiteOrRefused(() => flatten(network.layers))
      );
    }),
    { numRuns: 300 },
  );
});
