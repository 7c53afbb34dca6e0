// Lesson 06: the chain rule.
//
// The error depends on the weights only through a chain of functions: the weights make layer 1,
// layer 1 makes the prediction, the prediction makes the error. The chain rule says the slope of
// the whole chain is the product of the slopes of its links:
//
//     derror_dweights = derror_dprediction * dprediction_dlayer1 * dlayer1_dweights
//     derror_dbias    = derror_dprediction * dprediction_dlayer1 * dlayer1_dbias
//     TeX: \begin{aligned}
//     TeX: \frac{\partial\,\mathit{error}}{\partial\,\mathit{weights}} &=
//     TeX: \frac{\partial\,\mathit{error}}{\partial\,\mathit{prediction}} \cdot
//     TeX: \frac{\partial\,\mathit{prediction}}{\partial\,\mathit{layer}_1} \cdot
//     TeX: \frac{\partial\,\mathit{layer}_1}{\partial\,\mathit{weights}} \\
//     TeX: \frac{\partial\,\mathit{error}}{\partial\,\mathit{bias}} &=
//     TeX: \frac{\partial\,\mathit{error}}{\partial\,\mathit{prediction}} \cdot
//     TeX: \frac{\partial\,\mathit{prediction}}{\partial\,\mathit{layer}_1} \cdot
//     TeX: \frac{\partial\,\mathit{layer}_1}{\partial\,\mathit{bias}}
//     TeX: \end{aligned}
//
// The tutorial prints none of these numbers; we compute each link for the input [2, 1.5],
// target 0, at the original weights [1.45, -0.66] and bias 0. Each link is a number you can
// check by hand, and their product is the gradient that gradient descent steps against.
//
// In the lib: lib/neural_network.ts
//
// Run it: deno run lessons/06_chain_rule.ts

import { chainRule as chain } from "../lib/chain_rule.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ input }: FlagValues<typeof spec.flags>, io: Io): void {
  // The second sample of lesson 03 (or --input), and the tutorial's weights and bias.
  const target = 0;
  const weights1 = [1.45, -0.66];
  const bias = 0;
  const vector = `[${input.join(", ")}]`;
  io.log(`Input ${vector}, target ${target}, weights [${weights1.join(", ")}], bias ${bias}:`);
  const links = chain(input, target, weights1, bias);
  io.log(row("layer_1", formatNumber(links.layer1), "dot(input, weights) + bias"));
  io.log(row("prediction", formatNumber(links.prediction), "sigmoid(layer_1)"));
  io.log(
    row("derror_dprediction", formatNumber(links.derrorDprediction), "2 * (prediction - target)"),
  );
  io.log(
    row("dprediction_dlayer1", formatNumber(links.dpredictionDlayer1), "sigmoid_deriv(layer_1)"),
  );
  io.log(row("dlayer1_dbias", "1"));
  io.log(row("dlayer1_dweights", vector, "the input"));
  io.log(row("derror_dbias", formatNumber(links.derrorDbias), "the product of the links"));
  io.log(row("derror_dweights", formatArray(links.derrorDweights), "derror_dbias * input"));
  io.log("");

  // The NeuralNetwork class of lesson 07 computes the same gradients in computeGradients.
  const network = new NeuralNetwork({ learningRate: 0.1, weights: weights1, bias });
  const gradients = network.computeGradients(input, target);
  io.log("NeuralNetwork.computeGradients (lesson 07) agrees:");
  io.log(`  bias ${formatNumber(gradients.bias)}, weights ${formatArray(gradients.weights)}`);
  io.log("");

  if (String(input) === "2,1.5") {
    // The tutorial's notebook runs this step after lesson 05's update, so with other weights.
    const updatedWeights = weights1.map((weight) => weight - links.derrorDprediction);
    const after = chain(input, target, updatedWeights, bias);
    io.log(
      `After lesson 05's update (weights ${formatArray(updatedWeights)}), as in the tutorial:`,
    );
    io.log(row("derror_dprediction", formatNumber(after.derrorDprediction)));
    io.log(row("dprediction_dlayer1", formatNumber(after.dpredictionDlayer1)));
    io.log(row("derror_dbias", formatNumber(after.derrorDbias)));
    io.log(row("derror_dweights", formatArray(after.derrorDweights)));
    io.log("The prediction is now near its target, and the sigmoid near its flat end: its");
    io.log("slope fell from 0.112 to 0.0147. A saturated sigmoid shrinks every gradient.");
    io.log("");
  }

  paragraph(
    io,
    "Each parameter moves against the sign of its gradient to lower the error; here " +
      `${signs(links.derrorDbias, links.derrorDweights)}.`,
  );
  io.log("");
  paragraph(
    io,
    "Why standardise the inputs: derror_dweights = derror_dbias * input, so each " +
      `weight's step is in proportion to its input, here ${stepRatio(input)}. One learning ` +
      "rate serves every weight: on inputs of very different sizes, a rate small enough for " +
      "the largest input's weight is too slow for the smallest's. And a large input makes " +
      "layer_1 large, out on the sigmoid's flat end, where every gradient is tiny (try " +
      "--input 20,15). Lesson 11 standardises its inputs, each to mean 0 and standard " +
      "deviation 1, for both reasons.",
  );
}

/** Which way each parameter moves, read from the signs of its gradient. */
export function signs(bias: number, weights: readonly number[]): string {
  const gradients = [bias, ...weights];
  const names = ["the bias", ...weights.map((_, i) => `w${i + 1}`)];
  if (gradients.every((g) => g > 0)) {
    return "all are positive, so the bias and both weights go down";
  }
  if (gradients.every((g) => g < 0)) return "all are negative, so the bias and both weights go up";
  const groups: [string, string, string, (g: number) => boolean][] = [
    ["positive", "goes down", "go down", (g) => g > 0],
    ["negative", "goes up", "go up", (g) => g < 0],
    ["0", "stays", "stay", (g) => g === 0],
  ];
  const clauses: string[] = [];
  for (const [sign, moves, move, test] of groups) {
    const those = names.filter((_, i) => test(gradients[i]));
    if (those.length === 0) continue;
    const who = those.join(" and ");
    clauses.push(
      those.length === 1
        ? `the gradient of ${who} is ${sign}, so it ${moves}`
        : `the gradients of ${who} are ${sign}, so they ${move}`,
    );
  }
  return clauses.join("; ");
}

/**
 * How w1's step compares with w2's, from the input alone: the larger first, and inputs equal in
 * size as "w1's 1 times w2's".
 */
export function stepRatio([x1, x2]: readonly number[]): string {
  if (x1 === 0 || x2 === 0) {
    return `w${x1 === 0 ? 1 : 2}'s step is 0, since its input is 0`;
  }
  const ratio = Math.abs(x1 / x2);
  return ratio >= 1
    ? `w1's ${Number(ratio.toPrecision(3))} times w2's (|${x1} / ${x2}|)`
    : `w2's ${Number((1 / ratio).toPrecision(3))} times w1's (|${x2} / ${x1}|)`;
}

/** One line of the chain: the name, the value, and where it comes from. */
function row(name: string, value: string, from = ""): string {
  return `  ${name.padEnd(19)} = ${value}${from ? `  (${from})` : ""}`;
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 06: the chain rule gives the gradients of the weights and the bias.",
  flags: {
    input: flag.list([2, 1.5], [2, -1000, 1000], "The input vector (its target is 0)", "X1,X2"),
  },
  examples: ["deno run lessons/06_chain_rule.ts --input 20,15"],
  experiments: [{
    command: "deno run lessons/06_chain_rule.ts --input 20,15",
    question: "The prediction will be almost 1, far from the target 0: large gradients, or tiny?",
    answer: "Tiny: the sigmoid is saturated there (its slope is about 5e-9), and every " +
      "gradient carries that slope as a factor, so this neuron barely learns.",
  }],
  exercise: { task: "write the gradients", file: "exercises/03_gradients.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
