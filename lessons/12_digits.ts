// Lesson 12: handwritten digits.
//
// The tutorial's first use of neural networks is telling images apart. Here the images are
// 1,797 handwritten digits of 8 by 8 pixels, and there are ten classes, 0 to 9, instead of two.
// Three changes to lesson 10's network make that work, and the training stays the tutorial's:
// one sample at a time (taken in shuffled epochs), the chain rule, a small step downhill.
//
// 1. Ten output units, one per digit, and a softmax that turns their ten weighted sums into ten
//    probabilities adding up to 1. The network's guess is the most probable digit.
// 2. The cross-entropy error, -log(probability of the right digit), in place of the squared
//    error: a confident mistake costs far more than a hesitant one. With the softmax, its slope
//    at each output sum is simply the probability minus 1 for the right digit, and the
//    probability for the others.
// 3. ReLU hidden units, max(0, sum), in place of sigmoids. Their slope is 1 or 0, so the chain
//    rule carries the error back through the active units without shrinking it.
//
// In the lib: lib/layers/layered_network.ts
//
// Run it: deno run lessons/12_digits.ts       With the mistakes drawn: deno task digits

import digitsCsv from "../data/digits.csv" with { type: "text" };
import { classConfusionMatrix, digitsSplit as prepare, readDigits } from "../lib/data/mod.ts";
import { imageGridSvg, imageText, LayeredNetwork, matVec, relu } from "../lib/mod.ts";
import { dot, ERROR_EVERY, formatNumber, RandomState, transposedMatVec } from "../lib/mod.ts";
import { TrainingDivergedError, watchTraining } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, lessonMain } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import { type Files, type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
async function lesson(
  { hidden, epochs, learningRate, seed, plot }: FlagValues<typeof spec.flags>,
  io: Io,
  files: Files,
): Promise<void> {
  // Each pixel is a grey level from 0 (white) to 16 (black): the count of inked dots in a 4 by 4
  // block of the scanned digit. Divided by 16, every input lies between 0 and 1. As in lesson 11,
  // a stratified 80/20 split keeps a test set the network never trains on. The defaults (32
  // hidden units, 20 epochs at learning rate 0.05) were chosen on a validation split of the
  // training images over seeds 0-4, never on the test set (data/README.md has the source).
  const digits = readDigits(digitsCsv);
  io.log(
    `${SOURCE}: ${digits.images.length} images of ${SIDE}x${SIDE} pixels, grey levels 0 to ` +
      `${BLACK}, digits 0 to 9.`,
  );
  const { train, test, inputs } = prepare(digits, seed);
  io.log(
    `Stratified split (seed ${seed}): ${train.length} to train on, ${test.length} to test.`,
  );
  paragraph(
    io,
    `The split is of images, not of people: all ${digits.images.length} were written by the ` +
      `same ${WRITERS} people (data/README.md), so the test images come from hands the network ` +
      `has trained on. Its test accuracy says how well it reads these ${WRITERS} writers; a ` +
      `stranger's digits may fare worse.`,
  );
  io.log(`Every pixel divided by ${BLACK}: each input lies between 0 and 1.`);
  io.log("");

  // The network: 64 inputs, a hidden layer of ReLU units, ten softmax outputs.
  const sizes = [SIDE * SIDE, hidden, 10];
  // One seeded generator draws the starting weights, then every epoch's order.
  const random = new RandomState(seed);
  // The three changes, and the starting weights scaled to the layer's inputs, are options.
  const network = new LayeredNetwork({
    learningRate,
    sizes,
    output: "softmax",
    error: "cross-entropy",
    hidden: "relu",
    initialisation: "he",
    random,
  });
  io.log(`A network of sizes [${sizes.join(", ")}]: ${hidden} ReLU units, then a softmax.`);
  explainNetwork(io, hidden);
  io.log("");

  const steps = epochs * train.length;
  const passes = epochs === 1 ? "1 epoch" : `${epochs} epochs`;
  io.log(
    `Training for ${passes} at learning rate ${learningRate}: ${steps} steps, one image each.`,
  );
  paragraph(
    io,
    `An epoch visits each of the ${train.length} training images once, in an order shuffled ` +
      `anew every epoch (np.random.shuffle), so none is left out, as picks with replacement ` +
      `leave some out (lesson 14). The error is added up once an epoch, not every ${ERROR_EVERY} ` +
      `steps as the tutorial does: that would predict all ${train.length} images every ` +
      `${ERROR_EVERY} steps, ${Math.round(train.length / ERROR_EVERY)} predictions per step, ` +
      `which here takes longer than the training itself.`,
  );
  const errors = trainEpochs(
    network,
    train.map((i) => inputs[i]),
    train.map((i) => digits.labels[i]),
    epochs,
    (order) => random.shuffle(order),
  );
  io.log(`Cumulative cross-entropy over the ${train.length} training images:`);
  io.log(`  ${formatNumber(errors[0])} before training,`);
  io.log(`  ${formatNumber(errors[1])} after epoch 1${epochs > 1 ? "," : "."}`);
  if (epochs > 1) io.log(`  ${formatNumber(errors.at(-1)!)} after epoch ${epochs}.`);
  io.log("");

  // Judge it on the test images: its guess is the most probable digit.
  const guesses = test.map((i) => network.classify(inputs[i]));
  const truths = test.map((i) => digits.labels[i]);
  const correct = guesses.filter((guess, k) => guess === truths[k]).length;
  io.log(`Test accuracy: ${percent(correct, test.length)} (${correct}/${test.length})`);
  io.log("");

  const shown = (k: number) => ({
    pixels: digits.images[test[k]],
    caption: `true ${truths[k]}, guess ${guesses[k]}`,
  });
  io.log("The first four test images, as the network sees them, and its guesses:");
  drawRow(io, [0, 1, 2, 3].map(shown));
  const wrong = guesses.flatMap((guess, k) => guess === truths[k] ? [] : [k]);
  if (wrong.length > 0) {
    io.log(wrongHeading(wrong.length));
    drawRow(io, wrong.slice(0, 4).map(shown));
  }
  io.log("");

  const counts = classConfusionMatrix(guesses, truths, 10);
  io.log("Confusion matrix on the test set (rows: the true digit; columns: the guess):");
  io.log(`       ${DIGITS.map((d) => String(d).padStart(4)).join("")}`);
  counts.forEach((row, digit) => {
    const cells = row.map((count, guess) => (count === 0 && guess !== digit ? "." : count));
    io.log(`    ${digit}  ${cells.map((cell) => String(cell).padStart(4)).join("")}`);
  });
  io.log("The diagonal holds the right guesses; every other number is a kind of mistake.");
  const mixUp = commonestMistake(counts);
  if (mixUp !== undefined) {
    io.log(
      `The commonest: ${aDigit(mixUp.truth)} taken for ${aDigit(mixUp.guess)}, ` +
        `${mixUp.count} time${mixUp.count === 1 ? "" : "s"}.`,
    );
  }
  io.log("");

  // A ReLU unit whose sum is negative for every image never fires, so its slope is always 0
  // and no gradient ever reaches its weights again: it is dead. Too large a step kills many.
  const silent = deadUnits(network, train.map((i) => inputs[i]));
  io.log(`Hidden units that fire for no training image (dead ReLUs): ${silent} of ${hidden}.`);
  const answers = new Set(guesses);
  if (answers.size === 1) {
    const [only] = answers;
    const right = truths.filter((t) => t === only).length;
    paragraph(
      io,
      (silent === hidden
        ? "With every hidden unit dead, the hidden layer gives 0 for every training image and " +
          "the output layer sees only its own biases"
        : "The hidden layer barely tells the images apart") +
        `: the network gives one answer for all ${test.length} test images, ${aDigit(only)}, ` +
        `right only for the ${right} that are ${only}s, ${percent(right, test.length)}, ` +
        `about one in ten.`,
    );
  }
  if (correct < test.length / 2) paragraph(io, learnedLittle({ silent, hidden, learningRate }));
  io.log("");
  explainLayers(io, network, inputs[test[0]]);

  if (plot !== undefined) {
    if (wrong.length === 0) {
      io.log("");
      io.log(`No test image was wrong, so there is nothing to draw: ${plot} was not written.`);
    } else {
      const svg = await imageGridSvg({
        images: wrong.map(shown),
        width: SIDE,
        maxValue: BLACK,
        title: `The ${wrong.length} test digits the network got wrong (seed ${seed})`,
      });
      await writeTextFileFor("plot", plot, svg, files);
      io.log("");
      io.log(`Wrote the ${wrong.length} wrong test digits to ${plot}`);
    }
  }
}

/** What a ReLU, a softmax and the cross-entropy are, in the words the output names them. */
function explainNetwork(io: Io, hidden: number): void {
  paragraph(
    io,
    `ReLU: each of the ${hidden} hidden units passes on its weighted sum when it is positive ` +
      `and gives 0 otherwise, max(0, sum). A unit whose sum is negative is switched off for ` +
      `that image: its output and its slope are 0, so none of its weights learn from it.`,
  );
  paragraph(
    io,
    "Softmax: the ten output sums become ten probabilities, e^sum of each digit divided by " +
      "the total of all ten: each positive, together 1, the largest sum the largest share. " +
      "The guess is the most probable digit.",
  );
  paragraph(
    io,
    "Cross-entropy: the error of one image is -log(probability of its right digit): 0 when " +
      "the network is sure and right, growing without bound as that probability falls to 0, " +
      "so a confident mistake costs far more than a hesitant one. Through the softmax its " +
      "slope at each output sum is that digit's probability, minus 1 for the right digit.",
  );
}

/**
 * The tutorial's two claims about layers, checked on this network's weights: stacked layers of
 * weighted sums alone are one layer; with the ReLU between them they are not.
 */
function explainLayers(io: Io, network: LayeredNetwork<"softmax">, image: readonly number[]) {
  const [first, second] = network.layers;
  const linear = matVec(first.weights, image).map((sum, j) => sum + first.biases[j]);
  const twoLayers = (hiddenOut: number[]) =>
    matVec(second.weights, hiddenOut).map((sum, k) => sum + second.biases[k]);
  // One layer: weights W2 W1 and biases W2 b1 + b2.
  const oneLayer = second.weights.map((row, k) =>
    dot(transposedMatVec(first.weights, row), image) + dot(row, first.biases) + second.biases[k]
  );
  // Sums of the same numbers in another order differ in their last bits, and by how much
  // depends on the engine (the page's, the terminal's): below this, that is all it is.
  const ROUNDING = 1e-12;
  const largest = (a: number[], b: number[]) =>
    a.reduce((max, v, k) => Math.max(max, Math.abs(v - b[k])), 0);
  const withoutRelu = largest(twoLayers(linear), oneLayer);
  const withRelu = largest(twoLayers(linear.map(relu)), oneLayer);
  paragraph(
    io,
    `The tutorial says that for a network of several layers there is always one with fewer ` +
      `that predicts the same. That holds only without activations: layers of weighted sums ` +
      `alone are one weighted sum, W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2). On the ` +
      `first test image, with this network's weights, the two layers without the ReLU and ` +
      `that one layer give ten output sums that differ ` +
      (withoutRelu < ROUNDING
        ? `only by rounding (less than ${ROUNDING})`
        : `by up to ${withoutRelu.toExponential(1)}`) +
      `; with the ReLU between them, by up to ${withRelu.toFixed(2)}. The ` +
      `tutorial also says a ReLU can "turn off" a weight if it is negative: what it turns off ` +
      `is a unit, for an image that makes the unit's weighted sum negative; its weights, of ` +
      `either sign, stay.`,
  );
}

/**
 * Trains for `epochs` passes over the samples, each in the order `shuffle` makes of the last
 * (the lesson's `random.shuffle`, NumPy's), one step of the tutorial's gradient descent per
 * sample. Returns the cumulative error over all samples before training and after each epoch.
 * Watched (the classroom page records it through observeTraining), it also reports the
 * cumulative error every ERROR_EVERY steps, as the lib's training loop does; unwatched, it
 * spends no time on that. bench/compare_digits.ts runs it too, against bench/digits_numpy.py.
 *
 * @throws {TrainingDivergedError} If the numbers overflow (then try a smaller learning rate).
 */
export function trainEpochs(
  network: LayeredNetwork<"softmax">,
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  epochs: number,
  shuffle: (order: number[], epoch: number) => void,
): number[] {
  // NaN when a probability reaches 0 (its -log would be infinite) or the sum overflows.
  const cumulativeError = () => {
    try {
      const sum = inputs.reduce((sum, x, i) => sum + network.error(x, targets[i]), 0);
      return Number.isFinite(sum) ? sum : NaN;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return NaN;
    }
  };
  const watch = watchTraining({ network, inputs, targets, iterations: epochs * inputs.length });
  const watched: number[] = [];
  const diverged = (iteration: number, cause: unknown) => {
    const error = new TrainingDivergedError(iteration, network.learningRate, cause);
    watch?.end({ network, errors: watched, diverged: error });
    return error;
  };
  const errors = [cumulativeError()];
  const order = inputs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, epoch);
    order.forEach((i, step) => {
      const iteration = epoch * inputs.length + step;
      try {
        network.updateParameters(network.computeGradients(inputs[i], targets[i]));
      } catch (error) {
        // Every input lies between 0 and 1, so a RangeError here can only mean overflow.
        if (!(error instanceof RangeError)) throw error;
        throw diverged(iteration, error);
      }
      // Watched, the error every ERROR_EVERY steps; one that cannot be computed is left out,
      // and the epoch's end decides, as it does unwatched, so that the run is the same.
      if (watch !== undefined && iteration % ERROR_EVERY === 0) {
        const error = cumulativeError();
        if (!Number.isNaN(error)) {
          watched.push(error);
          watch.progress({ network, iteration, error });
        }
      }
    });
    const error = cumulativeError();
    if (Number.isNaN(error)) {
      const cause = new RangeError("The cumulative error is too large to compute");
      throw diverged((epoch + 1) * inputs.length - 1, cause);
    }
    errors.push(error);
  }
  watch?.end({ network, errors: watched });
  return errors;
}

// The digits' reading and split live in the lib; the benchmarks and tests reach them here too.
export { prepare, readDigits };

const SOURCE = "data/digits.csv";
/** A digit is SIDE x SIDE pixels. */
const SIDE = 8;
/** The grey level of a fully inked pixel. */
const BLACK = 16;
/** The file's images are the test part of the UCI set: 13 of its 43 writers (data/README.md). */
const WRITERS = 13;
const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A share as a percentage with one decimal, e.g. "96.5%". */
function percent(count: number, total: number): string {
  return `${(100 * count / total).toFixed(1)}%`;
}

/** Draws up to four digits side by side in frames, each with its caption beneath. */
function drawRow(io: Io, digits: { pixels: number[]; caption: string }[]): void {
  const drawings = digits.map(({ pixels }) => imageText(pixels, SIDE, BLACK));
  const inside = 2 * SIDE; // each pixel is two characters wide
  const line = (parts: string[]) => io.log(parts.join(" ").trimEnd());
  line(digits.map(() => `┌${"─".repeat(inside)}┐`));
  for (let r = 0; r < SIDE; r++) line(drawings.map((rows) => `│${rows[r]}│`));
  line(digits.map(() => `└${"─".repeat(inside)}┘`));
  line(digits.map(({ caption }) => ` ${caption.padEnd(inside + 1)}`));
}

/** The heading above the wrong test images drawn: at most four of them. */
export function wrongHeading(wrong: number): string {
  return wrong === 1
    ? "The one it got wrong:"
    : `The first ${Math.min(wrong, 4)} of the ${wrong} it got wrong:`;
}

/** "a 5", "an 8". */
function aDigit(digit: number): string {
  return `${digit === 8 ? "an" : "a"} ${digit}`;
}

/** How many hidden units have a weighted sum of 0 or less for every one of the inputs. */
export function deadUnits(
  network: LayeredNetwork<"softmax">,
  inputs: readonly number[][],
): number {
  const { weights, biases } = network.layers[0];
  return weights.filter((row, j) => inputs.every((x) => dot(x, row) + biases[j] <= 0)).length;
}

/**
 * The largest count off the diagonal: which digit is most often taken for which. On a tie, the
 * first in reading order (the lower true digit, then the lower guess); undefined when no mistake
 * was made.
 */
export function commonestMistake(counts: readonly (readonly number[])[]) {
  let best: { truth: number; guess: number; count: number } | undefined;
  counts.forEach((row, truth) =>
    row.forEach((count, guess) => {
      if (guess !== truth && count > 0 && count > (best?.count ?? 0)) {
        best = { truth, guess, count };
      }
    })
  );
  return best;
}

/** The defaults lesson 12 was tuned at (on a validation split, never on the test set). */
const DEFAULTS = { hidden: 32, learningRate: 0.05 };

/**
 * Why a run learned little, from what it shows: its dead units, its rate and its width beside
 * the defaults. A ReLU unit can die at any rate; steps larger than the default kill more.
 */
export function learnedLittle(
  { silent, hidden, learningRate }: { silent: number; hidden: number; learningRate: number },
): string {
  const advice: string[] = [];
  if (silent > 0) {
    const dead = silent === hidden
      ? `every hidden unit is dead (${silent} of ${hidden})`
      : `${silent} of ${hidden} hidden units are dead`;
    advice.push(
      learningRate > DEFAULTS.learningRate
        ? `${dead}: steps this large throw ReLU units into silence for good. Try ` +
          `--learning-rate ${DEFAULTS.learningRate}.`
        : `${dead}: a ReLU unit can die at this rate too, and in a narrow layer all of them ` +
          `can. Try another --seed${
            hidden < DEFAULTS.hidden ? ` or --hidden ${DEFAULTS.hidden}` : ""
          }.`,
    );
  } else if (learningRate < DEFAULTS.learningRate) {
    advice.push(
      `no unit is dead, but steps this small barely move. Try --learning-rate ` +
        `${DEFAULTS.learningRate} or more --epochs.`,
    );
  } else if (hidden < DEFAULTS.hidden) {
    advice.push(
      `no unit is dead, but ${hidden} hidden unit${hidden === 1 ? " is" : "s are"} too few ` +
        `to tell ten digits apart. Try --hidden ${DEFAULTS.hidden}.`,
    );
  } else {
    advice.push(`no unit is dead. Try another --seed or more --epochs.`);
  }
  return `The network learned little: ${advice.join(" ")}`;
}

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 12: recognise handwritten digits with ReLU units and a softmax.",
  flags: {
    hidden: flag.whole(DEFAULTS.hidden, 1, 128, "Units in the hidden layer"),
    epochs: flag.whole(
      20,
      1,
      100,
      "Passes over the training images, each shuffled (about 0.04 s each)",
    ),
    learningRate: flag.number(DEFAULTS.learningRate, "Step size of gradient descent", {
      above: 0,
      max: 10,
      value: "RATE",
    }),
    seed: flag.seed("Seed of the split, the weights and the sample picks"),
    plot: flag.output("Also draw the test digits it got wrong as SVG"),
  },
  examples: [
    "deno run lessons/12_digits.ts --hidden 64 --epochs 30",
    "deno task digits    (the wrong digits drawn to out/digits_wrong.svg)",
  ],
  experiments: [{
    command: "deno run lessons/12_digits.ts --hidden 8",
    question: "A quarter of the hidden units: how much accuracy will it lose?",
    answer: "It reaches 94.4% (339/359), 2.8 points below 32 units' 97.2%, with one of its " +
      "eight hidden units dead.",
  }, {
    command: "deno run lessons/12_digits.ts --learning-rate 1",
    question: "Steps 20 times larger: faster learning, or none?",
    answer: "None: every hidden unit dies, so every image gets the same answer, a 1, right " +
      "for the 36 test 1s (10.0%).",
  }, {
    command: "deno task digits",
    question: "It draws every test digit it got wrong to out/digits_wrong.svg: would you " +
      "have read them right?",
    answer: "Look: many are written unusually, and the commonest mistake, an 8 taken for a " +
      "1, shows in the confusion matrix above.",
  }],
  exercise: {
    task: "write the softmax and its cross-entropy gradient",
    file: "exercises/10_softmax.ts",
  },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
