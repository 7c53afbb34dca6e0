// Lesson 18: the same networks in a framework.
//
// The tutorial ends by saying that in production the work is done by frameworks such as Keras,
// PyTorch and TensorFlow. Here are the tutorial's neuron and lesson 10's XOR network in
// TensorFlow.js, side by side with the lib. The framework takes over three jobs: it finds the
// gradients itself (automatic differentiation, tf.grad) where lessons 06-10 applied the chain
// rule by hand; it supplies layers (tf.layers.dense) where the lib has Layer; and an optimizer
// (tf.train.sgd) makes the update step. Its numbers are the lib's, to float32 precision.
//
// TensorFlow.js is large, so it has its own configuration (lessons/framework/deno.json), and
// `deno install` for the other lessons does not fetch it. Prepare it once, with network:
// deno task framework:install. Then: deno task framework

import { formatNumber } from "../lib/format_array.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import {
  defineLesson,
  type FlagValues,
  LessonError,
  lessonMain,
  seedFlag,
} from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";
import { type Framework, loadFramework, type Scalar, type Tensor } from "./framework/tensorflow.ts";

/** The lesson itself. */
async function lesson({ seed, iterations }: FlagValues<typeof spec.flags>, io: Io): Promise<void> {
  const { tf, layers } = await frameworkOrExplain();
  io.log(`TensorFlow.js ${tf.version_core} on its CPU backend. It computes in float32,`);
  io.log("the lib in float64, so they agree to about 7 significant digits.");
  io.log("");

  // 1. The tutorial's neuron: its gradients by the chain rule, and by tf.grad.
  const input = [2, 1.5];
  const target = 0;
  const neuron = new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 });
  const byHand = neuron.computeGradients(input, target);
  // The error as a function of the parameters; tf.grads differentiates it for us.
  const error = (weights: Tensor, bias: Tensor) =>
    tf.square(tf.sub(tf.sigmoid(tf.add(tf.dot(tf.tensor1d(input), weights), bias)), target));
  const [dWeights, dBias] = tf.grads(error)([tf.tensor1d(neuron.weights), tf.scalar(0)]);
  const automatic = { bias: dBias.dataSync()[0], weights: [...dWeights.dataSync()] };
  io.log("1. The tutorial's neuron: weights [1.45, -0.66], bias 0, input [2, 1.5],");
  io.log("   target 0. Its gradients by the chain rule (lesson 06) and by tf.grad:");
  const rows = [
    ["derror_dbias", byHand.bias, automatic.bias],
    ["derror_dweights[0]", byHand.weights[0], automatic.weights[0]],
    ["derror_dweights[1]", byHand.weights[1], automatic.weights[1]],
  ] as const;
  io.log(`   ${"".padEnd(20)}${"chain rule".padEnd(14)}${"tf.grad".padEnd(14)}relative error`);
  for (const [name, lib, tfjs] of rows) {
    io.log(
      `   ${name.padEnd(20)}${formatNumber(lib).padEnd(14)}${formatNumber(tfjs).padEnd(14)}` +
        relative(lib, tfjs).toExponential(1),
    );
  }
  const worstNeuron = Math.max(...rows.map(([, lib, tfjs]) => relative(lib, tfjs)));
  io.log(
    `   The largest relative error is ${worstNeuron.toExponential(1)}: ` +
      `${worstNeuron < 1e-6 ? "below" : "above"} 1e-6, float32's precision.`,
  );
  io.log("");

  // 2. Lesson 10's XOR network: the lib's, and the same in TensorFlow.js's layers.
  const random = seededRandom(seed);
  const network = new LayeredNetwork({ learningRate: 1, sizes: [2, 4, 1], random });
  // A dense layer keeps its weights as a kernel, one column per unit: the lib's rows, transposed.
  const buildModel = () => {
    const model = layers.sequential({
      layers: [
        layers.layers.dense({ units: 4, activation: "sigmoid", inputShape: [2] }),
        layers.layers.dense({ units: 1, activation: "sigmoid" }),
      ],
    });
    model.setWeights(network.layers.flatMap(({ weights, biases }) => [
      tf.transpose(tf.tensor2d(weights)),
      tf.tensor1d(biases),
    ]));
    return model;
  };
  const model = buildModel();
  const squaredError = (x: readonly number[], y: number, of = model) =>
    tf.sum(tf.square(tf.sub(of.apply(tf.tensor2d([[...x]])) as Tensor, y))) as Scalar;
  io.log("2. Lesson 10's XOR network, sizes [2, 4, 1], with the lib's starting weights");
  io.log(`   (seed ${seed}), and the same in TensorFlow.js: two tf.layers.dense layers.`);
  const [x0, y0] = [XOR_INPUTS[1], XOR_TARGETS[1]];
  const libGradients = network.computeGradients(x0, y0).flatMap(({ weights, biases }) => [
    ...transpose(weights).flat(),
    ...biases,
  ]);
  const { grads } = tf.variableGrads(() => squaredError(x0, y0));
  const tfjsGradients = model.trainableWeights.flatMap((w) => [...grads[w.name].dataSync()]);
  const worstXor = libGradients.reduce((w, g, i) => Math.max(w, relative(g, tfjsGradients[i])), 0);
  io.log("   Gradients for [0, 1], target 1, by backpropagation and by tf.grad: all");
  io.log(
    `   ${libGradients.length} parameters, largest relative error ${worstXor.toExponential(1)}.`,
  );

  // Both train on the same samples: the picks the lib's generator makes after the weights.
  const picks = Array.from({ length: iterations }, () => Math.floor(random() * 4));
  const trainLib = () => {
    let k = 0;
    const replay = new LayeredNetwork({
      learningRate: 1,
      layers: network.layers,
      random: () => (picks[k++] + 0.5) / 4,
    });
    replay.train(XOR_INPUTS, XOR_TARGETS, iterations);
    return replay;
  };
  const trainTfjs = (of: typeof model, steps: readonly number[]) => {
    const optimizer = tf.train.sgd(1);
    for (const pick of steps) {
      tf.tidy(() => {
        optimizer.minimize(() => squaredError(XOR_INPUTS[pick], XOR_TARGETS[pick], of));
      });
    }
  };
  // Each side is timed after a warm-up, so that neither pays for compiling its code.
  for (let run = 0; run < 3; run++) trainLib();
  const libStart = performance.now();
  const trained = trainLib();
  const libTime = performance.now() - libStart;
  trainTfjs(buildModel(), picks.slice(0, 100));
  const tfjsStart = performance.now();
  trainTfjs(model, picks);
  const tfjsTime = performance.now() - tfjsStart;

  io.log(`   After ${iterations} iterations at learning rate 1 on the same samples:`);
  io.log("     input     the lib       TensorFlow.js");
  let worstPrediction = 0;
  XOR_INPUTS.forEach((x) => {
    const lib = trained.predict(x);
    const tfjs = tf.tidy(() => (model.predict(tf.tensor2d([[...x]])) as Tensor).dataSync()[0]);
    worstPrediction = Math.max(worstPrediction, Math.abs(lib - tfjs));
    io.log(`     [${x.join(", ")}]    ${formatNumber(lib).padEnd(14)}${formatNumber(tfjs)}`);
  });
  io.log(`   Largest difference: ${worstPrediction.toExponential(1)}.`);
  io.log("");

  // 3. What all that help costs, on this job.
  io.log(`3. Time for those ${iterations} iterations, each side after a warm-up:`);
  io.log(
    `   the lib ${milliseconds(libTime)}, TensorFlow.js ${milliseconds(tfjsTime)}: ` +
      `the lib is ${Math.round(tfjsTime / libTime)}x faster here.`,
  );
  io.log("   A framework pays a fixed cost for every operation: a tensor, a kernel, a");
  io.log("   record on the tape that tf.grad reads back. On one sample of two numbers");
  io.log("   that cost is all there is. It pays off on large tensors: batches of");
  io.log("   images, layers of millions of weights, a GPU.");
  io.log("");

  io.log("What the framework takes over:");
  io.log(`  ${"the lib".padEnd(38)}TensorFlow.js`);
  for (const [lib, tfjs] of TAKEN_OVER) io.log(`  ${lib.padEnd(38)}${tfjs}`);
}

/** The four XOR cases, as in lesson 10. */
const XOR_INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]];
const XOR_TARGETS = [0, 1, 1, 0];

/** The lib's piece, and what does its job in TensorFlow.js. */
const TAKEN_OVER = [
  ["chain rule by hand: computeGradients", "tf.grad, for any function"],
  ["Layer: weights, biases, sigmoid", "tf.layers.dense({ units, activation })"],
  ["update step: updateParameters", "tf.train.sgd(rate).minimize(error)"],
] as const;

/** TensorFlow.js, or a LessonError that says how to run lesson 18. */
async function frameworkOrExplain(): Promise<Framework> {
  try {
    return await loadFramework();
  } catch (error) {
    const cause = (error as Error).message.split("\n")[0];
    throw new LessonError(
      "lesson 18 loads TensorFlow.js with its own configuration: run it as deno task " +
        `framework (prepare it once with deno task framework:install). Cause: ${cause}`,
    );
  }
}

/** |a - b| relative to the larger of the two. */
function relative(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

function transpose(rows: readonly (readonly number[])[]): number[][] {
  return rows[0].map((_, i) => rows.map((row) => row[i]));
}

function milliseconds(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 18: the tutorial's neuron and the XOR network in TensorFlow.js.",
  flags: {
    seed: seedFlag("Seed of the XOR network's weights and sample picks"),
    iterations: {
      kind: "whole",
      default: 2_000,
      min: 1,
      max: 20_000,
      help: "XOR training steps on both sides; TensorFlow.js takes about 0.5 ms each",
    },
  },
  examples: ["deno task framework", "deno task framework --seed 7 --iterations 20000"],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
