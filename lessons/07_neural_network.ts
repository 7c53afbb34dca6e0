// Lesson 07: the NeuralNetwork class.
//
// The tutorial now wraps everything so far in a class: it starts with random weights and bias,
// predicts with sigmoid(dot(input, weights) + bias), computes the gradients with the chain rule
// of lesson 06, and updates the parameters by a small step against them:
//
//     bias    -= derror_dbias    * learning_rate
//     weights -= derror_dweights * learning_rate
//     TeX: \begin{aligned}
//     TeX: \mathit{bias} &\leftarrow \mathit{bias}
//     TeX: - \frac{\partial\,\mathit{error}}{\partial\,\mathit{bias}}
//     TeX: \cdot \mathit{learning\_rate} \\
//     TeX: \mathit{weights} &\leftarrow \mathit{weights}
//     TeX: - \frac{\partial\,\mathit{error}}{\partial\,\mathit{weights}}
//     TeX: \cdot \mathit{learning\_rate}
//     TeX: \end{aligned}
//
// The tutorial draws its starting weights with an unseeded np.random.randn(), so its printed
// prediction, 0.79412963, cannot be reproduced. Ours are drawn from a seeded generator: the same
// seed gives the same network every time, and --seed gives another one.
//
// In the lib: lib/neural_network.ts
//
// Run it: deno run lessons/07_neural_network.ts [--seed N]

import { formatArray, formatNumber } from "../lib/format_array.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";

/** The lesson itself. */
function lesson({ seed }: FlagValues<typeof spec.flags>, io: Io): void {
  // A network whose weights and bias are standard normal draws, like np.random.randn().
  const learningRate = 0.1;
  const network = new NeuralNetwork({ learningRate, random: new RandomState(seed) });
  io.log(`learning_rate = ${learningRate}, seed = ${seed}`);
  io.log(`Starting weights: ${formatArray(network.weights)}`);
  io.log(`Starting bias: ${formatArray([network.bias])}`);

  const inputVector = [2, 1.5];
  const prediction = network.predict(inputVector);
  io.log(`neural_network.predict([2, 1.5]) = ${formatArray([prediction])}`);
  // RandomState is NumPy's legacy generator: the tutorial's code, seeded alike, draws the same.
  io.log("The tutorial printed 0.79412963 from unseeded random weights. Its code draws");
  io.log(`these very weights after np.random.seed(${seed}) (RandomState is NumPy's`);
  io.log(`generator): seeded so, it prints ${formatArray([prediction])} too.`);
  io.log("");

  // Given the tutorial's weights instead, the class reproduces lesson 03's prediction.
  const tutorial = new NeuralNetwork({ learningRate, weights: [1.45, -0.66], bias: 0 });
  io.log(
    `With the tutorial's weights [1.45, -0.66] and bias 0 it predicts ` +
      `${formatArray([tutorial.predict(inputVector)])},`,
  );
  io.log("as in lesson 03.");

  // One training step on [2, 1.5] (target 0) moves each parameter against its gradient.
  const gradients = tutorial.computeGradients(inputVector, 0);
  io.log(
    `computeGradients([2, 1.5], 0): bias ${formatNumber(gradients.bias)}, ` +
      `weights ${formatArray(gradients.weights)}`,
  );
  tutorial.updateParameters(gradients);
  io.log(`updateParameters with learning rate ${learningRate}:`);
  io.log(`  weights ${formatArray(tutorial.weights)}, bias ${formatArray([tutorial.bias])}`);
  io.log(`The prediction falls to ${formatArray([tutorial.predict(inputVector)])}.`);
  io.log("");
  io.log("Lesson 08 trains this very class: each step of its train() calls");
  io.log("computeGradients for one random sample, then updateParameters.");
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 07: the NeuralNetwork class, with seeded starting weights.",
  flags: { seed: flag.seed("Seed of the random starting weights and bias") },
  examples: ["deno run lessons/07_neural_network.ts --seed 7"],
  experiments: [{
    command: "deno run lessons/07_neural_network.ts --seed 7",
    question: "Run it twice: will the two runs draw the same network or two different ones?",
    answer: "The same network both times: the seed fixes every draw. Another seed draws " +
      "another network, and seed 7 always draws this one.",
  }],
  exercise: { task: "write the update step", file: "exercises/04_update.ts" },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
