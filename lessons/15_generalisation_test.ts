import { assert } from "chai";
import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import {
  earlyStoppingText,
  type EpochRecord,
  experiments,
  gapText,
  main,
  memorisedText,
  shownRecords,
  spec,
} from "./15_generalisation.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { lineChartText } from "../lib/charts/line_chart_text.ts";
import { fitStandardizer } from "../lib/data/standardizer.ts";
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { stratifiedSplit } from "../lib/data/stratified_split.ts";
import { LayeredNetwork } from "../lib/layers/layered_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { type LessonRun, memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";

/** Each run once: they take a second or so each. */
const runs = new Map<string, Promise<LessonRun>>();
const run = (...args: string[]) => {
  const key = args.join(" ");
  if (!runs.has(key)) runs.set(key, runLesson(main, args));
  return runs.get(key)!;
};
/** A run's output, its paragraphs unwrapped. */
const text = async (...args: string[]) => unwrap((await run(...args)).out).join("\n");

/**
 * The lesson's run computed again without its code: the same recipe (lesson 11's splits from one
 * generator, then the share kept and the labels flipped; a second generator of the same seed for
 * the weights and each epoch's shuffle), measured with the network's own `error` and `classify`
 * rather than the lesson's single forward pass.
 */
function independently(options: Options = {}): Independent {
  const key = JSON.stringify(options);
  if (!computed.has(key)) computed.set(key, compute(options));
  return computed.get(key)!;
}
type Options = {
  seed?: number;
  epochs?: number;
  fraction?: number;
  noise?: number;
  l2?: number;
  /** --data points: 200 points drawn in the plane instead of the tumours. */
  points?: boolean;
  hidden?: number;
};
type Independent = ReturnType<typeof compute>;
const computed = new Map<string, Independent>();

function compute(
  { seed = 42, epochs = 40, fraction = 1, noise = 0, l2 = 0, points = false, hidden = 8 }: Options,
) {
  const random = new RandomState(seed);
  const data = points
    ? drawPoints(random)
    : parseDataset(breastCancerCsv, "data/breast_cancer.csv");
  const outer = stratifiedSplit(data.targets, 0.2, random);
  const inner = stratifiedSplit(outer.train.map((i) => data.targets[i]), 0.2, random);
  let trainIndices = inner.train.map((k) => outer.train[k]);
  if (fraction < 1) {
    const kept = stratifiedSplit(trainIndices.map((i) => data.targets[i]), 1 - fraction, random);
    trainIndices = kept.train.map((k) => trainIndices[k]);
  }
  const truth = trainIndices.map((i) => data.targets[i]);
  const targets = [...truth];
  const flipped = noise > 0
    ? random.shuffle(targets.map((_, i) => i)).slice(0, Math.round(noise * targets.length))
    : [];
  for (const i of flipped) targets[i] = 1 - targets[i];
  const scaler = points
    ? { transform: (x: number[]) => x }
    : fitStandardizer(trainIndices.map((i) => data.inputs[i]));
  const inputs = trainIndices.map((i) => scaler.transform(data.inputs[i]));
  const set = (indices: number[]) => ({
    inputs: indices.map((i) => scaler.transform(data.inputs[i])),
    targets: indices.map((i) => data.targets[i]),
  });
  const validation = set(inner.test.map((k) => outer.train[k]));
  const test = set(outer.test);
  const weights = new RandomState(seed);
  const network = new LayeredNetwork({
    learningRate: 0.1,
    sizes: [points ? 2 : 30, hidden, 1],
    l2,
    random: weights,
  });
  const measure = (xs: number[][], ts: number[]) => ({
    loss: xs.reduce((sum, x, i) => sum + network.error(x, ts[i]), 0) / xs.length,
    right: xs.filter((x, i) => network.classify(x) === ts[i]).length,
  });
  const rows = [];
  let best = { epoch: 0, loss: Infinity, test: 0, memorised: 0, network };
  const order = inputs.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    weights.shuffle(order);
    for (const i of order) {
      network.updateParameters(network.computeGradients(inputs[i], targets[i]));
    }
    const row = {
      epoch,
      train: measure(inputs, targets),
      validation: measure(validation.inputs, validation.targets),
      memorised: flipped.filter((i) => network.classify(inputs[i]) === targets[i]).length,
    };
    rows.push(row);
    if (row.validation.loss < best.loss) {
      const test_ = measure(test.inputs, test.targets).right;
      best = {
        epoch,
        loss: row.validation.loss,
        test: test_,
        memorised: row.memorised,
        network: new LayeredNetwork({ learningRate: 0.1, layers: structuredClone(network.layers) }),
      };
    }
  }
  const size = Math.sqrt(
    network.layers.flatMap((l) => l.weights.flat()).reduce((s, w) => s + w * w, 0),
  );
  return {
    rows,
    best,
    size,
    network,
    train: { inputs, targets, flipped, truth },
    counts: [inputs.length, validation.inputs.length, test.inputs.length],
  };
}

/** 200 points, each class in turn: x1 from -1 or 1, x2 from 0, each plus 0.7 of a normal draw. */
function drawPoints(random: RandomState) {
  const inputs: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < 200; i++) {
    const x1 = (i % 2 === 1 ? 1 : -1) + 0.7 * random.randn();
    const x2 = 0.7 * random.randn();
    inputs.push([x1, x2]);
    targets.push(i % 2);
  }
  return { inputs, targets };
}

const four = (x: number) => x.toFixed(4);
const pc = (right: number, n: number) => `${(100 * right / n).toFixed(1)}%`;

/** The table row the lesson prints for an epoch, from the independent numbers. */
function tableRow(r: Independent["rows"][number], counts: number[]) {
  return `  ${String(r.epoch).padStart(5)}  ${four(r.train.loss).padStart(13)}  ` +
    `${pc(r.train.right, counts[0]).padStart(8)}   ${four(r.validation.loss).padStart(15)}  ` +
    pc(r.validation.right, counts[1]).padStart(8);
}

Deno.test("lesson 15's table: both sets' loss and accuracy after each shown epoch, as computed independently", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const lines = unwrap(out);
  assert.deepEqual(lines.slice(0, 4), [
    "data/breast_cancer.csv: 569 tumours, split as lesson 11 splits them (stratified, seed " +
    "42): 365 to train on, 91 to validate, 113 kept aside to test.",
    "Features standardised with the training set's mean and deviation only.",
    "",
    "A hidden layer of 8 units (sizes [30, 8, 1]), learning rate 0.1, 40 epochs: each epoch " +
    "is one step per training tumour, in a newly shuffled order. After every epoch, on both " +
    "sets, the loss (the mean of (p - t)^2 over the set) and the accuracy (<- marks the lowest " +
    "validation loss):",
  ]);
  const mine = independently();
  assert.deepEqual(mine.counts, [365, 91, 113]);
  assert.equal(mine.best.epoch, 40, "at seed 42 the validation loss falls to the last epoch");
  const shown = [1, 5, 10, 15, 20, 25, 30, 35, 40];
  assert.deepEqual(lines.slice(4, 14), [
    "  epoch  training loss  accuracy   validation loss  accuracy",
    ...shown.map((e) => tableRow(mine.rows[e - 1], mine.counts) + (e === 40 ? "  <- lowest" : "")),
  ]);
  // Pinned, so that a change anywhere in the recipe shows here too.
  assert.equal(lines[5], "      1         0.0716     91.0%            0.0915     89.0%");
  assert.equal(
    lines[13],
    "     40         0.0102     99.2%            0.0129     98.9%  <- lowest",
  );
});

Deno.test("lesson 15's charts are both loss curves, epoch by epoch", async () => {
  const { out } = await run();
  const mine = independently();
  const chart = (values: number[]) => lineChartText(values, { height: 5, width: 80 });
  const at = out.indexOf("Training loss, epoch by epoch:");
  assert.equal(out[at + 1], chart(mine.rows.map((r) => r.train.loss)));
  assert.equal(out[at + 2], "Validation loss:");
  assert.equal(out[at + 3], chart(mine.rows.map((r) => r.validation.loss)));
  assert.equal(
    out[at + 4],
    "  x: epochs 1 to 40; y: the loss (mind the labels: the scales differ).",
  );
});

// The ranges and chances below, checked with python3 (SciPy 1.17.1): binomtest(k, n)
// .proportion_ci(method="wilson") gives 97.6%-99.7% for 362/365, 94.0%-99.8% for 90/91, 90.6%-100.0%
// for 37/37, 83.6%-95.5% for 83/91, 82.1%-89.2% for 314/365 and 77.1%-91.5% for 78/91;
// fisher_exact([[a, n - a], [b, m - b]]).pvalue is 1.0 for 362/365 against 90/91, 0.10382 for 37/37
// against 83/91 and 1.0 for 314/365 against 78/91.
Deno.test("lesson 15 shows the gap at the end, and judges it with both rates' ranges and Fisher's exact test", async () => {
  const output = await text();
  assert.include(
    output,
    "After epoch 40: training loss 0.0102, validation loss 0.0129, 1.3 times as large; " +
      "accuracy 99.2% (362/365) on training, 98.9% (90/91) on validation: a gap of 0.3 points. " +
      "The 95% ranges of the two rates (Wilson's, as in lesson 11): 97.6%-99.7% on training, " +
      "94.0%-99.8% on validation. Were the network as good on new tumours as on its training " +
      "ones, where its 4 mistakes among the 456 tumours fell would be chance, and a split at " +
      "least this uneven would come with a chance of 1 (Fisher's exact test), too often to " +
      "call the difference more than luck on 365 and 91 tumours. The loss, which counts how " +
      "sure each prediction is, shows the gap more finely.",
  );
  const mine = independently();
  const last = mine.rows[39];
  assert.equal((last.validation.loss / last.train.loss).toFixed(1), "1.3");
  assert.deepEqual([last.train.right, last.validation.right], [362, 90]);
});

Deno.test("a tenth of the tumours: all 37 right against 83 of 91 is not called more than luck", async () => {
  // Lesson 15 used to say a network 'as good on new tumours as on its training ones would get
  // all 91 right: missing 8 is a real gap, not luck', as if 37 of 37 measured a rate of 100%.
  const few = await text("--train-fraction", "0.1", "--epochs", "200");
  const mine = independently({ fraction: 0.1, epochs: 200 });
  assert.deepEqual([mine.rows[199].train.right, mine.rows[199].validation.right], [37, 83]);
  assert.include(
    few,
    "accuracy 100.0% (37/37) on training, 91.2% (83/91) on validation: a gap of 8.8 points. " +
      "The 95% ranges of the two rates (Wilson's, as in lesson 11): 90.6%-100.0% on training, " +
      "83.6%-95.5% on validation. Were the network as good on new tumours as on its training " +
      "ones, where its 8 mistakes among the 128 tumours fell would be chance, and a split at " +
      "least this uneven would come with a chance of 0.104 (Fisher's exact test), too often " +
      "to call the difference more than luck on 37 and 91 tumours. The loss, which counts how " +
      "sure each prediction is, shows the gap more finely.",
  );
  assert.notInclude(few, "not luck");
  assert.notInclude(few, "+-");
});

Deno.test("with flipped labels the gap is judged like with like: the training tumours by their true labels", async () => {
  const noisy = await text("--label-noise", "0.2", "--epochs", "100");
  const mine = independently({ noise: 0.2, epochs: 100 });
  const { inputs, truth } = mine.train;
  const trueRight = inputs.filter((x, i) => mine.network.classify(x) === truth[i]).length;
  assert.equal(trueRight, 314);
  assert.include(
    noisy,
    "accuracy 89.0% (325/365) on training, 85.7% (78/91) on validation: a gap of 3.3 points. " +
      "(The training accuracy counts the flipped labels as the right answers.) By their true " +
      `labels, as validation's are counted, it gets ${pc(trueRight, 365)} (${trueRight}/365) ` +
      "of its training tumours right: a gap of 0.3 points. The 95% ranges of the two rates " +
      "(Wilson's, as in lesson 11): 82.1%-89.2% on training, 77.1%-91.5% on validation. Were " +
      "the network as good on new tumours as on its training ones, where its 64 mistakes among " +
      "the 456 tumours fell would be chance, and a split at least this uneven would come with " +
      "a chance of 1 (Fisher's exact test), too often to call the difference more than luck " +
      "on 365 and 91 tumours.\n",
  );
  // The training loss counts the flipped labels too: it is not said to show the gap.
  assert.notInclude(noisy, "shows the gap more finely");
});

Deno.test("the gap's verdict follows its numbers: a split rarer than 1 in 20 is more than luck; no mistake, nothing to judge", () => {
  const record = (train: number, validation: number): EpochRecord => ({
    epoch: 40,
    train: { loss: 0.01, accuracy: train },
    validation: { loss: 0.02, accuracy: validation },
    memorised: 0,
  });
  // SciPy: fisher_exact([[365, 0], [80, 11]]).pvalue is 1.2e-8; [[350, 15], [80, 11]] 0.0087.
  assert.include(
    gapText(record(1, 80 / 91), 365, 91, false, "tumours"),
    "a chance of below 0.001 (Fisher's exact test), rarely enough to call the difference more " +
      "than the luck of the split.",
  );
  assert.include(
    gapText(record(350 / 365, 80 / 91), 365, 91, false, "tumours"),
    "a chance of 0.009 (Fisher's exact test), rarely enough",
  );
  // By the flipped labels it would be 365/365 against 80/91; by the true ones, 330 against 80.
  const noisy = gapText(record(1, 80 / 91), 365, 91, 330, "tumours");
  assert.include(
    noisy,
    "it gets 90.4% (330/365) of its training tumours right: a gap of 2.5 points.",
  );
  assert.include(noisy, "where its 46 mistakes among the 456 tumours fell");
  assert.include(
    gapText(record(1, 1), 365, 91, false, "tumours"),
    "on validation: no gap. It gets every tumour of both sets right.",
  );
});

Deno.test("lesson 15's early stopping: the epoch of the lowest validation loss, both losses there", async () => {
  const output = await text();
  assert.include(
    output,
    "The validation loss was lowest at epoch 40, the last: 0.0129, with the training loss " +
      "there 0.0102 (accuracy 99.2% on training, 98.9% on validation). It was still falling: " +
      "more training still helps on new tumours, and early stopping would train on.",
  );
  const mine = independently();
  assert.include(
    output,
    `the network of epoch 40 gets ${pc(mine.best.test, 113)} (${mine.best.test}/113) of the ` +
      "test tumours right, against 98.9% on validation.",
  );
  assert.include(output, `sqrt(sum of w^2): ${four(mine.size)} (no weight decay).`);
  // Seed 1: the verdict flips, the validation loss is lowest before the end, but barely.
  const other = independently({ seed: 1 });
  assert.isBelow(other.best.epoch, 40);
  const [at, end] = [other.rows[other.best.epoch - 1], other.rows[39]];
  const rose = 100 * (end.validation.loss / at.validation.loss - 1);
  assert.isBelow(rose, 5, "a rise of less than 5% is little harm");
  const seed1 = await text("--seed", "1");
  assert.include(
    seed1,
    `The validation loss was lowest at epoch ${other.best.epoch}: ${four(at.validation.loss)}, ` +
      `with the training loss there ${four(at.train.loss)}`,
  );
  assert.include(
    seed1,
    `After it the training loss went to ${four(end.train.loss)}, and the validation loss ` +
      `ended only ${rose.toFixed(1)}% above its lowest, at ${four(end.validation.loss)}: ` +
      `training on did little harm here, and early stopping, keeping the network of epoch ` +
      `${other.best.epoch}, gains little.`,
  );
  assert.include(
    seed1,
    `the network of epoch ${other.best.epoch} gets ${pc(other.best.test, 113)}`,
  );
  assert.notInclude(seed1, "It was still falling");
});

Deno.test("lesson 15 --label-noise flips that share of the training labels and counts what the network learns by heart", async () => {
  const output = await text("--label-noise", "0.2", "--epochs", "100");
  const mine = independently({ noise: 0.2, epochs: 100 });
  const { best } = mine;
  assert.equal(best.epoch, 31);
  assert.include(
    output,
    "--label-noise 0.2: 73 training labels flipped (validation and test keep the true ones).",
  );
  assert.include(
    output,
    "73 of the 365 training labels are flipped, so a network that knew the true diagnosis of " +
      `every tumour would score 80.0% against them. This one agrees with ` +
      `${mine.rows[99].memorised} of the flipped labels at the end, against ${best.memorised} ` +
      `at epoch 31, where the validation loss was lowest: after that epoch it learned ` +
      `${mine.rows[99].memorised - best.memorised} wrong labels by heart.`,
  );
  assert.deepEqual([best.memorised, mine.rows[99].memorised], [13, 42]);
  assert.include(output, "(The training accuracy counts the flipped labels as the right answers.)");
  for (const shown of [31, 100]) {
    assert.include(output, tableRow(mine.rows[shown - 1], mine.counts));
  }
});

Deno.test("each 'Try this' question is printed without its answer, and the answer is true", async () => {
  const output = await text();
  for (const { command, question, answer } of experiments) {
    assert.include(output, `  ${command}\n    ${question}`);
    assert.notInclude(output, answer);
  }
  const args = (command: string) => command.split(" ").slice(3);
  const [noisy, decayed, few, points] = await Promise.all(
    experiments.map((e) => text(...args(e.command))),
  );
  // 1: the minimum at epoch 31, then the rise and the labels learned by heart.
  assert.include(noisy, "The validation loss was lowest at epoch 31: 0.0654");
  assert.include(noisy, "fell a further 36%, to 0.0932, while the validation loss rose 79%");
  assert.include(noisy, "agrees with 42 of the flipped labels at the end, against 13 at epoch 31");
  assert.include(noisy, "     31         0.1468     81.6%            0.0654     93.4%");
  assert.include(noisy, "    100         0.0932     89.0%            0.1168     85.7%");
  for (const claim of ["epoch 31 (0.0654)", "36%", "79%", "42 of the 73", "13 at epoch 31"]) {
    assert.include(experiments[0].answer, claim);
  }
  assert.include(experiments[0].answer, "93.4% to 85.7%");
  // 2: weight decay, the same noise.
  assert.include(decayed, "    100         0.1801     77.3%            0.0832     97.8%");
  assert.include(decayed, "This one agrees with 2 of the flipped labels at the end, against 2");
  assert.include(decayed, "sqrt(sum of w^2): 2.0258 (l2 = 0.01).");
  assert.include(noisy, "sqrt(sum of w^2): 22.0236 (no weight decay).");
  assert.include(decayed, "the validation loss ended only 0.2% above its lowest");
  for (
    const claim of ["97.8% at epoch 100", "85.7% without", "2 of", "2.0258", "22.0236", "0.2%"]
  ) {
    assert.include(experiments[1].answer, claim);
  }
  // 3: a tenth of the training set.
  assert.include(few, "--train-fraction 0.1: only 37 of the 365 training tumours are used.");
  assert.include(few, "36.0 times as large; accuracy 100.0% (37/37) on training, 91.2% (83/91)");
  assert.include(few, "a gap of 8.8 points.");
  assert.include(few, "lowest at epoch 200, the last");
  assert.include(few, "a chance of 0.104 (Fisher's exact test), too often to call");
  for (
    const claim of ["8.8 points", "100.0% on its 37", "91.2%", "8 missed", "36.0 times", "0.104"]
  ) {
    assert.include(experiments[2].answer, claim);
  }
  // 4: the 2-D points, two in five labels flipped.
  assert.include(points, "This one agrees with 15 of the flipped labels at the end, against 5");
  assert.include(points, "51 of the 128 training labels are flipped");
  assert.include(points, "The validation loss was lowest at epoch 12: 0.1771");
  assert.include(points, "while the validation loss rose 10%");
  for (const claim of ["15 of the 51", "5 at epoch 12", "10%"]) {
    assert.include(experiments[3].answer, claim);
  }
});

Deno.test("lesson 15 --l2 is weight decay, --train-fraction keeps a stratified share, both as computed independently", async () => {
  const output = await text("--l2", "0.01", "--train-fraction", "0.5", "--epochs", "10");
  const mine = independently({ l2: 0.01, fraction: 0.5, epochs: 10 });
  assert.equal(mine.counts[0], 182);
  assert.include(output, "only 182 of the 365 training tumours are used.");
  assert.include(output, "learning rate 0.1, weight decay l2 = 0.01, 10 epochs");
  for (const r of mine.rows) assert.include(output, tableRow(r, mine.counts));
  assert.include(output, `sqrt(sum of w^2): ${four(mine.size)} (l2 = 0.01).`);
});

Deno.test("lesson 15 is reproducible; --plot writes both curves as SVG; bad values are refused", async () => {
  assert.deepEqual(
    await runLesson(main, ["--epochs", "3"]),
    await runLesson(main, ["--epochs", "3", "--seed", "42"]),
  );
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--epochs", "3", "--plot", "out/g.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the two loss curves to out/g.svg");
  const svg = files.files["out/g.svg"];
  assert.match(svg, /^<svg/);
  for (const name of ["training loss", "validation loss"]) assert.include(svg, `>${name}</text>`);
  for (
    const [flag, value] of [
      ["--train-fraction", "0.01"],
      ["--train-fraction", "1.5"],
      ["--label-noise", "0.6"],
      ["--l2", "-1"],
      ["--epochs", "0"],
      ["--hidden", "0"],
    ]
  ) {
    const bad = await run(flag, value);
    assert.equal(bad.code, 2, flag);
    assert.deepEqual(bad.out, []);
    assert.match(bad.err[0], new RegExp(`^Error: Invalid ${flag} "${value}": expected`));
  }
});

/** The map printed after the line `title`: its frame checked, its 21 rows of 61 cells. */
function mapAfter(out: string[], title: string): string[] {
  const lines = out.join("\n").split("\n");
  const top = lines.indexOf(title) + 1;
  assert.isAbove(top, 0, title);
  assert.equal(lines[top], `   2.5 +${"-".repeat(61)}+`);
  assert.equal(lines[top + 22], `  -2.5 +${"-".repeat(61)}+`);
  assert.equal(lines[top + 23], `       -3.5${" ".repeat(56)}3.5`);
  return lines.slice(top + 1, top + 22).map((line) => {
    assert.match(line, /^ {7}\|.{61}\|$/);
    return line.slice(8, 69);
  });
}

/** Each cell is the network's class at its centre (' ' 0, '.' 1), or a training point's mark. */
function assertClassMap(rows: string[], network: LayeredNetwork) {
  assert.lengthOf(rows, 21);
  let marked = 0;
  rows.forEach((row, r) =>
    [...row].forEach((cell, c) => {
      const x1 = -3.5 + (c + 0.5) * 7 / 61;
      const x2 = 2.5 - (r + 0.5) * 5 / 21;
      const shade = network.classify([x1, x2]) === 1 ? "." : " ";
      if (cell === shade) return;
      assert.include("oxOX", cell, `row ${r}, column ${c}`);
      marked++;
    })
  );
  assert.isAbove(marked, 50, "the training points are drawn");
}

Deno.test("lesson 15 --data points: 200 points in the plane, the table as computed independently, and the class map", async () => {
  const { code, out, err } = await run("--data", "points");
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const lines = unwrap(out);
  assert.deepEqual(lines.slice(0, 4), [
    "--data points: 200 points of two classes in the plane (x1, x2), drawn with seed 42: " +
    "class 0 around (-1, 0), class 1 around (1, 0), each coordinate with a deviation of 0.7, " +
    "so that the true boundary is the line x1 = 0. Split as lesson 11 splits the tumours " +
    "(stratified): 128 to train on, 32 to validate, 40 kept aside to test.",
    "The points stay as drawn: their coordinates are already on a standardised scale.",
    "",
    "A hidden layer of 8 units (sizes [2, 8, 1]), learning rate 0.1, 40 epochs: each epoch " +
    "is one step per training point, in a newly shuffled order. After every epoch, on both " +
    "sets, the loss (the mean of (p - t)^2 over the set) and the accuracy (<- marks the lowest " +
    "validation loss):",
  ]);
  const mine = independently({ points: true });
  assert.deepEqual(mine.counts, [128, 32, 40]);
  assert.equal(mine.train.targets.filter((t) => t === 1).length, 64, "stratified: half each");
  const table = lines.slice(5, lines.indexOf("", 5));
  const shown = table.map((line) => Number(line.trim().split(/\s+/)[0]));
  assert.deepEqual(
    table,
    shown.map((e) =>
      tableRow(mine.rows[e - 1], mine.counts) + (e === mine.best.epoch ? "  <- lowest" : "")
    ),
  );
  const text = lines.join("\n");
  const last = mine.rows[39];
  assert.include(
    text,
    `After epoch 40: training loss ${four(last.train.loss)}, validation loss ` +
      `${four(last.validation.loss)}`,
  );
  assert.include(text, "Were the network as good on new points as on its training ones");
  assert.include(
    text,
    `the network of epoch ${mine.best.epoch} gets ${pc(mine.best.test, 40)} ` +
      `(${mine.best.test}/40) of the test points right`,
  );
  assert.include(text, `sqrt(sum of w^2): ${four(mine.size)} (no weight decay).`);
  assert.include(
    text,
    "The network's class over the plane: ' ' class 0, '.' class 1. On it the training points: " +
      "o and x of class 0 and 1, O and X the flipped ones, labelled 0 and 1 (several points " +
      "may share a cell: the last drawn shows).",
  );
  if (mine.best.epoch === 40) {
    assertClassMap(
      mapAfter(out, "At epoch 40, the last and the lowest validation loss:"),
      mine.network,
    );
  } else {
    assertClassMap(
      mapAfter(out, `At epoch ${mine.best.epoch}, the lowest validation loss:`),
      mine.best.network,
    );
    assertClassMap(mapAfter(out, "At epoch 40, the end:"), mine.network);
  }
  // With no flips, no O or X.
  assert.notMatch(out.join("\n"), /\|[^|\n]*[OX][^|\n]*\|/);
});

Deno.test("lesson 15 --data points with flipped labels: the flips drawn, the maps of both epochs", async () => {
  const args = ["--data", "points", "--label-noise", "0.2", "--epochs", "60"];
  const { out } = await run(...args);
  const mine = independently({ points: true, noise: 0.2, epochs: 60 });
  const text = unwrap(out).join("\n");
  assert.include(text, "--label-noise 0.2: 26 training labels flipped (validation and test keep");
  assert.lengthOf(mine.train.flipped, 26);
  assert.include(
    text,
    "26 of the 128 training labels are flipped, so a network that knew the true class of " +
      `every point would score 79.7% against them. This one agrees with ` +
      `${mine.rows[59].memorised} of the flipped labels at the end`,
  );
  assert.isBelow(mine.best.epoch, 60);
  const best = mapAfter(out, `At epoch ${mine.best.epoch}, the lowest validation loss:`);
  assertClassMap(best, mine.best.network);
  assertClassMap(mapAfter(out, "At epoch 60, the end:"), mine.network);
  // Each flipped point is drawn as O or X, and only those (unless another point shares the cell).
  const cell = (
    [x1, x2]: number[],
  ) => [Math.floor((2.5 - x2) / 5 * 21), Math.floor((x1 + 3.5) / 7 * 61)];
  const flips = new Set(mine.train.flipped);
  const drawn = best.flatMap((row, r) =>
    [...row].flatMap((ch, c) => "OX".includes(ch) ? [`${r},${c}`] : [])
  );
  const expected = new Set(mine.train.inputs.flatMap((x, i) => {
    const [r, c] = cell(x);
    return flips.has(i) && r >= 0 && r < 21 && c >= 0 && c < 61 ? [`${r},${c}`] : [];
  }));
  for (const at of drawn) assert.isTrue(expected.has(at), `an O or X at ${at} is a flipped point`);
  assert.isAtLeast(drawn.length, expected.size - 5, "nearly every flipped point shows");
});

Deno.test("lesson 15 --boundary draws the 2-D points' boundary as SVG; on the tumours it is one line", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(
    main,
    ["--data", "points", "--epochs", "2", "--boundary", "out/b.svg"],
    files,
  );
  assert.equal(code, 0);
  assert.include(out, "Wrote the decision boundary to out/b.svg");
  assert.match(files.files["out/b.svg"], /^<svg/);
  const bad = await runLesson(main, ["--boundary", "out/b.svg"], memoryFiles());
  assert.equal(bad.code, 1);
  assert.deepEqual(bad.out, []);
  assert.deepEqual(bad.err, ["Error: --boundary draws 2-D data only: add --data points"]);
  const word = await runLesson(main, ["--data", "moons"]);
  assert.equal(word.code, 2);
  assert.match(word.err[0], /^Error: Invalid --data "moons": expected/);
});

const record = (trainLoss: number, validationLoss: number): EpochRecord => ({
  epoch: 40,
  train: { loss: trainLoss, accuracy: 0.98 },
  validation: { loss: validationLoss, accuracy: 0.95 },
  memorised: 0,
});

Deno.test("the gap's words at their edge: a validation loss equal to the training loss is '1.0 times as large', not 'smaller'", () => {
  const equal = gapText(record(0.02, 0.02), 365, 91, false, "tumours");
  assert.include(equal, "validation loss 0.0200, 1.0 times as large;");
  const below = gapText(record(0.02, 0.0199), 365, 91, false, "tumours");
  assert.include(below, "validation loss 0.0199, smaller;");
});

/** An epoch's record: both losses, accuracies of 0.9, and the flipped labels given back. */
const epochRecord = (epoch: number, trainLoss: number, validationLoss: number, memorised = 0) => ({
  epoch,
  train: { loss: trainLoss, accuracy: 0.9 },
  validation: { loss: validationLoss, accuracy: 0.9 },
  memorised,
});

Deno.test("early stopping's words follow the numbers: the lowest at the last epoch, a rise under 5%, a training loss that fell or did not", () => {
  const still = earlyStoppingText(
    [epochRecord(1, 1, 2), epochRecord(2, 0.5, 1)],
    { epoch: 2 },
    2,
    "tumours",
  );
  assert.include(still, "The validation loss was lowest at epoch 2, the last: 1.0000,");
  assert.include(still, "It was still falling: more training still helps on new tumours");
  const little = earlyStoppingText(
    [epochRecord(1, 1, 1), epochRecord(2, 0.5, 1.045)],
    { epoch: 1 },
    2,
    "tumours",
  );
  assert.include(
    little,
    "The validation loss was lowest at epoch 1: 1.0000, with the training loss there 1.0000",
  );
  assert.include(little, "the validation loss ended only 4.5% above its lowest, at 1.0450");
  const notable = earlyStoppingText(
    [epochRecord(1, 1, 1), epochRecord(2, 0.5, 1.055)],
    { epoch: 1 },
    2,
    "tumours",
  );
  assert.include(
    notable,
    "After it the training loss fell a further 50%, to 0.5000, while the validation loss rose " +
      "5%, to 1.0550: what the network learned after that epoch holds for the training tumours " +
      "only. Early stopping keeps the network of epoch 1.",
  );
  const flat = earlyStoppingText(
    [epochRecord(1, 1, 1), epochRecord(2, 1, 2)],
    { epoch: 1 },
    2,
    "points",
  );
  assert.include(
    flat,
    "After it the training loss rose 0%, to 1.0000, while the validation loss rose 100%, to " +
      "2.0000. Early stopping keeps the network of epoch 1.",
  );
});

Deno.test("what the network learned by heart: flipped labels given back after the lowest validation loss, one or more or none", () => {
  const run = (best: number, atBest: number, atEnd: number) => ({
    records: [epochRecord(1, 1, 1, atBest), epochRecord(2, 1, 1, atEnd)],
    best: { epoch: best, memorised: atBest },
  });
  assert.equal(
    memorisedText(run(2, 3, 3), 10, 40, "tumours"),
    "10 of the 40 training labels are flipped, so a network that knew the true diagnosis of " +
      "every tumour would score 75.0% against them. This one agrees with 3 of the flipped " +
      "labels at the end.",
  );
  assert.match(
    memorisedText(run(1, 2, 3), 10, 40, "points"),
    /true class of every point .* at the end, against 2 at epoch 1, where the validation loss was lowest: after that epoch it learned 1 wrong label by heart\.$/,
  );
  assert.match(memorisedText(run(1, 2, 4), 10, 40, "points"), /learned 2 wrong labels by heart\.$/);
  assert.match(
    memorisedText(run(1, 3, 3), 10, 40, "points"),
    /: it learned no more of them by heart after that epoch\.$/,
  );
});

Deno.test("the table's rows: every epoch up to 10, then every 5th (10th past 50), the first, the lowest and the last", () => {
  const epochs = (n: number, best: number) =>
    shownRecords(Array.from({ length: n }, (_, k) => epochRecord(k + 1, 1, 1)), best).map((r) =>
      r.epoch
    );
  assert.deepEqual(epochs(10, 1), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(epochs(11, 3), [1, 3, 5, 10, 11]);
  assert.deepEqual(epochs(50, 7), [1, 5, 7, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
  assert.deepEqual(epochs(51, 1), [1, 10, 20, 30, 40, 50, 51]);
});

Deno.test("lesson 15's flags name their ranges when refused", async () => {
  for (
    const [flag, value, expected] of [
      ["--epochs", "1001", "a whole number from 1 to 1000"],
      ["--hidden", "65", "a whole number from 1 to 64"],
      ["--train-fraction", "0.04", "a number from 0.05 to 1"],
      ["--label-noise", "0.51", "a number from 0 to 0.5"],
      ["--l2", "1.01", "a number from 0 to 1"],
      ["--data", "x", "one of tumours, points"],
    ]
  ) {
    const bad = await runLesson(main, [flag, value]);
    assert.equal(bad.code, 2, flag);
    assert.deepEqual(bad.err, [
      `Error: Invalid ${flag} "${value}": expected ${expected}. Run with --help for usage.`,
    ]);
  }
});

Deno.test("lesson 15's pictures name every setting that differs from the default in their titles", async () => {
  const files = memoryFiles();
  const settings = ["--epochs", "2", "--train-fraction", "0.5", "--label-noise", "0.1"];
  const curves = await runLesson(main, [...settings, "--l2", "0.01", "--plot", "o/g.svg"], files);
  assert.equal(curves.code, 0);
  assert.include(
    files.files["o/g.svg"],
    "Training and validation loss, 8 hidden units, seed 42, train fraction 0.5, label noise " +
      "0.1, l2 0.01",
  );
  const plain = await runLesson(main, ["--epochs", "2", "--plot", "o/p.svg"], files);
  assert.equal(plain.code, 0);
  assert.include(files.files["o/p.svg"], "Training and validation loss, 8 hidden units, seed 42<");
  const boundary = await runLesson(
    main,
    ["--data", "points", "--epochs", "2", "--label-noise", "0.1", "--boundary", "o/b.svg"],
    files,
  );
  assert.equal(boundary.code, 0);
  assert.include(
    files.files["o/b.svg"],
    "The training points as labelled and the network's boundary after epoch 2, seed 42, label " +
      "noise 0.1",
  );
  assert.equal(
    boundary.out[boundary.out.indexOf("Wrote the decision boundary to o/b.svg") - 1],
    "",
  );
});

Deno.test("one flipped label is enough to be counted, judged by its true label and given back or not", async () => {
  const { out } = await runLesson(main, ["--label-noise", "0.003", "--epochs", "2"]);
  const text = unwrap(out);
  assert.include(
    text,
    "--label-noise 0.003: 1 training labels flipped (validation and test keep the true ones).",
  );
  const gap = text.findIndex((line) => line.startsWith("After epoch 2:"));
  assert.include(
    text[gap],
    "(The training accuracy counts the flipped labels as the right answers.) By their true " +
      "labels, as validation's are counted, it gets 94.0% (343/365)",
  );
  assert.deepEqual(text.slice(gap + 1, gap + 3), [
    "1 of the 365 training labels are flipped, so a network that knew the true diagnosis of " +
    "every tumour would score 99.7% against them. This one agrees with 0 of the flipped " +
    "labels at the end.",
    "",
  ]);
  const table = text.findIndex((line) => line.startsWith("  x: epochs 1 to 2;"));
  assert.deepEqual([text[table + 1], text[gap - 1]], ["", ""]);
});

Deno.test("lesson 15's boundary without label noise says none, and each picture's line follows a blank line", async () => {
  const files = memoryFiles();
  const { out } = await runLesson(
    main,
    ["--data", "points", "--epochs", "2", "--boundary", "o/b.svg", "--plot", "o/p.svg"],
    files,
  );
  assert.include(
    files.files["o/b.svg"],
    "The training points as labelled and the network's boundary after epoch 2, seed 42<",
  );
  assert.equal(out[out.indexOf("Wrote the two loss curves to o/p.svg") - 1], "");
});

Deno.test("lesson 15's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("15", spec, await run());
});
