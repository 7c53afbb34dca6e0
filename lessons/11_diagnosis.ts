// Lesson 11: a real diagnosis.
//
// The tutorial's first use case for neural networks is medical diagnosis. Here is one, on real
// data: the Wisconsin Diagnostic Breast Cancer data set (data/README.md has its source, citation
// and licence). Each of its 569 tumours is described by 30 measurements of cell nuclei, taken
// from a microscope image of a fine needle aspirate, and the diagnosis: malignant (1) or
// benign (0).
//
// The recipe is the one every practitioner follows:
// 1. Keep a test set aside (20%, stratified so both sets have the same share of malignant
//    tumours). The network never trains on it, so its accuracy there is honest.
// 2. Standardise each feature (mean 0, deviation 1), using the training set's numbers only.
// 3. Train, then judge on the test set, against the baseline of always guessing the common class.
//
// Run it: deno run lessons/11_diagnosis.ts [--seed N]

import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import { type ConfusionMatrix, confusionMatrix } from "../lib/data/confusion_matrix.ts";
import { formatNumber } from "../lib/format_array.ts";
import { MultiLayerNetwork } from "../lib/layers/multilayer_network.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { ERROR_EVERY } from "../lib/train.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { predictedClass } from "../lib/predicted_class.ts";
import { seededRandom } from "../lib/random/seeded_random.ts";
import { fitStandardizer } from "../lib/data/standardizer.ts";
import { stratifiedSplit } from "../lib/data/stratified_split.ts";
import { defineLesson, type FlagValues, lessonMain, seedFlag } from "./_cli.ts";
import type { Io } from "./_io.ts";

export const SOURCE = "data/breast_cancer.csv";
export const TEST_FRACTION = 0.2;
export const ITERATIONS = 20_000;
export const HIDDEN_UNITS = 8;

/** A share as a percentage with one decimal, e.g. "96.5%". */
export function percent(count: number, total: number): string {
  return `${(100 * count / total).toFixed(1)}%`;
}

function printConfusion(io: Io, m: ConfusionMatrix): void {
  io.log("  Confusion matrix on the test set:");
  io.log("                      predicted benign  predicted malignant");
  io.log(
    `    actual benign     ${String(m.trueNegatives).padStart(16)}  ` +
      `${String(m.falsePositives).padStart(19)}`,
  );
  io.log(
    `    actual malignant  ${String(m.falseNegatives).padStart(16)}  ` +
      `${String(m.truePositives).padStart(19)}`,
  );
  io.log(
    `  ${m.falseNegatives} malignant tumour(s) missed, ${m.falsePositives} benign one(s) ` +
      `flagged.`,
  );
}

/** The lesson itself. */
function lesson(
  { seed }: FlagValues<typeof spec.flags>,
  io: Io,
): void {
  const data = parseDataset(breastCancerCsv, SOURCE);
  const malignant = data.targets.filter((t) => t === 1).length;
  io.log(
    `${SOURCE}: ${data.inputs.length} tumours, ${data.features.length} features, ` +
      `${malignant} malignant (1), ${data.inputs.length - malignant} benign (0).`,
  );

  // 1. A stratified 80/20 split.
  const { train, test } = stratifiedSplit(data.targets, TEST_FRACTION, seededRandom(seed));
  const testTargets = test.map((i) => data.targets[i]);
  const testMalignant = testTargets.filter((t) => t === 1).length;
  io.log(
    `Stratified split (seed ${seed}): ${train.length} to train on, ${test.length} to test ` +
      `(${testMalignant} of them malignant).`,
  );

  // 2. Standardise with the training set's mean and deviation only.
  const scaler = fitStandardizer(train.map((i) => data.inputs[i]));
  const trainInputs = train.map((i) => scaler.transform(data.inputs[i]));
  const trainTargets = train.map((i) => data.targets[i]);
  const testInputs = test.map((i) => scaler.transform(data.inputs[i]));
  io.log("Features standardised with the training set's mean and deviation only.");
  io.log("");

  // The baseline: always predict the more common class of the training set.
  const trainMalignant = trainTargets.filter((t) => t === 1).length;
  const majority = trainMalignant * 2 > trainTargets.length ? 1 : 0;
  const baseline = testTargets.filter((t) => t === majority).length;
  io.log(
    `Majority-class baseline: always "${majority ? "malignant" : "benign"}" is right for ` +
      `${baseline}/${test.length} test tumours, ${percent(baseline, test.length)}.`,
  );
  io.log("");

  // 3. Train each model on the training set, then judge it on the test set.
  const models = [
    {
      name: "The single neuron (30 weights and a bias)",
      network: new NeuralNetwork({
        learningRate: 0.01,
        inputSize: data.features.length,
        random: seededRandom(seed),
      }),
    },
    {
      name: `A hidden layer of ${HIDDEN_UNITS} units (sizes [30, ${HIDDEN_UNITS}, 1])`,
      network: new MultiLayerNetwork({
        learningRate: 0.1,
        sizes: [data.features.length, HIDDEN_UNITS, 1],
        random: seededRandom(seed),
      }),
    },
  ];
  const results = models.map(({ name, network }) => {
    const errors = network.train(trainInputs, trainTargets, ITERATIONS);
    const lowest = errors.indexOf(Math.min(...errors));
    io.log(`${name}, ${ITERATIONS} iterations at learning rate ${network.learningRate}:`);
    io.log(`  Cumulative error over the ${train.length} training tumours:`);
    io.log(
      `    first ${formatNumber(errors[0])}, lowest ${formatNumber(errors[lowest])} ` +
        `(iteration ${lowest * ERROR_EVERY}), last ${formatNumber(errors.at(-1)!)}`,
    );
    const predicted = testInputs.map((x) => predictedClass(network.predict(x)));
    const matrix = confusionMatrix(predicted, testTargets);
    const correct = matrix.truePositives + matrix.trueNegatives;
    io.log(`  Test accuracy: ${percent(correct, test.length)} (${correct}/${test.length})`);
    printConfusion(io, matrix);
    io.log("");
    return { name, correct };
  });

  const best = results.reduce((a, b) => b.correct > a.correct ? b : a);
  io.log(
    `Best: ${best.name.toLowerCase()}, ${percent(best.correct, test.length)} against the ` +
      `baseline's ${percent(baseline, test.length)}.`,
  );
  io.log("A teaching example, not a medical device: a real test would also weigh how costly");
  io.log("a missed malignant tumour is compared with a false alarm.");
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 11: diagnose breast tumours with the single neuron and a hidden layer.",
  flags: { seed: seedFlag("Seed of the split, the weights and the sample picks") },
  examples: ["deno run lessons/11_diagnosis.ts --seed 7"],
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
