// The exercises, in the tutorial's order, and how each is checked: first the tutorial's own
// numbers, then properties that any right answer has (the sigmoid stays in (0, 1), gradients
// match finite differences). Every expected value comes from the tutorial or from lib/, never
// from a solution. A check throws NotDone with a plain message at the first wrong answer; when
// all pass it may return a few lines to show (the last ones train networks with the learner's
// code).

import { lineChartText } from "../../lib/charts/line_chart_text.ts";
import { formatArray, formatNumber } from "../../lib/format_array.ts";
import { numericalGradient } from "../../lib/gradient_check/numerical_gradient.ts";
import { MultiLayerNetwork } from "../../lib/layers/multilayer_network.ts";
import { makePrediction } from "../../lib/make_prediction.ts";
import { type Gradients, NeuralNetwork } from "../../lib/neural_network.ts";
import { predictedClass } from "../../lib/predicted_class.ts";
import { seededRandom } from "../../lib/random/seeded_random.ts";
import { squaredError } from "../../lib/squared_error.ts";
import { ERROR_EVERY, train } from "../../lib/train.ts";
import type { Context } from "./context.ts";
import {
  attempt,
  expectClose,
  expectList,
  expectNumber,
  expectValue,
  expectVector,
  field,
  item,
  labeled,
  MESSAGE_WIDTH,
  mismatch,
  type Result,
  showNumber,
  wrap,
  yours,
} from "./expect.ts";

/** A learner's exercise file, as imported. */
export type Module = Record<string, unknown>;

/** One exercise: where it is, what it is about, and how it is checked. */
export interface Exercise {
  number: number;
  /** The file in exercises/ (and in exercises/solutions/). */
  file: string;
  title: string;
  /** The function the learner writes. */
  name: string;
  /** The lesson that explains the idea. */
  lesson: string;
  /** The earlier exercises whose functions this one's code calls. */
  uses: number[];
  /** One hint, shown when the exercise is not done. */
  hint: string;
  /**
   * Checks the learner's module.
   *
   * @returns Lines to show once it passes, if any.
   * @throws {NotDone} At the first wrong answer.
   */
  check(module: Module, context: Context): string[];
}

/** "03": how exercise numbers are written. */
export const id = (number: number): string => String(number).padStart(2, "0");

/** The tutorial's weights and bias. */
const tutorialNetwork = { weights: [1.45, -0.66], bias: 0 };

/** Finite differences agree with a right gradient to about 1e-9; a wrong one is far off. */
const GRADIENT_TOLERANCE = 1e-6;

const NETWORK_SHAPE = "{ weights, bias }";

/** The learner's network-shaped result, checked field by field against lib's numbers. */
function expectNetworkLike(
  result: Result,
  expected: { weights: readonly number[]; bias: number | string },
): void {
  expectValue(field(result, "bias", NETWORK_SHAPE), expected.bias);
  expectVector(field(result, "weights", NETWORK_SHAPE), expected.weights, "weights");
}

/** Every gradient of `result` against central finite differences of `error`. */
function expectFiniteDifferences(
  result: Result,
  error: (parameters: readonly number[]) => number,
  network: { weights: readonly number[]; bias: number },
): void {
  const [bias, ...weights] = numericalGradient(error, [network.bias, ...network.weights]);
  const what = "by finite differences";
  expectClose(field(result, "bias", NETWORK_SHAPE), bias, GRADIENT_TOLERANCE, what);
  const weightsResult = field(result, "weights", NETWORK_SHAPE);
  weights.forEach((w, i) => {
    const weight = item(weightsResult, i, weights.length, "weight gradients");
    expectClose(weight, w, GRADIENT_TOLERANCE, what);
  });
}

/** One sample's squared error, lib's way, as a function of [bias, ...weights]. */
const sampleError =
  (input: readonly number[], target: number) => ([bias, ...weights]: readonly number[]) =>
    squaredError(makePrediction(input, weights, bias), target);

/** A hidden-layer network in the exercise's shape, from lib's layers. */
function hiddenLayerNetwork(network: MultiLayerNetwork) {
  const [hidden, output] = network.layers;
  return {
    hidden: hidden.weights.map((weights, j) => ({ weights, bias: hidden.biases[j] })),
    output: { weights: output.weights[0], bias: output.biases[0] },
  };
}

/** A lib network with the given hidden units and output neuron. */
function libNetwork(network: ReturnType<typeof hiddenLayerNetwork>): MultiLayerNetwork {
  return new MultiLayerNetwork({
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

/** All parameters of a hidden-layer network in one list, and back. */
function flatten<T>(
  network: { hidden: { weights: T[]; bias: T }[]; output: { weights: T[]; bias: T } },
): T[] {
  return [
    ...network.hidden.flatMap((unit) => [unit.bias, ...unit.weights]),
    network.output.bias,
    ...network.output.weights,
  ];
}

function unflatten(
  parameters: readonly number[],
  inputs: number,
  units: number,
): ReturnType<typeof hiddenLayerNetwork> {
  const unit = (at: number) => ({
    bias: parameters[at],
    weights: parameters.slice(at + 1, at + 1 + inputs),
  });
  const hidden = Array.from({ length: units }, (_, j) => unit(j * (inputs + 1)));
  const output = {
    bias: parameters[units * (inputs + 1)],
    weights: parameters.slice(units * (inputs + 1) + 1),
  };
  return { hidden, output };
}

/** Checks a backpropagate result against lib's gradients and against finite differences. */
function expectHiddenGradients(
  result: Result,
  network: ReturnType<typeof hiddenLayerNetwork>,
  input: number[],
  target: number,
): void {
  const shape = "{ hidden, output }";
  const units = network.hidden.length;
  const [hiddenGradients, [outputGradients]] = libNetwork(network).computeGradients(input, target);
  expectNetworkLike(field(result, "output", shape), outputGradients);
  const hidden = field(result, "hidden", shape);
  hiddenGradients.forEach((unit, j) => {
    expectNetworkLike(item(hidden, j, units, "hidden units' gradients"), unit);
  });

  // Every parameter, by finite differences of lib's error (the shape is checked above).
  const error = (parameters: readonly number[]) =>
    libNetwork(unflatten(parameters, input.length, units)).error(input, target);
  const numerical = numericalGradient(error, flatten(network));
  const learner = flatten(result.value as ReturnType<typeof hiddenLayerNetwork>);
  const names = flatten(parameterNames(input.length, units));
  numerical.forEach((slope, k) => {
    const parameter = { ...result, subject: `${result.subject}.${names[k]}`, value: learner[k] };
    expectClose(parameter, slope, GRADIENT_TOLERANCE, "by finite differences");
  });
}

/** Each parameter's path, "hidden[1].weights[0]", in the network's shape. */
function parameterNames(inputs: number, units: number) {
  const neuron = (prefix: string, size: number) => ({
    bias: `${prefix}.bias`,
    weights: Array.from({ length: size }, (_, i) => `${prefix}.weights[${i}]`),
  });
  return {
    hidden: Array.from({ length: units }, (_, j) => neuron(`hidden[${j}]`, inputs)),
    output: neuron("output", units),
  };
}

export const exercises: readonly Exercise[] = [
  {
    number: 1,
    file: "01_dot.ts",
    title: "the dot product",
    name: "dot",
    lesson: "lessons/01_weighted_sum.ts",
    uses: [],
    hint: "Multiply the elements pair by pair and add up the products: a[0] * b[0] + " +
      "a[1] * b[1] + ... A for loop over the indexes works for vectors of any length.",
    check(module) {
      const dot = yours(module, this.file, this.name);
      expectValue(dot([1.72, 1.23], [1.26, 0]), "2.1672");
      // The tutorial prints 4.1259, cut short; the value is 4.126 (lesson 01's erratum).
      expectValue(dot([1.72, 1.23], [2.17, 0.32]), "4.126");
      // Any length, not only two.
      expectValue(dot([1, 2, 3], [4, 5, 6]), 32);
      expectValue(dot([3], [4]), 12);
      // The order of the vectors does not matter.
      const a = [0.5, -2, 3];
      const b = [4, 0.25, -1];
      expectValue(dot(b, a), expectNumber(dot(a, b)));
      return [];
    },
  },
  {
    number: 2,
    file: "02_sigmoid.ts",
    title: "the sigmoid",
    name: "sigmoid",
    lesson: "lessons/02_sigmoid.ts",
    uses: [],
    hint: "Math.exp(x) is e^x, so the sigmoid is 1 / (1 + Math.exp(-x)). Mind the minus sign.",
    check(module) {
      const sigmoid = yours(module, this.file, this.name);
      expectValue(sigmoid(0), "0.5");
      // Layer 1 of the tutorial's two predictions: 1.3774 for [1.66, 1.56], 1.91 for [2, 1.5].
      expectValue(sigmoid(1.3774), "0.7985731");
      expectValue(sigmoid(1.91), "0.87101915");
      // Properties: it stays in (0, 1), rises, and sigmoid(-x) = 1 - sigmoid(x).
      let previous: { x: number; value: number } | undefined;
      for (const x of [-30, -10, -5, -2.5, -1, -0.5, 0.5, 1, 2.5, 5, 10, 30]) {
        const result = sigmoid(x);
        const value = expectNumber(result);
        if (!(value > 0 && value < 1)) {
          throw mismatch(result, "be between 0 and 1 (never 0 or 1 itself)", String(value));
        }
        if (previous && !(value > previous.value)) {
          const should = `be above sigmoid(${previous.x}) = ${showNumber(previous.value)}`;
          throw mismatch(result, `${should}: the sigmoid rises`, showNumber(value));
        }
        previous = { x, value };
        const mirror = sigmoid(-x);
        const mirrored = expectNumber(mirror);
        if (!(Math.abs(mirrored - (1 - value)) <= 1e-12)) {
          throw mismatch(mirror, `be 1 - sigmoid(${x}) = ${showNumber(1 - value)}`, mirrored + "");
        }
      }
      // Far out it reaches 1 and 0 without a NaN.
      expectValue(sigmoid(1000), 1);
      expectValue(sigmoid(-1000), 0);
      return [];
    },
  },
  {
    number: 3,
    file: "03_prediction.ts",
    title: "a prediction",
    name: "makePrediction",
    lesson: "lessons/03_predict.ts",
    uses: [1, 2],
    hint: "Layer 1 is dot(input, weights) + bias, with your dot from exercise 01; the " +
      "prediction (layer 2) is sigmoid(layer 1), with your sigmoid from exercise 02.",
    check(module) {
      const predict = yours(module, this.file, this.name);
      const { weights, bias } = tutorialNetwork;
      expectValue(predict([1.66, 1.56], weights, bias), "0.7985731");
      expectValue(predict([2, 1.5], weights, bias), "0.87101915");
      // The tutorial's bias is 0; another shows whether it is added.
      expectValue(predict([2, 1.5], weights, 1), makePrediction([2, 1.5], weights, 1));
      expectValue(predict([2, 1.5], weights, -3), makePrediction([2, 1.5], weights, -3));
      // Any number of inputs.
      const three = [[1, 2, 3], [0.1, 0.2, 0.3]];
      expectValue(predict(three[0], three[1], -1), makePrediction(three[0], three[1], -1));
      return [];
    },
  },
  {
    number: 4,
    file: "04_error.ts",
    title: "the squared error",
    name: "squaredError",
    lesson: "lessons/04_error.ts",
    uses: [],
    hint: "Subtract the target from the prediction, then square the difference: " +
      "(prediction - target) ** 2.",
    check(module) {
      const error = yours(module, this.file, this.name);
      const prediction = makePrediction([2, 1.5], tutorialNetwork.weights, tutorialNetwork.bias);
      expectValue(error(labeled(prediction, "0.87101915"), 0), "0.75867436");
      // Below the target, the error is still positive; on it, zero.
      expectValue(error(0.2, 1), 0.64);
      expectValue(error(1, 1), 0);
      expectValue(error(0.7, 1), squaredError(0.7, 1));
      return [];
    },
  },
  {
    number: 5,
    file: "05_derivative.ts",
    title: "the error's derivative",
    name: "errorDerivative",
    lesson: "lessons/05_gradient_descent.ts",
    uses: [],
    hint: "The derivative of (prediction - target)^2 with respect to the prediction is " +
      "2 * (prediction - target): positive when the prediction is too high.",
    check(module) {
      const derivative = yours(module, this.file, this.name);
      const prediction = makePrediction([2, 1.5], tutorialNetwork.weights, tutorialNetwork.bias);
      expectValue(derivative(labeled(prediction, "0.87101915"), 0), "1.7420383");
      // A prediction below its target: negative, so the prediction must go up.
      expectValue(derivative(0.2, 1), -1.6);
      // Property: it is the slope of the squared error, by finite differences.
      for (const [p, target] of [[0.3, 0], [0.9, 1], [0.5, 1], [0.01, 0]]) {
        const [slope] = numericalGradient(([q]) => squaredError(q, target), [p]);
        expectClose(derivative(p, target), slope, GRADIENT_TOLERANCE, "the slope of the error");
      }
      return [];
    },
  },
  {
    number: 6,
    file: "06_gradients.ts",
    title: "the gradients",
    name: "computeGradients",
    lesson: "lessons/06_chain_rule.ts",
    uses: [1, 2, 5],
    hint: "Multiply along the chain: errorDerivative(prediction, target) times " +
      "sigmoid(layer1) * (1 - sigmoid(layer1)) gives the bias's gradient (dlayer1_dbias is " +
      "1); times input[i], weight i's.",
    check(module, context) {
      const gradients = yours(module, this.file, this.name);
      expectNetworkLike(gradients(tutorialNetwork, [2, 1.5], 0), {
        weights: [0.39141786, 0.29356339],
        bias: "0.19570893",
      });
      // The tutorial's notebook runs the chain after lesson 05's update.
      const updated = { weights: [-0.2920383, -2.4020383], bias: 0 };
      expectValue(field(gradients(updated, [2, 1.5], 0), "bias", NETWORK_SHAPE), "0.00044105");
      // Property: every gradient matches finite differences, for every training point.
      const { inputs, targets } = context.tutorial;
      for (const network of [tutorialNetwork, { weights: [-0.5, 1.2], bias: 0.3 }]) {
        inputs.forEach((input, i) => {
          const result = gradients(network, input, targets[i]);
          expectFiniteDifferences(result, sampleError(input, targets[i]), network);
        });
      }
      return [];
    },
  },
  {
    number: 7,
    file: "07_update.ts",
    title: "one update step",
    name: "updateParameters",
    lesson: "lessons/07_neural_network.ts",
    uses: [],
    hint: "Move each parameter against its gradient, scaled by the learning rate: " +
      "weights[i] - gradients.weights[i] * learningRate, and the same for the bias.",
    check(module, context) {
      const update = yours(module, this.file, this.name);
      // Lesson 05's shortcut: subtract the derivative 1.7420383 from both weights.
      const derivative = { weights: [1.7420383, 1.7420383], bias: 0 };
      expectNetworkLike(update(tutorialNetwork, derivative, 1), {
        weights: [-0.2920383, -2.4020383],
        bias: 0,
      });
      // Lesson 07's update: the chain rule's gradients, at the learning rate 0.1.
      const gradients = { weights: [0.39141786, 0.29356339], bias: 0.19570893 };
      expectNetworkLike(update(tutorialNetwork, gradients, 0.1), {
        weights: [1.41085821, -0.68935634],
        bias: "-0.01957089",
      });
      // Property: a small step against its gradient lowers a sample's error.
      const { inputs, targets } = context.tutorial;
      const network = new NeuralNetwork({ learningRate: 0.01, ...tutorialNetwork });
      inputs.forEach((input, i) => {
        const before = network.error(input, targets[i]);
        const step = update(tutorialNetwork, network.computeGradients(input, targets[i]), 0.01);
        const weights = expectList(field(step, "weights", NETWORK_SHAPE), 2, "weights");
        const bias = expectNumber(field(step, "bias", NETWORK_SHAPE));
        const after = squaredError(makePrediction(input, weights as number[], bias), targets[i]);
        if (!(after < before)) {
          throw mismatch(
            { ...step, subject: `${step.subject} for [${input.join(", ")}]` },
            `lower its error from ${showNumber(before)}`,
            `an error of ${showNumber(after)}`,
          );
        }
      });
      return [];
    },
  },
  {
    number: 8,
    file: "08_train.ts",
    title: "the training loop",
    name: "train",
    lesson: "lessons/08_train.ts",
    uses: [3, 4, 6, 7],
    hint: "Each iteration: i = Math.floor(random() * inputs.length), then that sample's " +
      "gradients and one update. When iteration % 100 === 0, after the update, add up the " +
      "squared errors of all samples and push the sum.",
    check(module, context) {
      const learnerTrain = yours(module, this.file, this.name);
      const note = "  where inputs and targets: the eight points of data/tutorial.csv";
      const points = labeled(context.tutorial.inputs, "inputs", note);
      // One iteration that always picks the first sample, then 250 seeded picks at another rate.
      const first = () => () => 0;
      expectTraining(learnerTrain, points, context, tutorialNetwork, 1, 0.1, first);
      const picks = Array.from({ length: 250 }, seededRandom(7));
      const replay = () => {
        let k = 0;
        return () => picks[k++ % picks.length];
      };
      expectTraining(learnerTrain, points, context, tutorialNetwork, 250, 0.05, replay);
      return showTraining(learnerTrain, points, context);
    },
  },
  {
    number: 9,
    file: "09_hidden_layer.ts",
    title: "a hidden layer's backward pass",
    name: "backpropagate",
    lesson: "lessons/10_hidden_layer.ts",
    uses: [3, 5],
    hint: "Forward first, keeping each hidden output h[j]. The output neuron's gradients are " +
      "exercise 06's with h as its input; hidden unit j's slope is the output's delta times " +
      "output.weights[j] times h[j] * (1 - h[j]), and its weights' gradients are that times " +
      "the input.",
    check(module, context) {
      const backpropagate = yours(module, this.file, this.name);
      const network = {
        hidden: [tutorialNetwork, { weights: [-1, 1], bias: 0.5 }],
        output: { weights: [2, -1], bias: -0.5 },
      };
      const shown = labeled(network, "network", showNetwork(network));
      expectHiddenGradients(backpropagate(shown, [2, 1.5], 0), network, [2, 1.5], 0);
      // Property: finite differences agree for three hidden units, on every XOR case.
      const three = hiddenLayerNetwork(
        new MultiLayerNetwork({ learningRate: 1, sizes: [2, 3, 1], random: seededRandom(3) }),
      );
      const other = labeled(three, "network", showNetwork(three));
      context.xor.inputs.forEach((input, i) => {
        const target = context.xor.targets[i];
        expectHiddenGradients(backpropagate(other, input, target), three, input, target);
      });
      return showXor(backpropagate, context);
    },
  },
];

/** Where-lines that show a hidden-layer network, one neuron a line, numbers to 3 decimals. */
function showNetwork(network: ReturnType<typeof hiddenLayerNetwork>): string {
  const round = (x: number) => Number(x.toFixed(3));
  const neuron = (n: { weights: number[]; bias: number }) =>
    `{ weights: [${n.weights.map(round).join(", ")}], bias: ${round(n.bias)} }`;
  const names = [...network.hidden.map((_, j) => `hidden[${j}]`), "output   "];
  const neurons = [...network.hidden, network.output].map(neuron);
  return names.map((name, k) => `  ${k === 0 ? "where" : "     "} network.${name} = ${neurons[k]}`)
    .join("\n");
}

/** A network of the tutorial's shape. */
interface Neuron {
  weights: number[];
  bias: number;
}

/**
 * Runs the learner's `train` and lib's training loop from the same start, on the same data and
 * the same random numbers (`generator()` gives a fresh source of them each time), and compares
 * the error curves and the trained networks.
 *
 * @returns The learner's curve and trained network, once they match lib's.
 */
function expectTraining(
  learnerTrain: ReturnType<typeof yours>,
  points: unknown,
  context: Context,
  start: Neuron,
  iterations: number,
  learningRate: number,
  generator: () => () => number,
): { errors: number[]; network: Neuron } {
  const { inputs, targets } = context.tutorial;
  let calls = 0;
  const source = generator();
  const random = labeled(() => (calls++, source()), "random");
  const labels = labeled(targets, "targets");
  const result = learnerTrain(start, points, labels, iterations, learningRate, random);
  if (calls !== iterations) {
    const times = iterations === 1 ? "once" : `${iterations} times`;
    throw mismatch(result, `call random() once per iteration, so ${times}`, `${calls} calls`);
  }
  const reference = new NeuralNetwork({ learningRate, ...start });
  const expected = train(reference, inputs, targets, iterations, generator());

  const shape = "{ network, cumulativeErrors }";
  const what = "as lib's loop gives";
  const curve = field(result, "cumulativeErrors", shape);
  const at = expected.map((_, k) => k * ERROR_EVERY);
  const count = `values (iteration${at.length === 1 ? "" : "s"} ${
    at.length > 4
      ? `${at[0]}, ${at[1]}, ..., ${at.at(-1)}`
      : at.join(", ").replace(/, (\d+)$/, " and $1")
  })`;
  const errors = expected.map((e, k) =>
    expectClose(item(curve, k, expected.length, count), e, 1e-9, what)
  );
  const network = field(result, "network", shape);
  const weightsResult = field(network, "weights", NETWORK_SHAPE);
  const weights = reference.weights.map((w, i) =>
    expectClose(item(weightsResult, i, start.weights.length, "weights"), w, 1e-9, what)
  );
  const bias = expectClose(field(network, "bias", NETWORK_SHAPE), reference.bias, 1e-9, what);
  return { errors, network: { weights, bias } };
}

/**
 * Trains the tutorial's network with the learner's `train` exactly as lesson 08 does (its seed,
 * start, picks, learning rate and iterations), checks that it gives lib's numbers, and shows
 * the curve.
 */
function showTraining(
  learnerTrain: ReturnType<typeof yours>,
  points: unknown,
  context: Context,
): string[] {
  const { inputs, targets, learningRate, iterations, seed } = context.tutorial;
  // Lesson 08's way: one seeded generator draws the weights and bias, then every pick.
  const seeded = () => {
    const random = seededRandom(seed);
    const start = new NeuralNetwork({ learningRate, random });
    return { random, start: { weights: start.weights, bias: start.bias } };
  };
  const { start } = seeded();
  const { errors, network } = expectTraining(
    learnerTrain,
    points,
    context,
    start,
    iterations,
    learningRate,
    () => seeded().random,
  );
  const lowest = errors.indexOf(Math.min(...errors));
  const correct =
    inputs.filter((x, i) =>
      predictedClass(makePrediction(x, network.weights, network.bias)) === targets[i]
    ).length;
  // Every other value, so that the chart fits 80 columns.
  const every = 2;
  const chart = lineChartText(errors.filter((_, k) => k % every === 0), 8);
  return [
    ...wrap(
      `Your code trained the tutorial's network as lesson 08 does: seed ${seed}, starting ` +
        `weights ${formatArray(start.weights)} and bias ${formatNumber(start.bias)}, ` +
        `${iterations} iterations at learning rate ${learningRate}. Cumulative error: first ` +
        `${formatNumber(errors[0])}, lowest ${formatNumber(errors[lowest])} (iteration ` +
        `${lowest * ERROR_EVERY}), last ${formatNumber(errors.at(-1)!)}.`,
      "",
      MESSAGE_WIDTH,
    ),
    "",
    ...chart.split("\n"),
    `  x: one column per ${every * ERROR_EVERY} iterations; y: error for all training instances`,
    "",
    ...wrap(
      `${correct}/${inputs.length} samples classified correctly: the same numbers as ` +
        "deno run lessons/08_train.ts prints.",
      "",
      MESSAGE_WIDTH,
    ),
  ];
}

/** Trains lesson 10's XOR network with the learner's backward pass, and shows its answers. */
function showXor(backpropagate: ReturnType<typeof yours>, context: Context): string[] {
  const { inputs, targets, learningRate, iterations, seed, hidden } = context.xor;
  const random = seededRandom(seed);
  const network = new MultiLayerNetwork({ learningRate, sizes: [2, hidden, 1], random });
  // lib's training loop, with the learner's backward pass in place of lib's.
  const learner = {
    learningRate,
    inputSize: network.inputSize,
    classes: network.classes,
    predict: (input: readonly number[]) => network.predict(input),
    error: (input: readonly number[], target: number) => network.error(input, target),
    computeGradients(input: readonly number[], target: number): Gradients[][] {
      const value = backpropagate(hiddenLayerNetwork(network), input, target).value as {
        hidden: Gradients[];
        output: Gradients;
      };
      return [value.hidden, [value.output]];
    },
    updateParameters: (gradients: Gradients[][]) => network.updateParameters(gradients),
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

/** The exercise with this number. */
export function exercise(number: number): Exercise {
  const found = exercises.find((e) => e.number === number);
  if (!found) throw new RangeError(`No exercise ${number}`);
  return found;
}

/** The exercises `number` builds on, directly or through others, in order. */
export function prerequisites(number: number): number[] {
  const all = new Set<number>();
  const visit = (n: number) => {
    for (const used of exercise(n).uses) {
      visit(used);
      all.add(used);
    }
  };
  visit(number);
  return [...all].sort((a, b) => a - b);
}
