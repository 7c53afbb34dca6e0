// The check of exercise 09: the learner's backward pass against lib's layers (whose gradients
// lib's tests hold to finite differences), for two networks; then lesson 10's XOR network
// trained with it.

import { formatNumber } from "../lib/format_array.ts";
import { type Layer, LayeredNetwork } from "../lib/layers/layered_network.ts";
import type { Gradients } from "../lib/neural_network.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { train } from "../lib/train.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import {
  attempt,
  expectValue,
  expectVector,
  field,
  item,
  labeled,
  MESSAGE_WIDTH,
  type Result,
  showNumber,
  wrap,
  yours,
} from "./_checker/expect.ts";
import { expectNetworkLike, NETWORK_SHAPE, tutorialNetwork } from "./_checker/neurons.ts";

export const exercise: ExerciseInfo = {
  number: 9,
  file: "09_hidden_layer.ts",
  title: "a hidden layer's backward pass",
  names: ["backpropagate"],
  lesson: "lessons/10_hidden_layer.ts",
  uses: [1, 2],
  hints: [
    "Are the output neuron's gradients right? If so, which link joins a hidden unit to the error?",
    "The output neuron is exercise 03 with the hidden outputs h as its input. Hidden unit j " +
    "reaches the error through the output's layer 1, whose slope along h[j] is output weight j.",
    "delta = errorDerivative(prediction, target) * prediction * (1 - prediction); hidden unit " +
    "j's delta is delta * output.weights[j] * h[j] * (1 - h[j]), its weights' gradients that " +
    "times the input.",
  ],
  mistakes: {
    outputWeightMissing: {
      name: "the output weight missing from the hidden delta",
      hints: [
        "Through which parameter does hidden unit j's output reach the output neuron?",
        "Your hidden unit's gradient is the right one divided by its output weight: that weight " +
        "is missing from the chain.",
        "delta_j = delta * network.output.weights[j] * h[j] * (1 - h[j]).",
      ],
    },
  },
};

/** A hidden-layer network in the exercise's shape. */
interface HiddenNetwork {
  hidden: { weights: number[]; bias: number }[];
  output: { weights: number[]; bias: number };
}

/** A hidden-layer network (or its gradients) in the exercise's shape, from lib's layers. */
function hiddenLayerNetwork(network: LayeredNetwork | readonly Layer[]): HiddenNetwork {
  const [hidden, output] = network instanceof LayeredNetwork ? network.layers : network;
  return {
    hidden: hidden.weights.map((weights, j) => ({ weights, bias: hidden.biases[j] })),
    output: { weights: output.weights[0], bias: output.biases[0] },
  };
}

/** A lib network with the given hidden units and output neuron. */
function libNetwork(network: HiddenNetwork): LayeredNetwork {
  return new LayeredNetwork({
    learningRate: 1,
    layers: [
      {
        weights: network.hidden.map((unit) => unit.weights),
        biases: network.hidden.map((unit) => unit.bias),
      },
      { weights: [network.output.weights], biases: [network.output.bias] },
    ],
  });
}

/** Checks a backpropagate result against lib's gradients, each at the tutorial's precision. */
function expectHiddenGradients(
  result: Result,
  network: HiddenNetwork,
  input: number[],
  target: number,
): void {
  const shape = "{ hidden, output }";
  const units = network.hidden.length;
  const lib = hiddenLayerNetwork(libNetwork(network).computeGradients(input, target));
  expectNetworkLike(field(result, "output", shape), lib.output);
  const hidden = field(result, "hidden", shape);
  lib.hidden.forEach((unit, j) => {
    const w = network.output.weights[j];
    const unitResult = item(hidden, j, units, "hidden units' gradients");
    expectValue(field(unitResult, "bias", NETWORK_SHAPE), unit.bias, [{
      value: unit.bias / w,
      mistake: "outputWeightMissing",
      says: `That is the expected value divided by output weight ${j}, ${showNumber(w)}: ` +
        "the output weight is missing from the hidden delta.",
    }]);
    expectVector(field(unitResult, "weights", NETWORK_SHAPE), unit.weights, "weights");
  });
}

/** Where-lines that show a hidden-layer network, one neuron a line, numbers to 3 decimals. */
function showNetwork(network: HiddenNetwork): string {
  const round = (x: number) => Number(x.toFixed(3));
  const neuron = (n: { weights: number[]; bias: number }) =>
    `{ weights: [${n.weights.map(round).join(", ")}], bias: ${round(n.bias)} }`;
  const names = [...network.hidden.map((_, j) => `hidden[${j}]`), "output   "];
  const neurons = [...network.hidden, network.output].map(neuron);
  return names.map((name, k) => `  ${k === 0 ? "where" : "     "} network.${name} = ${neurons[k]}`)
    .join("\n");
}

export function check(module: Module, context: Context): string[] {
  const backpropagate = yours(module, exercise.file, "backpropagate");
  const network = {
    hidden: [tutorialNetwork, { weights: [-1, 1], bias: 0.5 }],
    output: { weights: [2, -1], bias: -0.5 },
  };
  const shown = labeled(network, "network", showNetwork(network));
  expectHiddenGradients(backpropagate(shown, [2, 1.5], 0), network, [2, 1.5], 0);
  // Three hidden units, on every XOR case.
  const three = hiddenLayerNetwork(
    new LayeredNetwork({ learningRate: 1, sizes: [2, 3, 1], random: seededRandom(3) }),
  );
  const other = labeled(three, "network", showNetwork(three));
  context.xor.inputs.forEach((input, i) => {
    const target = context.xor.targets[i];
    expectHiddenGradients(backpropagate(other, input, target), three, input, target);
  });
  return showXor(backpropagate, context);
}

/** Trains lesson 10's XOR network with the learner's backward pass, and shows its answers. */
function showXor(backpropagate: (...args: unknown[]) => Result, context: Context): string[] {
  const { inputs, targets, learningRate, iterations, seed, hidden } = context.xor;
  const random = seededRandom(seed);
  const network = new LayeredNetwork({ learningRate, sizes: [2, hidden, 1], random });
  // lib's training loop, with the learner's backward pass in place of lib's.
  const learner = {
    learningRate,
    inputSize: network.inputSize,
    classes: network.classes,
    predict: (input: readonly number[]) => network.predict(input),
    error: (input: readonly number[], target: number) => network.error(input, target),
    computeGradients(input: readonly number[], target: number): Layer[] {
      const value = backpropagate(hiddenLayerNetwork(network), input, target).value as {
        hidden: Gradients[];
        output: Gradients;
      };
      return [
        { weights: value.hidden.map((u) => u.weights), biases: value.hidden.map((u) => u.bias) },
        { weights: [value.output.weights], biases: [value.output.bias] },
      ];
    },
    updateParameters: (gradients: Layer[]) => network.updateParameters(gradients),
  };
  attempt("Training XOR with your backpropagate", () => {
    train(learner, inputs, targets, iterations, random);
  });
  const lines = inputs.map((input, i) => {
    const prediction = network.predict(input);
    const verdict = predictedClass(prediction) === targets[i] ? "correct" : "wrong";
    return `  [${input.join(", ")}] -> ${formatNumber(prediction).padEnd(10)} ` +
      `class ${predictedClass(prediction)}, target ${targets[i]}: ${verdict}`;
  });
  const correct = inputs.filter((x, i) => predictedClass(network.predict(x)) === targets[i]);
  return [
    ...wrap(
      `Your backward pass trained a [2, ${hidden}, 1] network on XOR as lesson 10 does: seed ` +
        `${seed}, ${iterations} iterations at learning rate ${learningRate}.`,
      "",
      MESSAGE_WIDTH,
    ),
    ...lines,
    `XOR accuracy: ${correct.length}/${inputs.length}. Lesson 10: deno run lessons/10_hidden_layer.ts`,
  ];
}
