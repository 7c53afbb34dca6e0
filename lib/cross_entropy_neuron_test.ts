import { assert } from "chai";
import { CrossEntropyNeuron } from "./cross_entropy_neuron.ts";
import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./random/seeded_random.ts";

const start = () => new CrossEntropyNeuron({ learningRate: 0.1, random: seededRandom(42) });

Deno.test("the same seed draws the same start as NeuralNetwork", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(42) });
  assert.deepEqual(start().weights, network.weights);
  assert.equal(start().bias, network.bias);
});

// NumPy, computed once at w = [1.502436748898717, -0.7607741531821633], b = 2.887331630915506:
// for x = [4, 1.5], z = 7.7559174 and -np.log(1 - 1 / (1 + np.exp(-z))) = 7.756345506277476;
// for x = [2, 1], target 1: -np.log(1 / (1 + np.exp(-5.13143098))) = 0.005890715690773111.
Deno.test("the error is the cross-entropy, finite even where the sigmoid rounds to 1", () => {
  const neuron = start();
  assert.closeTo(neuron.error([4, 1.5], 0), 7.756345506277476, 1e-12);
  assert.closeTo(neuron.error([2, 1], 1), 0.005890715690773111, 1e-12);
  assert.closeTo(neuron.error([1000, 0], 0), 1000 * neuron.weights[0] + neuron.bias, 1e-9);
});

Deno.test("a sure right prediction's error is tiny, e^-40 at a weighted sum of 40, never rounded to 0", () => {
  const neuron = start();
  // An input that makes the weighted sum 40: the error of target 1 is log(1 + e^-40).
  const x1 = (40 - neuron.bias) / neuron.weights[0];
  const error = neuron.error([x1, 0], 1);
  assert.isAbove(error, 0, "log(1 + e^-40) is not 0, though 1 + e^-40 rounds to 1");
  assert.closeTo(error / Math.exp(-40), 1, 1e-6);
});

Deno.test("the gradients are the slope of the error: p - t times each input, as finite differences say", () => {
  const neuron = start();
  const [x, t] = [[3, 1.5], 0];
  const { bias, weights } = neuron.computeGradients(x, t);
  assert.closeTo(bias, neuron.predict(x) - t, 1e-15);
  assert.deepEqual(weights, x.map((xi) => bias * xi));
  // Central differences of the error in the bias, through a neuron moved by +-h.
  const h = 1e-6;
  const moved = (d: number) => {
    const n = start();
    n.updateParameters({ bias: -d / n.learningRate, weights: [0, 0] });
    return n.error(x, t);
  };
  assert.closeTo((moved(h) - moved(-h)) / (2 * h), bias, 1e-6);
});

Deno.test("training on the eight points lowers the cross-entropy", () => {
  const neuron = start();
  const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
  const errors = neuron.train(inputs, [0, 1, 0, 1, 0, 1, 1, 0], 2000);
  assert.lengthOf(errors, 20);
  assert.isBelow(errors[19], errors[0]);
});

Deno.test("one update moves the bias and each weight against its gradient, times the learning rate", () => {
  const neuron = start();
  const [weights, bias] = [neuron.weights, neuron.bias];
  neuron.updateParameters({ bias: 2, weights: [10, -20] });
  assert.closeTo(neuron.bias, bias - 0.2, 1e-12);
  assert.closeTo(neuron.weights[0], weights[0] - 1, 1e-12);
  assert.closeTo(neuron.weights[1], weights[1] + 2, 1e-12);
});
