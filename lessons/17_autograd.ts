// Lesson 17: a tiny autograd.
//
// Lessons 06 and 10 worked out every gradient by hand, link by link. An autograd does it for any
// expression. Each number becomes a Value that remembers the operation that made it and the
// values it was made from, so the whole expression is a graph. backward() gives the output the
// gradient 1 (its slope with respect to itself) and walks the graph from the output back to the
// leaves: each node passes its gradient to the values it was made from, times its operation's
// own slope. That is the chain rule, one link per node. The order matters: a node passes its
// gradient on only when it has all of it, after every node made from it has passed it a share;
// a topological order of the graph, reversed, guarantees that. A value used twice gets a share
// from each use, and the shares add. A framework's tf.grad (lesson 18) is this idea on tensors.
//
// In the lib: lib/autograd/value.ts
//
// Run it: deno run lessons/17_autograd.ts
// With the picture: deno run --allow-read=out --allow-write=out lessons/17_autograd.ts --plot out/graph.svg

import { formatArray, formatNumber, LayeredNetwork, NeuralNetwork } from "../lib/mod.ts";
import { graphSvg, graphText, numericalGradient, RandomState } from "../lib/mod.ts";
import { nameOf, relativeError, topologicalOrder, Value } from "../lib/mod.ts";
import type { Layer } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import { type Files, type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { input, seed, sample, plot } = flags;

  // The tutorial's neuron, built from Values: every operation makes a new node of the graph.
  const target = 0;
  io.log(`The tutorial's neuron as Values: input [${input.join(", ")}], target ${target},`);
  io.log("weights [1.45, -0.66], bias 0. Each operation makes a new Value:");
  const neuron = neuronValues(input, target, [1.45, -0.66], 0);
  const { w1, w2, b, layer1, prediction, d, error } = neuron;
  io.log(`  layer_1    = w1 * x1 + w2 * x2 + b  = ${formatNumber(layer1.data)}`);
  io.log(`  prediction = sigmoid(layer_1)       = ${formatNumber(prediction.data)}`);
  io.log(`  d          = prediction - target    = ${formatNumber(d.data)}`);
  io.log(`  error      = d * d                  = ${formatNumber(error.data)}`);
  io.log("");

  // One call runs the chain rule back through the whole graph.
  error.backward();
  io.log("After error.backward(), the graph from the output down to the leaves, each node");
  io.log("with its value and its grad, the slope of the error with respect to it:");
  for (const line of graphText(error).split("\n")) io.log(line);
  io.log("");
  io.log(`  derror_dbias    = b.grad              = ${formatNumber(b.grad)}`);
  io.log(`  derror_dweights = [w1.grad, w2.grad]  = ${formatArray([w1.grad, w2.grad])}`);
  const byHand = new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 })
    .computeGradients(input, target);
  const gap = Math.max(
    Math.abs(byHand.bias - b.grad),
    ...byHand.weights.map((g, i) => Math.abs(g - [w1, w2][i].grad)),
  );
  paragraph(
    io,
    "Lesson 06's chain rule, worked out by hand (NeuralNetwork.computeGradients), gives " +
      (gap === 0 ? "the same numbers, to the last bit." : `the same but for ${exp(gap)}.`),
  );
  io.log("");

  // A value used twice, and the order of the steps.
  const order = topologicalOrder(error);
  const share = d.data * error.grad;
  paragraph(
    io,
    `The error squares d as d * d, so d is used twice: each use passes back the other ` +
      `factor times error's grad, ${formatNumber(share)}, and the two shares add up to ` +
      `d.grad = ${formatNumber(d.grad)}, lesson 06's derror_dprediction = 2 * (prediction - ` +
      "target). Had the second share replaced the first, every gradient below d would be " +
      "half of what it is. The inputs and the target get grads too, the error's slope with " +
      "respect to them; training leaves them alone.",
  );
  io.log("");
  paragraph(
    io,
    `backward() ran the step of each of the ${order.length} nodes once, in this order: ` +
      `${order.toReversed().map(nameOf).join(", ")}. It is a depth-first order that lists ` +
      "a node after the values it was made from, reversed: each node comes after every " +
      "node made from it, so it has its whole grad when its turn comes.",
  );
  io.log("");

  // The finite differences of lesson 09 check the autograd as they checked the chain rule.
  const leaves = [w1, w2, b];
  const slopes = numericalGradient(
    ([a, c, e]) => neuronValues(input, target, [a, c], e).error.data,
    leaves.map((leaf) => leaf.data),
  );
  io.log("Checked by central finite differences (lesson 09):");
  io.log("  leaf  backward()     finite differences  relative error");
  leaves.forEach((leaf, i) => {
    io.log(
      `  ${leaf.label.padEnd(4)}  ${formatNumber(leaf.grad).padEnd(13)}  ` +
        `${formatNumber(slopes[i]).padEnd(18)}  ${exp(relativeError(leaf.grad, slopes[i]))}`,
    );
  });
  io.log("");

  // Lesson 10's network: the same Value class, no new calculus.
  const network = new LayeredNetwork({
    learningRate: 1,
    sizes: [2, 4, 1],
    random: new RandomState(seed),
  });
  const [x, t] = [xorInputs[sample], xorTargets[sample]];
  const built = networkValues(network.layers, x, t);
  built.error.backward();
  const nodes = topologicalOrder(built.error).length;
  paragraph(
    io,
    `A network of lesson 10's shape, sizes [2, 4, 1], its start drawn by RandomState(${seed}), ` +
      `built from the same Values for XOR's [${x.join(", ")}] -> ${t}: each hidden unit ` +
      "h = sigmoid(w1 * x1 + w2 * x2 + b), the output p = sigmoid of the weighted sum of the " +
      `four h plus its bias, error = (p - t)^2 = ${formatNumber(built.error.data)}. The graph ` +
      `has ${nodes} nodes; x1 and x2 are used by all four hidden units, so each of their ` +
      "grads adds four shares. After error.backward(), each hidden weight's grad is its " +
      "unit's bias grad times the input it reads, 0 or 1 here:",
  );
  const [hidden, output] = built.params;
  io.log("  hidden unit  weight 1 grad    weight 2 grad    bias grad");
  hidden.weights.forEach((row, j) => {
    const cells = [...row, hidden.biases[j]].map((v) => formatNumber(v.grad).padEnd(15));
    io.log(`  ${String(j + 1).padEnd(11)}  ${cells.join("  ").trimEnd()}`);
  });
  io.log(`  output: weight grads ${formatArray(output.weights[0].map((v) => v.grad))},`);
  io.log(`          bias grad ${formatNumber(output.biases[0].grad)}`);
  const backprop = network.computeGradients(x, t);
  const flat = (layers: readonly Layer[]) =>
    layers.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]);
  const grads = built.params.flatMap(({ weights, biases }) => [...weights.flat(), ...biases])
    .map((v) => v.grad);
  const difference = Math.max(...flat(backprop).map((g, i) => Math.abs(g - grads[i])));
  const numerical = numericalGradient(
    (p) => networkValues(unflatten(p, network.layers), x, t).error.data,
    flat(network.layers),
  );
  const worst = Math.max(...numerical.map((n, i) => relativeError(grads[i], n)));
  paragraph(
    io,
    "Lesson 10's backpropagation, written by hand for layers (LayeredNetwork." +
      "computeGradients), gives " +
      (difference === 0
        ? "the same numbers, to the last bit"
        : `the same but for ${exp(difference)}, rounding: the sums are added in another order`) +
      `; central finite differences over all ${grads.length} parameters agree to a relative ` +
      `error of at most ${exp(worst)}.`,
  );
  io.log("");
  paragraph(
    io,
    "Nothing in Value knows about neurons or layers: seven operations (add, sub, neg, " +
      "mul, pow, exp, sigmoid), each with its own slope, and one walk back through the graph. A framework does the same with whole " +
      "arrays: tf.grad (lesson 18) records the operations on tensors and runs them back, " +
      "each a matrix product or an element-wise function with its own backward step.",
  );

  if (plot !== undefined) {
    const title = `The tutorial's neuron for [${input.join(", ")}] after error.backward()`;
    await writeTextFileFor("plot", plot, graphSvg(error, title), files);
    io.log("");
    io.log(`Wrote the graph to ${plot}`);
  }
}

/** The experiments "Try this" asks about; the answers are for after the run. */
export const experiments = [
  {
    command: "deno run lessons/17_autograd.ts --input 0,0",
    question: "Which of the three gradients will be exactly 0, and what will the bias's be?",
    answer: "Both weights' grads are 0: each is the bias's grad times its input, here 0. " +
      "layer_1 is 0 and the prediction 0.5, so the bias's grad is 2 * (0.5 - 0) * 0.25 = 0.25.",
  },
  {
    command: "deno run lessons/17_autograd.ts --input 20,15",
    question: "The prediction is almost 1 and its target 0: which node of the graph makes " +
      "every gradient below it tiny?",
    answer: "The sigmoid: its step multiplies the grad it passes on by s (1 - s), about " +
      "5.1e-9 here, so prediction's grad of about 2 becomes about 1e-8 at layer_1 and b, " +
      "and 2e-7 and 1.5e-7 at w1 and w2 (times the inputs 20 and 15).",
  },
] as const;

/** Lesson 10's XOR: 1 when exactly one input is 1. (Lessons import no other lesson.) */
const xorInputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorTargets = [0, 1, 1, 0];

/** The tutorial's neuron on Values: layer_1, the prediction, d = prediction - target, d * d. */
function neuronValues(
  input: readonly number[],
  target: number,
  weights: readonly number[],
  bias: number,
) {
  const [w1, w2] = weights.map((w, i) => new Value(w, `w${i + 1}`));
  const [x1, x2] = input.map((x, i) => new Value(x, `x${i + 1}`));
  const b = new Value(bias, "b");
  const layer1 = w1.mul(x1).add(w2.mul(x2)).add(b).named("layer_1");
  const prediction = layer1.sigmoid().named("prediction");
  const d = prediction.sub(new Value(target, "target")).named("d");
  const error = d.mul(d).named("error");
  return { w1, w2, b, layer1, prediction, d, error };
}

/**
 * A network of sigmoid layers on Values, as LayeredNetwork computes it: each unit
 * `sigmoid(sum of weight * input + bias)`, the error `(p - target)^2`.
 */
function networkValues(layers: readonly Layer[], input: readonly number[], target: number) {
  const params = layers.map(({ weights, biases }) => ({
    weights: weights.map((row) => row.map((w) => new Value(w))),
    biases: biases.map((b) => new Value(b)),
  }));
  let activations = input.map((x) => new Value(x));
  for (const { weights, biases } of params) {
    const below = activations;
    activations = weights.map((row, j) =>
      row.map((w, i) => w.mul(below[i])).reduce((sum, product) => sum.add(product))
        .add(biases[j]).sigmoid()
    );
  }
  return { error: activations[0].sub(target).pow(2), params };
}

/** Flat parameters back into layers shaped like `like`. */
function unflatten(flat: readonly number[], like: readonly Layer[]): Layer[] {
  let k = 0;
  const take = (n: number) => flat.slice(k, k += n);
  return like.map(({ weights, biases }) => ({
    weights: weights.map((row) => take(row.length)),
    biases: take(biases.length),
  }));
}

const exp = (value: number) => value.toExponential(1);

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 17: a tiny autograd computes lessons 06 and 10's gradients by itself.",
  flags: {
    input: flag.list([2, 1.5], [2, -1000, 1000], "The neuron's input (its target is 0)", "X1,X2"),
    seed: flag.seed("Seed of the XOR network's starting weights"),
    sample: flag.whole(1, 0, 3, "The XOR case the network's gradients are for, [0, 0] to [1, 1]"),
    plot: flag.output(
      "Also write the neuron's graph as SVG (needs --allow-read and --allow-write)",
    ),
  },
  examples: [
    "deno run lessons/17_autograd.ts --input 1.66,1.56 --sample 1 --seed 7",
    "deno run -R=out -W=out lessons/17_autograd.ts --plot out/graph.svg",
  ],
  experiments,
  exercise: { task: "write sigmoid and backward", file: "exercises/11_autograd.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
