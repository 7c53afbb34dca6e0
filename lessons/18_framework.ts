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
import { type Layer, LayeredNetwork } from "../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import {
  defineLesson,
  type FlagValues,
  LessonError,
  lessonMain,
  seedFlag,
} from "../runtime/cli.ts";
import { type Io, paragraph } from "../runtime/io.ts";
import { type Framework, loadFramework, type Scalar, type Tensor } from "./framework/tensorflow.ts";

/** The lesson itself. */
async function lesson({ seed, iterations }: FlagValues<typeof spec.flags>, io: Io): Promise<void> {
  const { tf, layers } = await frameworkOrExplain();
  io.log(`TensorFlow.js ${tf.version_core} on its CPU backend, plain JavaScript. It computes`);
  io.log("in float32, the lib in float64, so they agree to about 7 significant digits.");
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
  const epsilon = float32Epsilon();
  const ulps = worstNeuron / epsilon;
  paragraph(
    io,
    `The largest relative error is ${worstNeuron.toExponential(1)}, ${ulps.toFixed(1)} times ` +
      `float32's epsilon (${epsilon.toExponential(1)}, the gap between 1 and the next float32): ` +
      (ulps < 10
        ? "the rounding of float32, not a mistake on either side."
        : "more than float32's rounding explains."),
    "   ",
  );
  // tf.grad is lesson 17's autograd on tensors; shown on a tensor used twice.
  const twice = tf.grad((x: Tensor) => tf.mul(x, x))(tf.scalar(3)).dataSync()[0];
  const untraced = (() => {
    try {
      tf.grad((x: Tensor) => tf.scalar(x.dataSync()[0] ** 2))(tf.scalar(3));
      return "it gave an answer";
    } catch (error) {
      return `it stops with "${(error as Error).message.split(" with respect")[0]}"`;
    }
  })();
  paragraph(
    io,
    "tf.grad is lesson 17's autograd on tensors: while error runs, TensorFlow.js records " +
      "each operation (tf.dot, tf.add, tf.sigmoid, tf.sub, tf.square) on a tape, lesson " +
      "17's graph with tensors for nodes, and tf.grad walks it back, each operation's " +
      "backward step passing the gradient to its inputs; the shares of a tensor used twice " +
      `add up: tf.grad of x * x at 3 gives ${twice}. It works for functions built from ` +
      "TF.js operations: a step done in plain JavaScript (a number read out with dataSync) " +
      `leaves no record on the tape, and ${untraced}.`,
    "   ",
  );
  io.log("");

  // 2. Lesson 10's XOR network: the lib's, and the same in TensorFlow.js's layers.
  // Lesson 10's own network at the seed: drawn as np.random.seed(seed) draws, as lesson 10 does.
  const random = new RandomState(seed);
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
  const picks = Array.from({ length: iterations }, () => random.randint(4));
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
  const trained = trainLib();
  trainTfjs(model, picks);

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

  // 3. What all that help costs: one gradient-descent step on a batch, per sample.
  io.log("3. What all that help costs: one step of gradient descent on the mean error");
  paragraph(
    io,
    "of a batch (XOR's four cases, repeated), the time per sample after a warm-up: the " +
      `median of ${RUNS} runs, and their range.`,
    "   ",
  );
  io.log(`     ${"batch".padEnd(8)}${"the lib".padEnd(22)}TensorFlow.js`);
  const times = BATCHES.map((batch) => {
    const copy = new LayeredNetwork({ learningRate: 1, layers: network.layers });
    const lib = timePerSample(batch, () => libBatchStep(copy, batch));
    const x = tf.tensor2d(Array.from({ length: batch }, (_, k) => XOR_INPUTS[k % 4]));
    const y = tf.tensor2d(Array.from({ length: batch }, (_, k) => [XOR_TARGETS[k % 4]]));
    const of = buildModel();
    const optimizer = tf.train.sgd(1);
    const tfjs = timePerSample(batch, () =>
      tf.tidy(() => {
        optimizer.minimize(() => tf.mean(tf.square(tf.sub(of.apply(x) as Tensor, y))) as Scalar);
      }));
    tf.dispose([x, y]);
    io.log(`     ${String(batch).padEnd(8)}${timing(lib).padEnd(22)}${timing(tfjs)}`);
    return { batch, lib: lib.median, tfjs: tfjs.median };
  });
  const [one, big] = [times[0], times.at(-1)!];
  const libTimes = times.map((t) => t.lib);
  const versus = big.tfjs / big.lib;
  paragraph(
    io,
    `On one sample a step TensorFlow.js takes ${Math.round(one.tfjs / one.lib)} times as long ` +
      "as the lib: it pays a fixed cost for every operation (a tensor, a kernel, a record on " +
      "the tape that tf.grad reads back), and on two numbers that cost is all there is. A " +
      `batch pays it once for all its samples: at ${big.batch} a step, a sample takes ` +
      `${micro(big.tfjs)} against ${micro(one.tfjs)} alone, ` +
      (versus < 0.8
        ? `less than the lib's ${micro(big.lib)}`
        : versus > 1.25
        ? `still ${versus.toFixed(1)} times the lib's ${micro(big.lib)}`
        : `about the lib's ${micro(big.lib)}`) +
      `. The lib's time per sample is between ${micro(Math.min(...libTimes))} and ` +
      `${micro(Math.max(...libTimes))} at every batch: it loops over the samples, the same ` +
      "work for each. This backend is JavaScript like the lib, on one core: batching shares " +
      "the fixed cost, it does not make the arithmetic faster. The speed frameworks are known " +
      "for on large jobs comes from batching on a native backend (tfjs-node: compiled code " +
      "on every core) or a GPU (WebGL, WebGPU), which do a batch's arithmetic in parallel; " +
      "this lesson loads neither.",
    "   ",
  );
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
  ["chain rule by hand: computeGradients", "tf.grad, of TF.js operations"],
  ["Layer: weights, biases, sigmoid", "tf.layers.dense({ units, activation })"],
  ["update step: updateParameters", "tf.train.sgd(rate).minimize(error)"],
] as const;

/** The batch sizes timed, and how many timed runs each. */
const BATCHES = [1, 4, 64, 1024, 16384] as const;
const RUNS = 5;

/** One gradient-descent step on the mean error of `batch` XOR cases, the lib's way. */
function libBatchStep(network: LayeredNetwork, batch: number): void {
  const all = Array.from(
    { length: batch },
    (_, k) => network.computeGradients(XOR_INPUTS[k % 4], XOR_TARGETS[k % 4]),
  );
  const mean = (pick: (gradients: Layer[]) => number) =>
    all.reduce((sum, gradients) => sum + pick(gradients), 0) / batch;
  network.updateParameters(all[0].map((layer, l) => ({
    weights: layer.weights.map((row, j) => row.map((_, i) => mean((g) => g[l].weights[j][i]))),
    biases: layer.biases.map((_, j) => mean((g) => g[l].biases[j])),
  })));
}

/**
 * The time of `step` per sample in microseconds, over `RUNS` runs after a warm-up; each run
 * repeats the step until it has seen at least 256 samples.
 */
function timePerSample(batch: number, step: () => void) {
  const repeats = Math.ceil(256 / batch);
  const run = () => {
    const start = performance.now();
    for (let r = 0; r < repeats; r++) step();
    return (performance.now() - start) * 1000 / (repeats * batch);
  };
  run();
  const runs = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
  return { median: runs[Math.floor(RUNS / 2)], low: runs[0], high: runs[RUNS - 1] };
}

/** The smallest power of two that, added to 1, gives a float32 above 1: 2^-23. */
function float32Epsilon(): number {
  let epsilon = 1;
  while (Math.fround(1 + epsilon / 2) > 1) epsilon /= 2;
  return epsilon;
}

/** A time in microseconds: two significant digits below 10, whole above. */
function micro(us: number): string {
  return `${us < 10 ? us.toPrecision(2) : Math.round(us)}\u00a0µs`;
}

/** A median and its range: "1.8 µs (1.5-2.9)". */
function timing({ median, low, high }: { median: number; low: number; high: number }): string {
  const bare = (us: number) => micro(us).replace("\u00a0µs", "");
  return `${micro(median)} (${bare(low)}-${bare(high)})`;
}

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
