// The check of exercise 08: the learner's training loop against a reference loop on the same
// data and the same random numbers (one iteration, then 250 seeded picks), and at the end the
// tutorial's network trained as lesson 08 trains it, with the learner's code.

import { lineChartText } from "../lib/charts/line_chart_text.ts";
import { cumulativeError } from "../lib/cumulative_error.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { makePrediction } from "../lib/make_prediction.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { ERROR_EVERY } from "../lib/train.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import {
  type Diagnosis,
  expectClose,
  field,
  item,
  labeled,
  MESSAGE_WIDTH,
  mismatch,
  type Result,
  wrap,
  yours,
} from "./_checker/expect.ts";
import { NETWORK_SHAPE, type Neuron, tutorialNetwork } from "./_checker/neurons.ts";

export const exercise: ExerciseInfo = {
  number: 8,
  file: "08_train.ts",
  title: "the training loop",
  names: ["train"],
  lesson: "lessons/08_train.ts",
  uses: [1, 2, 3, 4],
  hints: [
    "Which iteration's numbers differ first, and what happens in that iteration?",
    "Each iteration draws one sample, takes its gradients and steps; every 100th iteration, " +
    "after its step, records the sum of every sample's squared error.",
    "i = Math.floor(random() * inputs.length); network = updateParameters(network, " +
    "computeGradients(network, inputs[i], targets[i]), learningRate); if (iteration % 100 === " +
    "0) push the cumulative error.",
  ],
  mistakes: {
    errorBeforeUpdate: {
      name: "the error recorded before the update",
      hints: [
        "In iteration 0, is the error you record that of the network before or after its step?",
        "Your curve is the error of the network before each recorded iteration's update: one " +
        "step behind.",
        "Update first, then, when iteration % 100 === 0, add up the errors and push the sum.",
      ],
    },
    cycled: {
      name: "samples cycled, not drawn",
      hints: [
        "Does your loop ever call random()?",
        "Your loop takes the samples in turn (0, 1, 2, ..., 7, 0, ...); stochastic gradient " +
        "descent draws each one at random.",
        "const i = Math.floor(random() * inputs.length), once per iteration.",
      ],
    },
  },
};

/** The reference loop: lib's network, the given picks, the error recorded after (or before) the
 * update, or the samples cycled. */
function reference(
  start: Neuron,
  inputs: number[][],
  targets: number[],
  iterations: number,
  learningRate: number,
  random: () => number,
  way: "right" | "before" | "cycled" = "right",
): { errors: number[]; network: NeuralNetwork } {
  const network = new NeuralNetwork({ learningRate, ...structuredClone(start) });
  const errors: number[] = [];
  const record = () => errors.push(cumulativeError((x) => network.predict(x), inputs, targets));
  for (let iteration = 0; iteration < iterations; iteration++) {
    const i = way === "cycled" ? iteration % inputs.length : Math.floor(random() * inputs.length);
    if (way === "before" && iteration % ERROR_EVERY === 0) record();
    network.updateParameters(network.computeGradients(inputs[i], targets[i]));
    if (way !== "before" && iteration % ERROR_EVERY === 0) record();
  }
  return { errors, network };
}

/**
 * Runs the learner's `train` and the reference loop from the same start, on the same data and
 * the same random numbers (`generator()` gives a fresh source of them each time), and compares
 * the error curves and the trained networks.
 */
function expectTraining(
  learnerTrain: (...args: unknown[]) => Result,
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
  const run = (way: "right" | "before" | "cycled") =>
    reference(start, inputs, targets, iterations, learningRate, generator(), way);
  const expected = run("right");
  const shape = "{ network, cumulativeErrors }";
  const curve = field(result, "cumulativeErrors", shape);
  const before = run("before").errors;
  const cycled = run("cycled").errors;
  const known = (k: number): Diagnosis[] => [
    {
      value: before[k],
      mistake: "errorBeforeUpdate",
      says: "That is the error before that iteration's update: it was recorded too early.",
    },
    {
      value: cycled[k],
      mistake: "cycled",
      says: "That is the error of a loop that takes the samples in turn: they should be drawn.",
    },
  ];
  const at = expected.errors.map((_, k) => k * ERROR_EVERY);
  const count = `values (iteration${at.length === 1 ? "" : "s"} ${
    at.length > 4
      ? `${at[0]}, ${at[1]}, ..., ${at.at(-1)}`
      : at.join(", ").replace(/, (\d+)$/, " and $1")
  })`;
  const what = "as the tutorial's loop gives";
  const errors = expected.errors.map((e, k) =>
    expectClose(item(curve, k, expected.errors.length, count), e, 1e-9, what, known(k))
  );
  if (calls !== iterations) {
    const times = iterations === 1 ? "once" : `${iterations} times`;
    throw mismatch(
      result,
      `call random() once per iteration, so ${times}`,
      `${calls} calls`,
      calls === 0
        ? { mistake: "cycled", says: "A loop that never draws takes the samples in turn." }
        : undefined,
    );
  }
  const network = field(result, "network", shape);
  const weightsResult = field(network, "weights", NETWORK_SHAPE);
  const weights = expected.network.weights.map((w, i) =>
    expectClose(item(weightsResult, i, start.weights.length, "weights"), w, 1e-9, what)
  );
  const bias = expectClose(
    field(network, "bias", NETWORK_SHAPE),
    expected.network.bias,
    1e-9,
    what,
  );
  return { errors, network: { weights, bias } };
}

export function check(module: Module, context: Context): string[] {
  const learnerTrain = yours(module, exercise.file, "train");
  const note = "  where inputs and targets: the eight points of data/tutorial.csv";
  const points = labeled(context.tutorial.inputs, "inputs", note);
  // One iteration that always picks the first sample, then 250 seeded picks at another rate.
  expectTraining(learnerTrain, points, context, tutorialNetwork, 1, 0.1, () => () => 0);
  const picks = Array.from({ length: 250 }, seededRandom(7));
  const replay = () => {
    let k = 0;
    return () => picks[k++ % picks.length];
  };
  expectTraining(learnerTrain, points, context, tutorialNetwork, 250, 0.05, replay);
  return showTraining(learnerTrain, points, context);
}

/**
 * Trains the tutorial's network with the learner's `train` exactly as lesson 08 does (its seed,
 * start, picks, learning rate and iterations), checks it, and shows the curve.
 */
function showTraining(
  learnerTrain: (...args: unknown[]) => Result,
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
