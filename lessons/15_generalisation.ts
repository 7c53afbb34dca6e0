// Lesson 15: generalisation.
//
// A network is trained on some data to be used on other data. Its score on the tumours it
// trained on says little about new ones: with enough weights it can learn those tumours' own
// quirks, even their wrong labels, by heart. So we keep a validation set aside and, after every
// epoch, measure the loss and the accuracy on both sets. The training loss only ever has to fall;
// the difference between the two curves is the generalisation gap. When the validation loss
// turns up while the training loss goes on falling, the network is overfitting: learning what
// only the training tumours share. Overfitting on demand: fewer tumours to train on
// (--train-fraction), or some of their labels flipped (--label-noise). Two remedies: stop at the
// epoch where the validation loss was lowest (early stopping), or make every step also shrink
// the weights a little (--l2, weight decay), so that only weights the data keeps asking for grow.
// On 200 points in the plane (--data points) it can be seen: the flipped points drawn on a map
// of the network's class, at the validation minimum and at the end.
//
// In the lib: lib/layers/layered_network.ts
//
// Run it: deno run lessons/15_generalisation.ts       With the picture: deno task pictures

import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import { contourText, decisionBoundarySvg, fitStandardizer, LayeredNetwork } from "../lib/mod.ts";
import { lineChartText, linesChartSvg } from "../lib/mod.ts";
import { parseDataset, predictedClass, RandomState, stratifiedSplit } from "../lib/mod.ts";
import { fisherExactTest, wilsonInterval } from "../lib/mod.ts";
import { defineLesson, flag, type FlagValues, LessonError, lessonMain } from "../runtime/cli.ts";
import { writeTextFileFor } from "../runtime/files.ts";
import { type Files, type Io, paragraph } from "../runtime/io.ts";

/** The lesson itself. */
async function lesson(flags: FlagValues<typeof spec.flags>, io: Io, files: Files): Promise<void> {
  const { seed, epochs, hidden, trainFraction, labelNoise, l2, plot, boundary } = flags;
  const points = flags.data === "points";
  if (boundary !== undefined && !points) {
    throw new LessonError("--boundary draws 2-D data only: add --data points");
  }
  const noun = points ? "points" : "tumours";
  const sets = prepare(seed, trainFraction, labelNoise, points);
  const { train, validation, test, flipped } = sets;
  if (points) {
    paragraph(
      io,
      `--data points: ${sets.total} points of two classes in the plane (x1, x2), drawn with ` +
        `seed ${seed}: class 0 around (-1, 0), class 1 around (1, 0), each coordinate with a ` +
        `deviation of ${SPREAD}, so that the true boundary is the line x1 = 0. Split as lesson ` +
        `11 splits the tumours (stratified): ${sets.trainAll} to train on, ` +
        `${validation.inputs.length} to validate, ${test.inputs.length} kept aside to test.`,
    );
  } else {
    paragraph(
      io,
      `${SOURCE}: ${sets.total} tumours, split as lesson 11 splits them (stratified, seed ` +
        `${seed}): ${sets.trainAll} to train on, ` +
        `${validation.inputs.length} to validate, ${test.inputs.length} kept aside to test.`,
    );
  }
  if (trainFraction < 1) {
    paragraph(
      io,
      `--train-fraction ${trainFraction}: only ${train.inputs.length} of the ` +
        `${sets.trainAll} training ${noun} are used.`,
    );
  }
  if (flipped.length > 0) {
    paragraph(
      io,
      `--label-noise ${labelNoise}: ${flipped.length} training labels flipped ` +
        "(validation and test keep the true ones).",
    );
  }
  io.log(
    points
      ? "The points stay as drawn: their coordinates are already on a standardised scale."
      : "Features standardised with the training set's mean and deviation only.",
  );
  io.log("");

  // Train, and after every epoch measure both sets.
  const run = trainEpochs(sets, { seed, epochs, hidden, l2 });
  paragraph(
    io,
    `A hidden layer of ${hidden} units (sizes [${run.sizes.join(", ")}]), learning rate ` +
      `${RATE}${l2 > 0 ? `, weight decay l2 = ${l2}` : ""}, ${epochs} epochs: each epoch is ` +
      `one step per training ${noun.slice(0, -1)}, in a newly shuffled order. After every ` +
      "epoch, on both " +
      "sets, the loss (the mean of (p - t)^2 over the set) and the accuracy (<- marks the " +
      "lowest validation loss):",
  );
  const { records, best } = run;
  io.log("  epoch  training loss  accuracy   validation loss  accuracy");
  for (const r of shownRecords(records, best.epoch)) {
    io.log(
      `  ${String(r.epoch).padStart(5)}  ${four(r.train.loss).padStart(13)}  ` +
        `${percent(r.train.accuracy).padStart(8)}   ${four(r.validation.loss).padStart(15)}  ` +
        `${percent(r.validation.accuracy).padStart(8)}` +
        (r.epoch === best.epoch ? "  <- lowest" : ""),
    );
  }
  io.log("");
  const width = io.columns ?? 80;
  io.log("Training loss, epoch by epoch:");
  io.log(lineChartText(records.map((r) => r.train.loss), { height: 5, width }));
  io.log("Validation loss:");
  io.log(lineChartText(records.map((r) => r.validation.loss), { height: 5, width }));
  io.log(`  x: epochs 1 to ${epochs}; y: the loss (mind the labels: the scales differ).`);
  io.log("");

  // The gap at the end.
  const last = records.at(-1)!;
  // With flipped labels, the training tumours right by their true labels too, as validation's are.
  const trueRight = flipped.length > 0 &&
    correct(run.network, { inputs: train.inputs, targets: sets.trueTargets });
  paragraph(io, gapText(last, train.inputs.length, validation.inputs.length, trueRight, noun));
  if (flipped.length > 0) {
    paragraph(io, memorisedText(run, flipped.length, train.inputs.length, noun));
  }
  io.log("");

  // Early stopping: keep the network of the epoch where the validation loss was lowest.
  paragraph(io, earlyStoppingText(records, best, epochs, noun));
  const testCorrect = correct(best.network, test);
  paragraph(
    io,
    "The validation set chose that epoch, so it is no longer an impartial judge of it. The " +
      `test set, used for nothing so far, is: the network of epoch ${best.epoch} gets ` +
      `${percent(testCorrect / test.inputs.length)} (${testCorrect}/${test.inputs.length}) ` +
      `of the test ${noun} right, against ${
        percent(records[best.epoch - 1].validation.accuracy)
      } ` +
      "on validation. (Exercise 12 writes the stratified split these three sets come from.)",
  );
  io.log(
    `Size of the weights at the end, sqrt(sum of w^2): ${four(weightSize(run.network))}` +
      (l2 > 0 ? ` (l2 = ${l2}).` : " (no weight decay)."),
  );
  if (points) {
    io.log("");
    paragraph(
      io,
      "The network's class over the plane: ' ' class 0, '.' class 1. On it the training " +
        "points: o and x of class 0 and 1, O and X the flipped ones, labelled 0 and 1 " +
        "(several points may share a cell: the last drawn shows).",
    );
    const shown = best.epoch === epochs
      ? [[`At epoch ${epochs}, the last and the lowest validation loss:`, run.network] as const]
      : [
        [`At epoch ${best.epoch}, the lowest validation loss:`, best.network] as const,
        [`At epoch ${epochs}, the end:`, run.network] as const,
      ];
    for (const [title, network] of shown) {
      io.log(title);
      io.log(classMap(network, train, flipped));
    }
  }
  if (boundary !== undefined) {
    const svg = await decisionBoundarySvg({
      predict: (x) => run.network.predict(x),
      points: train.inputs,
      targets: train.targets,
      title: `The training points as labelled and the network's boundary after epoch ${epochs}` +
        `, seed ${seed}` + (labelNoise > 0 ? `, label noise ${labelNoise}` : ""),
    });
    await writeTextFileFor("boundary", boundary, svg, files);
    io.log("");
    io.log(`Wrote the decision boundary to ${boundary}`);
  }

  if (plot !== undefined) {
    const x = records.map((r) => r.epoch);
    const svg = await linesChartSvg({
      series: [
        { name: "training loss", x, y: records.map((r) => r.train.loss) },
        { name: "validation loss", x, y: records.map((r) => r.validation.loss) },
      ],
      xTitle: "Epochs",
      yTitle: "Mean squared error",
      title: `Training and validation loss, ${hidden} hidden units, seed ${seed}` +
        (trainFraction < 1 ? `, train fraction ${trainFraction}` : "") +
        (labelNoise > 0 ? `, label noise ${labelNoise}` : "") +
        (l2 > 0 ? `, l2 ${l2}` : ""),
    });
    await writeTextFileFor("plot", plot, svg, files);
    io.log("");
    io.log(`Wrote the two loss curves to ${plot}`);
  }
}

/** The experiments "Try this" asks about; the answers are for after the run. */
export const experiments = [
  {
    command: "deno run lessons/15_generalisation.ts --label-noise 0.2 --epochs 100",
    question: "A fifth of the training labels flipped, 100 epochs: when is the validation loss " +
      "lowest, and what does the network do with the flipped labels after that?",
    answer: "At epoch 31 (0.0654). After it the training loss falls a further 36% while the " +
      "validation loss rises 79%: the network comes to agree with 42 of the 73 flipped labels, " +
      "against 13 at epoch 31, learning them by heart, and its validation accuracy falls from " +
      "93.4% to 85.7%.",
  },
  {
    command: "deno run lessons/15_generalisation.ts --label-noise 0.2 --epochs 100 --l2 0.01",
    question: "The same with weight decay: does the validation accuracy at the end come back?",
    answer: "Yes: 97.8% at epoch 100, against 85.7% without. The network agrees with only 2 " +
      "of the 73 flipped labels, and its weights' size is 2.0258 instead of 22.0236: the " +
      "decay keeps it from learning the flipped labels by heart, and the validation loss " +
      "ends only 0.2% above its lowest.",
  },
  {
    command: "deno run lessons/15_generalisation.ts --train-fraction 0.1 --epochs 200",
    question: "Only a tenth of the training tumours: how wide is the gap at the end?",
    answer: "8.8 points: 100.0% on its 37 tumours, 91.2% on validation (8 missed), and the " +
      "validation loss 36.0 times the training loss. Counted in tumours right, 37 are too few " +
      "to call it more than luck (Fisher's exact test: a chance of 0.104); the loss shows it " +
      "plainly. Yet the validation loss is still falling at epoch 200: the gap comes from " +
      "having few tumours to learn from, not from training too long.",
  },
  {
    command: "deno run lessons/15_generalisation.ts --data points --label-noise 0.4",
    question: "Two in five labels of the 2-D points flipped: does the end's map keep the " +
      "true boundary, x1 = 0, or bend it to take the flipped points in?",
    answer: "It bends: at the end the network puts 15 of the 51 flipped points on the side " +
      "of their wrong label, against 5 at epoch 12, where the validation loss was lowest, and " +
      "the validation loss ends 10% above its lowest.",
  },
] as const;

/**
 * What the gap at the end says, from this run's numbers. `trueRight`, when labels were flipped:
 * how many training samples the network gets right by their true labels, which is what the
 * verdict compares with validation (whose labels are true); `false` when none were flipped.
 */
export function gapText(
  last: EpochRecord,
  trainCount: number,
  validationCount: number,
  trueRight: number | false,
  noun: string,
) {
  const { train, validation } = last;
  const right = (accuracy: number, count: number) => Math.round(accuracy * count);
  const ratio = validation.loss / train.loss;
  const validationRight = right(validation.accuracy, validationCount);
  const head = `After epoch ${last.epoch}: training loss ${four(train.loss)}, validation loss ` +
    `${four(validation.loss)}${ratio >= 1 ? `, ${ratio.toFixed(1)} times as large` : ", smaller"}` +
    `; accuracy ${percent(train.accuracy)} (${right(train.accuracy, trainCount)}/${trainCount}) ` +
    `on training, ${percent(validation.accuracy)} (${validationRight}` +
    `/${validationCount}) on validation: ` +
    gapWords(train.accuracy - validation.accuracy) + " " +
    (trueRight === false
      ? ""
      : "(The training accuracy counts the flipped labels as the right answers.) By their " +
        `true labels, as validation's are counted, it gets ${percent(trueRight / trainCount)} ` +
        `(${trueRight}/${trainCount}) of its training ${noun} right: ` +
        gapWords(trueRight / trainCount - validationRight / validationCount) + " ");
  // Like with like: by true labels on both sides.
  const trainRight = trueRight === false ? right(train.accuracy, trainCount) : trueRight;
  const wrong = trainCount - trainRight + validationCount - validationRight;
  if (wrong === 0) return head + `It gets every ${noun.slice(0, -1)} of both sets right.`;
  const p = fisherExactTest(trainRight, trainCount, validationRight, validationCount);
  return head +
    `The 95% ranges of the two rates (Wilson's, as in lesson 11): ${
      range(trainRight, trainCount)
    } ` +
    `on training, ${range(validationRight, validationCount)} on validation. Were the network ` +
    `as good on new ${noun} as on its training ones, where its ${wrong} ` +
    `mistake${wrong === 1 ? "" : "s"} among the ${trainCount + validationCount} ${noun} fell ` +
    "would be chance, and a split at least this uneven would come with a chance of " +
    `${p === 1 ? "1" : p < 0.001 ? "below 0.001" : p.toFixed(3)} (Fisher's exact test), ` +
    (p < SIGNIFICANT
      ? "rarely enough to call the difference more than the luck of the split."
      : `too often to call the difference more than luck on ${trainCount} and ` +
        `${validationCount} ${noun}.` +
        (trueRight === false
          ? " The loss, which counts how sure each prediction is, shows the gap more finely."
          : ""));
}

/** "a gap of 8.8 points.", "validation ahead by 2.1 points.", "no gap.": a difference of rates. */
function gapWords(difference: number): string {
  const points = 100 * difference;
  return points > 0
    ? `a gap of ${points.toFixed(1)} points.`
    : points < 0
    ? `validation ahead by ${(-points).toFixed(1)} points.`
    : "no gap.";
}

/** Wilson's 95% range of a rate, "90.6%-100.0%". */
function range(successes: number, trials: number): string {
  const { low, high } = wilsonInterval(successes, trials);
  return `${percent(low)}-${percent(high)}`;
}

/** How many flipped labels the network gives back: what it learned by heart. */
export function memorisedText(
  run: { records: readonly EpochRecord[]; best: { epoch: number; memorised: number } },
  flips: number,
  trainCount: number,
  noun: string,
): string {
  const end = run.records.at(-1)!;
  const { best } = run;
  const head = `${flips} of the ${trainCount} training labels are flipped, so a network that ` +
    `knew the true ${noun === "points" ? "class of every point" : "diagnosis of every tumour"} ` +
    `would score ${percent(1 - flips / trainCount)} ` +
    `against them. This one agrees with ${end.memorised} of the flipped labels at the end`;
  if (best.epoch === end.epoch) return `${head}.`;
  return head + `, against ${best.memorised} at epoch ${best.epoch}, where the validation ` +
    "loss was lowest" +
    (end.memorised > best.memorised
      ? `: after that epoch it learned ${end.memorised - best.memorised} wrong ` +
        `label${end.memorised - best.memorised === 1 ? "" : "s"} by heart.`
      : ": it learned no more of them by heart after that epoch.");
}

/** What the validation minimum says, from this run's numbers. */
export function earlyStoppingText(
  records: readonly EpochRecord[],
  best: { epoch: number },
  epochs: number,
  noun: string,
): string {
  const last = records.at(-1)!;
  const at = records[best.epoch - 1];
  const head =
    `The validation loss was lowest at epoch ${best.epoch}${
      best.epoch === epochs ? ", the last" : ""
    }: ${four(at.validation.loss)}, with the training loss there ${four(at.train.loss)} ` +
    `(accuracy ${percent(at.train.accuracy)} on training, ${percent(at.validation.accuracy)} ` +
    "on validation). ";
  if (best.epoch === epochs) {
    return head + `It was still falling: more training still helps on new ${noun}, and ` +
      "early stopping would train on.";
  }
  const fell = 100 * (1 - last.train.loss / at.train.loss);
  const rose = 100 * (last.validation.loss / at.validation.loss - 1);
  if (rose < NOTABLE_RISE) {
    return head + `After it the training loss went to ${four(last.train.loss)}, and the ` +
      `validation loss ended only ${rose.toFixed(1)}% above its lowest, at ` +
      `${four(last.validation.loss)}: training on did little harm here, and early stopping, ` +
      `keeping the network of epoch ${best.epoch}, gains little.`;
  }
  return head +
    `After it the training loss ${
      fell > 0 ? `fell a further ${fell.toFixed(0)}%` : `rose ${(-fell).toFixed(0)}%`
    }, to ${four(last.train.loss)}, while the validation loss rose ${rose.toFixed(0)}%, to ` +
    `${four(last.validation.loss)}` +
    (fell > 0
      ? `: what the network learned after that epoch holds for the training ${noun} only. `
      : ". ") +
    `Early stopping keeps the network of epoch ${best.epoch}.`;
}

// The plumbing: the data, the training loop, the measurements.

const SOURCE = "data/breast_cancer.csv";
/** Lesson 11's learning rate for its hidden layer. */
const RATE = 0.1;
/** A split of mistakes less likely than this, were both sets alike to the network, is no luck. */
const SIGNIFICANT = 0.05;
/** A validation loss this many percent above its lowest is called a rise; below, little harm. */
const NOTABLE_RISE = 5;

type Samples = { inputs: number[][]; targets: number[] };

/**
 * Lesson 11's three stratified sets from one generator: test (20%), then validation (20% of the
 * rest) and training; then, from the same generator, the training share kept and the labels
 * flipped. Standardised with the (kept) training set's numbers.
 */
function prepare(seed: number, trainFraction: number, labelNoise: number, points: boolean) {
  const random = new RandomState(seed);
  const data = points ? pointsData(random) : parseDataset(breastCancerCsv, SOURCE);
  const pick = ({ inputs, targets }: Samples, indices: number[]): Samples => ({
    inputs: indices.map((i) => inputs[i]),
    targets: indices.map((i) => targets[i]),
  });
  const outer = stratifiedSplit(data.targets, 0.2, random);
  const rest = pick(data, outer.train);
  const inner = stratifiedSplit(rest.targets, 0.2, random);
  const trainAll = pick(rest, inner.train);
  const train = trainFraction < 1
    ? pick(trainAll, stratifiedSplit(trainAll.targets, 1 - trainFraction, random).train)
    : trainAll;
  const order = train.targets.map((_, i) => i);
  const flipped = labelNoise > 0
    ? random.shuffle(order).slice(0, Math.round(labelNoise * order.length)).sort((a, b) => a - b)
    : [];
  const targets = [...train.targets];
  for (const i of flipped) targets[i] = 1 - targets[i];
  // The points are already on the scale of a standardised feature, and stay as drawn, so that
  // their picture has the axes they were drawn on.
  const scaler = points ? { transform: (x: number[]) => x } : fitStandardizer(train.inputs);
  const scaled = ({ inputs, targets }: Samples): Samples => ({
    inputs: inputs.map(scaler.transform),
    targets,
  });
  return {
    total: data.inputs.length,
    trainAll: trainAll.inputs.length,
    /** The kept training samples' labels before any was flipped. */
    trueTargets: train.targets,
    train: scaled({ inputs: train.inputs, targets }),
    validation: scaled(pick(rest, inner.test)),
    test: scaled(pick(data, outer.test)),
    flipped,
  };
}

/** How many 2-D points --data points draws, and their deviation around each class's centre. */
const POINTS = 200;
const SPREAD = 0.7;

/**
 * Two clouds of points in the plane, drawn with `random`: point i is of class i % 2, at (-1, 0)
 * for class 0 and (1, 0) for class 1, plus a normal draw of deviation SPREAD on each coordinate.
 */
function pointsData(random: RandomState): Samples {
  const inputs: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < POINTS; i++) {
    const target = i % 2;
    inputs.push([2 * target - 1 + SPREAD * random.randn(), SPREAD * random.randn()]);
    targets.push(target);
  }
  return { inputs, targets };
}

/** The plane the maps of --data points show, across (x1) and up (x2). */
const PLANE = { x: [-3.5, 3.5], y: [-2.5, 2.5], columns: 61, rows: 21 } as const;

/**
 * The network's classes over the plane, with the training points on top: o and x for the
 * points of class 0 and 1 as labelled, O and X for the flipped ones (labelled 0 and 1).
 */
function classMap(network: LayeredNetwork, train: Samples, flipped: readonly number[]): string {
  const marks = [0, 1].flatMap((label) =>
    [false, true].map((wrong) => ({
      symbol: wrong ? "OX"[label] : "ox"[label],
      points: train.inputs
        .filter((_, i) => train.targets[i] === label && flipped.includes(i) === wrong)
        .map(([a, b]) => [a, b] as [number, number]),
    }))
  );
  return contourText({
    ...PLANE,
    f: (x1, x2) => network.predict([x1, x2]),
    levels: [0.5],
    marks,
  });
}

/** Both measurements of one set after an epoch. */
export type Measured = { loss: number; accuracy: number };
/** One epoch's measurements; `memorised` counts the flipped labels the network agrees with. */
export type EpochRecord = {
  epoch: number;
  train: Measured;
  validation: Measured;
  memorised: number;
};
/** The epoch of the lowest validation loss, and a copy of the network then. */
type Best = { epoch: number; network: LayeredNetwork; memorised: number };
type Trained = ReturnType<typeof trainEpochs>;

/**
 * Trains epoch by epoch, each a shuffled pass of one step per training tumour, and measures both
 * sets after each; keeps a copy of the network at the lowest validation loss (the first, on a tie).
 */
export function trainEpochs(
  sets: ReturnType<typeof prepare>,
  { seed, epochs, hidden, l2 }: { seed: number; epochs: number; hidden: number; l2: number },
) {
  const { train, validation, flipped } = sets;
  const random = new RandomState(seed);
  const sizes = [train.inputs[0].length, hidden, 1];
  const network = new LayeredNetwork({ learningRate: RATE, sizes, l2, random });
  const records: EpochRecord[] = [];
  let best: Best | undefined;
  const order = train.inputs.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const i of random.shuffle(order)) {
      network.updateParameters(network.computeGradients(train.inputs[i], train.targets[i]));
    }
    const trainMeasured = measure(network, train);
    const memorised = flipped.filter((i) => trainMeasured.predicted[i] === train.targets[i]).length;
    const record = {
      epoch,
      train: trainMeasured,
      validation: measure(network, validation),
      memorised,
    };
    records.push(record);
    if (best === undefined || record.validation.loss < records[best.epoch - 1].validation.loss) {
      best = {
        epoch,
        memorised,
        network: new LayeredNetwork({ learningRate: RATE, layers: network.layers }),
      };
    }
  }
  return { sizes, network, records, best: best! };
}

/** The loss (mean squared error) and accuracy on a set, with one forward pass per sample. */
function measure(network: LayeredNetwork, { inputs, targets }: Samples) {
  let loss = 0;
  const predicted = inputs.map((x, i) => {
    const p = network.predict(x);
    loss += (p - targets[i]) ** 2;
    return predictedClass(p);
  });
  const right = predicted.filter((c, i) => c === targets[i]).length;
  return { loss: loss / inputs.length, accuracy: right / inputs.length, predicted };
}

/** How many samples of a set the network classifies right. */
const correct = (network: LayeredNetwork, { inputs, targets }: Samples) =>
  inputs.filter((x, i) => network.classify(x) === targets[i]).length;

/** The square root of the sum of every weight's square (biases not counted). */
const weightSize = (network: LayeredNetwork) =>
  Math.sqrt(
    network.layers.reduce(
      (sum, { weights }) => sum + weights.flat().reduce((s, w) => s + w * w, 0),
      0,
    ),
  );

/** The table's rows: the first epoch, every `every`th, the lowest validation loss, the last. */
export function shownRecords(records: EpochRecord[], bestEpoch: number): EpochRecord[] {
  const every = records.length <= 10 ? 1 : 5 * Math.ceil(records.length / 50);
  return records.filter((r) =>
    r.epoch === 1 || r.epoch % every === 0 || r.epoch === bestEpoch || r.epoch === records.length
  );
}

const four = (value: number) => value.toFixed(4);
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;

// The command line: its flags, written once.
export const spec = defineLesson({
  summary: "Lesson 15: generalisation: training against validation, overfitting, remedies.",
  flags: {
    seed: flag.seed("Seed of the splits, the flipped labels, the weights and the shuffles"),
    epochs: flag.whole(40, 1, 1000, "Passes over the training set", "N"),
    hidden: flag.whole(8, 1, 64, "Units in the hidden layer", "N"),
    trainFraction: flag.number(1, "Train on this share of the training set only", {
      min: 0.05,
      max: 1,
      value: "SHARE",
    }),
    labelNoise: flag.number(0, "Flip this share of the training labels", {
      min: 0,
      max: 0.5,
      value: "SHARE",
    }),
    l2: flag.number(0, "Weight decay: each step also shrinks every weight by rate * l2 * w", {
      min: 0,
      max: 1,
      value: "L2",
    }),
    data: flag.choice(
      "tumours",
      ["tumours", "points"],
      "The data: lesson 11's tumours (30 features), or 200 points in the plane, to see",
      "DATA",
    ),
    plot: flag.output("Also write both loss curves as SVG (needs --allow-read and --allow-write)"),
    boundary: flag.output(
      "With --data points, also write the decision boundary at the end as SVG (needs " +
        "--allow-read and --allow-write)",
    ),
  },
  examples: [
    "deno run lessons/15_generalisation.ts --label-noise 0.2 --epochs 100",
    "deno task pictures   (draws docs/generalisation.svg with --plot)",
  ],
  experiments,
  exercise: {
    task: "choose a threshold on the validation set, not the training or test set",
    file: "exercises/13_threshold.ts",
  },
});

export const main = lessonMain(import.meta.url, spec, lesson);

if (import.meta.main) Deno.exitCode = await main(Deno.args);
