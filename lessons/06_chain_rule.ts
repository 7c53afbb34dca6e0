// Lesson 06: the chain rule.
//
// The error depends on the weights only through a chain of functions: the weights make layer 1,
// layer 1 makes the prediction, the prediction makes the error. The chain rule says the slope of
// the whole chain is the product of the slopes of its links:
//
//     derror_dweights = derror_dprediction * dprediction_dlayer1 * dlayer1_dweights
//     derror_dbias    = derror_dprediction * dprediction_dlayer1 * dlayer1_dbias
//
// The tutorial prints none of these numbers; we compute each link for the input [2, 1.5],
// target 0, at the original weights [1.45, -0.66] and bias 0.
//
// Run it: deno run lessons/06_chain_rule.ts

import { dot } from "../lib/dot.ts";
import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { sigmoid } from "../lib/sigmoid.ts";
import { sigmoidDerivative } from "../lib/sigmoid_derivative.ts";
import { defineLesson, type FlagValues, lessonMain } from "./_cli.ts";
import type { Io } from "./_io.ts";

export const inputVector = [2, 1.5];
export const target = 0;
export const weights1 = [1.45, -0.66];
export const bias = 0;

/** Each link of the chain for one sample. */
export function chain(input: readonly number[], weights: readonly number[], bias: number) {
  const layer1 = dot(input, weights) + bias;
  const prediction = sigmoid(layer1);
  const derrorDprediction = 2 * (prediction - target);
  const dpredictionDlayer1 = sigmoidDerivative(layer1); // sigmoid(x) * (1 - sigmoid(x))
  const dlayer1Dbias = 1;
  const dlayer1Dweights = input; // layer 1 = x . w + b, so its slope in w is x
  const derrorDbias = derrorDprediction * dpredictionDlayer1 * dlayer1Dbias;
  const derrorDweights = dlayer1Dweights.map((x) => derrorDprediction * dpredictionDlayer1 * x);
  return { layer1, prediction, derrorDprediction, dpredictionDlayer1, derrorDbias, derrorDweights };
}

/** One line of the chain: the name, the value, and where it comes from. */
function row(name: string, value: string, from = ""): string {
  return `  ${name.padEnd(19)} = ${value}${from ? `  (${from})` : ""}`;
}

/** The lesson itself. */
function lesson(_flags: FlagValues<typeof spec.flags>, io: Io): void {
  const links = chain(inputVector, weights1, bias);
  io.log(`Input [2, 1.5], target 0, weights ${formatArray(weights1)}, bias 0:`);
  io.log(row("layer_1", formatNumber(links.layer1), "dot(input, weights) + bias"));
  io.log(row("prediction", formatNumber(links.prediction), "sigmoid(layer_1)"));
  io.log(
    row("derror_dprediction", formatNumber(links.derrorDprediction), "2 * (prediction - target)"),
  );
  io.log(
    row("dprediction_dlayer1", formatNumber(links.dpredictionDlayer1), "sigmoid_deriv(layer_1)"),
  );
  io.log(row("dlayer1_dbias", "1"));
  io.log(row("dlayer1_dweights", formatArray(inputVector), "the input"));
  io.log(row("derror_dbias", formatNumber(links.derrorDbias)));
  io.log(row("derror_dweights", formatArray(links.derrorDweights)));
  io.log("");

  // The NeuralNetwork class of lesson 07 computes the same gradients in computeGradients.
  const network = new NeuralNetwork({ learningRate: 0.1, weights: weights1, bias });
  const gradients = network.computeGradients(inputVector, target);
  io.log(
    `NeuralNetwork.computeGradients agrees: bias ${formatNumber(gradients.bias)}, ` +
      `weights ${formatArray(gradients.weights)}`,
  );
  io.log("");

  // The tutorial's notebook runs this step after lesson 05's update, so with other weights.
  const updatedWeights = weights1.map((weight) => weight - links.derrorDprediction);
  const after = chain(inputVector, updatedWeights, bias);
  io.log(`After lesson 05's update (weights ${formatArray(updatedWeights)}), as in the tutorial:`);
  io.log(row("derror_dprediction", formatNumber(after.derrorDprediction)));
  io.log(row("dprediction_dlayer1", formatNumber(after.dpredictionDlayer1)));
  io.log(row("derror_dbias", formatNumber(after.derrorDbias)));
  io.log("");

  const allPositive = [links.derrorDbias, ...links.derrorDweights].every((g) => g > 0);
  io.log(
    allPositive
      ? "Every gradient is positive: lowering the bias and the weights lowers the error."
      : "Each parameter moves against the sign of its gradient to lower the error.",
  );
  io.log("Gradient descent does exactly that, a small step (learning rate * gradient) at a time.");
}

// The command line: this lesson takes no flags but --help.
export const spec = defineLesson({
  summary: "Lesson 06: the chain rule gives the gradients of the weights and the bias.",
  flags: {},
  examples: [],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
