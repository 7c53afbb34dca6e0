// The lib's backpropagation, checked against TensorFlow.js's automatic gradients for random
// networks of several shapes, the way micrograd is tested against PyTorch: the tutorial's
// neuron, sigmoid networks of one and two hidden layers (squared error), and ReLU networks with
// a softmax output (cross-entropy). TensorFlow.js computes in float32, so the two agree to
// float32 precision: within 1e-5 of the largest gradient of the sample.
//
// Run it: deno task test:framework

import { assert } from "chai";
import { flatten } from "../../lib/layers/_flat_parameters.ts";
import { type Layer as LayerParameters, LayeredNetwork } from "../../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../../lib/neural_network.ts";
import { seededRandom } from "../../lib/random/seeded_random.ts";
import { loadFramework, type Tensor } from "./tensorflow.ts";

const { tf } = await loadFramework();

/** The gradients of a sample's error, by TensorFlow.js, for each layer's weights and biases. */
function automaticGradients(
  layers: readonly LayerParameters[],
  input: readonly number[],
  target: number,
  kind: "sigmoid" | "softmax",
): LayerParameters[] {
  const error = (...parameters: Tensor[]) => {
    let activation: Tensor = tf.tensor2d([...input], [input.length, 1]);
    layers.forEach((_, l) => {
      const sums = tf.add(tf.matMul(parameters[2 * l], activation), parameters[2 * l + 1]);
      const last = l === layers.length - 1;
      activation = kind === "sigmoid" ? tf.sigmoid(sums) : last ? sums : tf.relu(sums);
    });
    if (kind === "sigmoid") return tf.sum(tf.square(tf.sub(activation, target)));
    // The cross-entropy of the softmax: -log(softmax(sums)[target]).
    return tf.neg(tf.sum(tf.gather(tf.logSoftmax(tf.reshape(activation, [-1])), [target])));
  };
  const parameters = layers.flatMap(({ weights, biases }) => [
    tf.tensor2d(weights),
    tf.tensor2d(biases, [biases.length, 1]),
  ]);
  const gradients = tf.grads(error)(parameters).map((g) => g.arraySync() as number[][]);
  return layers.map((_, l) => ({
    weights: gradients[2 * l],
    biases: gradients[2 * l + 1].map(([b]) => b),
  }));
}

/** Asserts that two sets of gradients agree within 1e-5 of the largest of them. */
function assertAgree(lib: LayerParameters[], tfjs: LayerParameters[], what: string) {
  const a = flatten(lib);
  const b = flatten(tfjs);
  assert.lengthOf(b, a.length, what);
  const scale = Math.max(...a.map(Math.abs));
  assert.isAbove(scale, 1e-4, `${what}: the sample's gradients are not all vanishingly small`);
  a.forEach((g, i) => assert.closeTo(b[i], g, 1e-5 * scale, `${what}, parameter ${i}`));
}

/** Random inputs in [-1, 1]. */
const inputs = (size: number, random: () => number) =>
  Array.from({ length: size }, () => 2 * random() - 1);

Deno.test("the tutorial's neuron: its chain rule gives TensorFlow.js's gradients", () => {
  const random = seededRandom(1);
  for (let sample = 0; sample < 5; sample++) {
    const network = new NeuralNetwork({ learningRate: 0.1, inputSize: 3, random });
    const input = inputs(3, random);
    const target = sample % 2;
    const { weights, bias } = network.computeGradients(input, target);
    const layers = [{ weights: [network.weights], biases: [network.bias] }];
    assertAgree(
      [{ weights: [weights], biases: [bias] }],
      automaticGradients(layers, input, target, "sigmoid"),
      `sample ${sample}`,
    );
  }
});

for (const sizes of [[2, 4, 1], [3, 5, 1], [4, 6, 3, 1]]) {
  Deno.test(`sigmoid networks ${JSON.stringify(sizes)}: backpropagation gives TensorFlow.js's gradients`, () => {
    const random = seededRandom(sizes.length * 10 + sizes[1]);
    for (let sample = 0; sample < 4; sample++) {
      const network = new LayeredNetwork({ learningRate: 1, sizes, random });
      const input = inputs(sizes[0], random);
      const target = sample % 2;
      const lib = network.computeGradients(input, target);
      const layers = network.layers.map(({ weights, biases }) => ({ weights, biases }));
      assertAgree(lib, automaticGradients(layers, input, target, "sigmoid"), `sample ${sample}`);
    }
  });
}

for (const sizes of [[4, 6, 3], [64, 32, 10], [5, 8, 6, 4]]) {
  Deno.test(`ReLU and softmax networks ${JSON.stringify(sizes)}: backpropagation gives TensorFlow.js's gradients`, () => {
    const random = seededRandom(sizes.length * 100 + sizes[1]);
    for (let sample = 0; sample < 4; sample++) {
      // Drawn biases too (the network starts them at 0), so that every gradient is exercised.
      const softmax = {
        hidden: "relu",
        output: "softmax",
        error: "cross-entropy",
        initialisation: "he",
      } as const;
      const drawn = new LayeredNetwork({ learningRate: 0.1, sizes, random, ...softmax });
      const network = new LayeredNetwork({
        learningRate: 0.1,
        ...softmax,
        layers: drawn.layers.map(({ weights, biases }) => ({
          weights,
          biases: biases.map(() => random() - 0.5),
        })),
      });
      const input = inputs(sizes[0], random);
      const target = Math.floor(random() * sizes.at(-1)!);
      const lib = network.computeGradients(input, target);
      assertAgree(
        lib,
        automaticGradients(network.layers, input, target, "softmax"),
        `sample ${sample}`,
      );
    }
  });
}
