import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "./data/parse_dataset.ts";
import { assert } from "chai";
import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./random/seeded_random.ts";
import { sigmoid } from "./sigmoid.ts";

// The tutorial's eight training points, from the data set the lessons use.
const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");

const tutorialNetwork = () =>
  new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 });

Deno.test("predict is sigmoid(dot(input, weights) + bias): 0.87101915 for [2, 1.5]", () => {
  assert.closeTo(tutorialNetwork().predict([2, 1.5]), 0.87101915, 5e-9);
});

Deno.test("the gradients for [2, 1.5], target 0, at the tutorial's weights: bias 0.19570893, weights [0.39141786, 0.29356339]", () => {
  const gradients = tutorialNetwork().computeGradients([2, 1.5], 0);
  assert.closeTo(gradients.bias, 0.19570893, 5e-9);
  assert.closeTo(gradients.weights[0], 0.39141786, 5e-9);
  assert.closeTo(gradients.weights[1], 0.29356339, 5e-9);
});

Deno.test("one update moves bias and weights by exactly -learningRate * gradient", () => {
  const network = tutorialNetwork();
  const gradients = network.computeGradients([2, 1.5], 0);
  network.updateParameters(gradients);
  assert.equal(network.bias, 0 - gradients.bias * 0.1);
  assert.deepEqual(network.weights, [
    1.45 - gradients.weights[0] * 0.1,
    -0.66 - gradients.weights[1] * 0.1,
  ]);
});

Deno.test("train makes the same update as computeGradients then updateParameters", () => {
  // A random source that always picks sample 3 ([3, 4], target 1).
  const pickThird = () => 3 / inputs.length;
  const trained = new NeuralNetwork({
    learningRate: 0.1,
    weights: [1.45, -0.66],
    bias: 0,
    random: pickThird,
  });
  trained.train(inputs, targets, 1);
  const byHand = tutorialNetwork();
  byHand.updateParameters(byHand.computeGradients(inputs[3], targets[3]));
  assert.deepEqual(trained.weights, byHand.weights);
  assert.equal(trained.bias, byHand.bias);
});

Deno.test("train calls random exactly once per iteration when weights and bias are given", () => {
  let calls = 0;
  const random = seededRandom(1);
  const network = new NeuralNetwork({
    learningRate: 0.1,
    weights: [0, 0],
    bias: 0,
    random: () => (calls++, random()),
  });
  network.train(inputs, targets, 250);
  assert.equal(calls, 250);
});

Deno.test("train returns 100 cumulative errors for 10,000 iterations", () => {
  const errors = new NeuralNetwork({ learningRate: 0.1 }).train(inputs, targets, 10_000);
  assert.lengthOf(errors, 100);
  for (const error of errors) assert.isTrue(Number.isFinite(error) && error > 0);
});

Deno.test("the cumulative error is the sum of squared errors over all points, taken after the update", () => {
  const network = tutorialNetwork();
  const [error] = network.train(inputs, targets, 1); // iteration 0 records one value
  const expected = inputs.reduce((sum, x, i) => sum + (network.predict(x) - targets[i]) ** 2, 0);
  assert.equal(error, expected);
});

Deno.test("the same seed gives identical training, another seed a different one", () => {
  const run = (seed: number) => {
    const network = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(seed) });
    return { errors: network.train(inputs, targets, 10_000), weights: network.weights };
  };
  assert.deepEqual(run(42), run(42));
  assert.notDeepEqual(run(42).errors, run(7).errors);
});

Deno.test("for the default seed the last cumulative error is below the first", () => {
  const errors = new NeuralNetwork({ learningRate: 0.1 }).train(inputs, targets, 10_000);
  assert.isBelow(errors[99], errors[0]);
});

Deno.test("the default random source is seeded: two default networks are identical", () => {
  const a = new NeuralNetwork({ learningRate: 0.1 });
  const b = new NeuralNetwork({ learningRate: 0.1 });
  assert.deepEqual(a.weights, b.weights);
  assert.equal(a.bias, b.bias);
});

Deno.test("weights are standard normal draws: over many networks, mean near 0 and deviation near 1", () => {
  const random = seededRandom(3);
  const draws = Array.from({ length: 4000 }, () => {
    const network = new NeuralNetwork({ learningRate: 0.1, random, inputSize: 1 });
    return [network.weights[0], network.bias];
  }).flat();
  const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
  const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
  assert.closeTo(mean, 0, 0.05);
  assert.closeTo(Math.sqrt(variance), 1, 0.05);
});

Deno.test("any input length works: three inputs, drawn weights", () => {
  const network = new NeuralNetwork({ learningRate: 0.5, inputSize: 3, random: seededRandom(5) });
  assert.lengthOf(network.weights, 3);
  const errors = network.train([[1, 0, 0], [0, 1, 0], [0, 0, 1]], [1, 0, 1], 1000);
  assert.lengthOf(errors, 10);
  assert.isBelow(errors[9], errors[0]);
});

Deno.test("weights given without a bias: only the bias is drawn", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [1, 2], random: () => 0.5 });
  assert.deepEqual(network.weights, [1, 2]);
  assert.isTrue(Number.isFinite(network.bias));
});

Deno.test("the weights getter returns a copy: changing it does not change the network", () => {
  const network = tutorialNetwork();
  network.weights[0] = 100;
  assert.deepEqual(network.weights, [1.45, -0.66]);
});

Deno.test("a bad learning rate, input size or parameter throws a RangeError that names it", () => {
  for (const learningRate of [0, -0.1, NaN, Infinity]) {
    assert.throws(() => new NeuralNetwork({ learningRate }), RangeError, "learning rate");
  }
  assert.throws(
    () => new NeuralNetwork({ learningRate: 0.1, inputSize: 0 }),
    RangeError,
    "input size",
  );
  assert.throws(
    () => new NeuralNetwork({ learningRate: 0.1, weights: [], bias: 0 }),
    RangeError,
    "Expected the input size to be a whole number of at least 1, got 0",
  );
  assert.throws(
    () => new NeuralNetwork({ learningRate: 0.1, weights: [1, NaN], bias: 0 }),
    RangeError,
    "weights[1]",
  );
  assert.throws(
    () => new NeuralNetwork({ learningRate: 0.1, weights: [1], bias: NaN }),
    RangeError,
    "bias",
  );
});

Deno.test("train refuses an empty set, mismatched counts, wrong lengths and non-finite values", () => {
  const network = tutorialNetwork();
  assert.throws(() => network.train([], [], 10), RangeError, "empty training set");
  assert.throws(() => network.train(inputs, [0, 1], 10), RangeError, "8 inputs but 2 targets");
  assert.throws(
    () => network.train([[1, 2, 3]], [0], 10),
    RangeError,
    "Input 0 has 3 values but the network takes 2",
  );
  assert.throws(() => network.train([[1, NaN]], [0], 10), RangeError, "input 0[1]");
  assert.throws(() => network.train(inputs, targets, 1.5), RangeError, "iterations");
  assert.throws(() => network.predict([1, 2, 3]), RangeError, "3 and 2");
});

Deno.test("training that diverges stops with a message that suggests a smaller learning rate", () => {
  const network = new NeuralNetwork({
    learningRate: 1e308,
    weights: [0, 0],
    bias: 0,
    random: seededRandom(1),
  });
  assert.throws(
    () => network.train([[8, 8]], [0], 100),
    RangeError,
    "Try a smaller learning rate than 1e+308",
  );
});

Deno.test("the class's prediction is the sigmoid of its layer 1", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [0.5, -1], bias: 0.25 });
  assert.equal(network.predict([2, 1]), sigmoid(0.5 * 2 - 1 + 0.25));
});

Deno.test("updateParameters with a NaN or infinite gradient refuses and leaves the network unchanged", () => {
  for (const gradients of [{ bias: NaN, weights: [0, 0] }, { bias: 0, weights: [0, Infinity] }]) {
    const network = tutorialNetwork();
    assert.throws(
      () => network.updateParameters(gradients),
      RangeError,
      "The update would make a parameter",
    );
    assert.deepEqual(network.weights, [1.45, -0.66]);
    assert.equal(network.bias, 0);
  }
});

Deno.test("predict with an input of the wrong length names the input and the weights", () => {
  assert.throws(
    () => tutorialNetwork().predict([1, 2, 3]),
    RangeError,
    "Expected the input and the weights to have the same length, got 3 and 2",
  );
});

Deno.test("an update that overflows a parameter is refused whole: no parameter moves", () => {
  const network = new NeuralNetwork({ learningRate: 10, weights: [1, 1.7e308], bias: 0 });
  assert.throws(
    () => network.updateParameters({ bias: 1, weights: [1, -1e307] }),
    RangeError,
    "The update would make a parameter Infinity: nothing was changed",
  );
  assert.deepEqual(network.weights, [1, 1.7e308], "weights[0] did not move either");
  assert.equal(network.bias, 0, "nor did the bias");
});
