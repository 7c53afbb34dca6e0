import { assert } from "chai";
import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { main } from "./11_diagnosis.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** The default run, shared by the tests that read it (each run trains twelve networks). */
const defaultRun = run();

/** The lesson's output without its two charts, whose drawing is the chart's own business. */
const withoutCharts = (out: string[]) => out.filter((line) => !/[┤┼]/.test(line));

Deno.test("data/breast_cancer.csv holds 569 tumours, 30 features, 212 malignant", () => {
  const data = parseDataset(breastCancerCsv, "data/breast_cancer.csv");
  assert.lengthOf(data.inputs, 569);
  assert.lengthOf(data.features, 30);
  assert.equal(data.targets.filter((t) => t === 1).length, 212);
});

Deno.test("lesson 11 chooses on the validation set and reports the test accuracy once: 95.6% at seed 42", async () => {
  const { code, out, err } = await defaultRun;
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const lines = withoutCharts(out);
  assert.deepEqual(lines.slice(0, 10), [
    "data/breast_cancer.csv: 569 tumours, 30 features,",
    "212 malignant (1), 357 benign (0).",
    "Stratified split (seed 42): 365 to train on, 91 to validate, 113 to test.",
    "Features standardised with the training set's mean and deviation only.",
    "Why: worst_area reaches 4254, fractal_dimension_error only 0.02984;",
    "unscaled, the large ones swamp every step and the neuron stays at the baseline",
    "(lesson 08 shows it: --data data/breast_cancer.csv, then add --standardize).",
    "",
    'Baseline: always "benign" is right for 71/113 test tumours, 62.8%.',
    "",
  ]);
  assert.include(lines, "  Validation accuracy: 96.7% (88/91)");
  assert.include(lines, "  Validation accuracy: 95.6% (87/91)");
  const chosen = lines.indexOf(
    "Chosen on the validation set: the single neuron (30 weights and a bias).",
  );
  assert.isAbove(chosen, 0);
  assert.deepEqual(lines.slice(chosen + 1, chosen + 11), [
    "Test accuracy: 95.6% (108/113)",
    "Confusion matrix on the test set (malignant from a prediction of 0.5 on):",
    "                      predicted benign  predicted malignant",
    "    actual benign                   67                    4",
    "    actual malignant                 1                   41",
    "Sensitivity 97.6%: malignant tumours found (1 missed).",
    "Specificity 94.4%: benign tumours cleared (4 false alarms).",
    "Lowering the threshold finds more malignant tumours at the cost of more false",
    "alarms; accuracy alone hides that trade.",
    "",
  ]);
  assert.equal(out.filter((l) => l.startsWith("Test accuracy")).length, 1, "one test figure");
});

Deno.test("lesson 11 shows how much the figure moves over seeds, and the margin of one figure", async () => {
  const lines = withoutCharts((await defaultRun).out);
  assert.include(lines, "The same recipe with seeds 0-4: test accuracy from 96.5% to 98.2%.");
  // 1.96 * sqrt(0.956 * 0.044 / 113) = 0.038
  assert.include(
    lines,
    "113 tumours is about +-3.8 points. A tumour or two between models is noise.",
  );
});

Deno.test("lesson 11 --threshold 0.3: more false alarms, no more missed tumours", async () => {
  const lines = withoutCharts((await run("--threshold", "0.3")).out);
  assert.include(
    lines,
    "Confusion matrix on the test set (malignant from a prediction of 0.3 on):",
  );
  assert.include(lines, "Sensitivity 97.6%: malignant tumours found (1 missed).");
  assert.include(lines, "Specificity 91.5%: benign tumours cleared (6 false alarms).");
  const bad = await run("--threshold", "1");
  assert.equal(bad.code, 2);
});

Deno.test("each model's curve is drawn in the terminal", async () => {
  const { out } = await defaultRun;
  assert.equal(out.filter((l) => l.startsWith("  Cumulative error over the 365")).length, 2);
  const lines = out.join("\n").split("\n");
  assert.isAtLeast(lines.filter((l) => /[┤┼]/.test(l)).length, 10);
});

Deno.test("lesson 11 --plot writes the chosen model's curve as SVG", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, ["--plot", "out/diagnosis.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the training curve to out/diagnosis.svg");
  assert.match(files.files["out/diagnosis.svg"], /^<svg/);
});

Deno.test("lesson 11 is reproducible, and --seed changes the split", async () => {
  assert.deepEqual(await run(), await defaultRun);
  const other = await run("--seed", "7");
  assert.equal(
    other.out[2],
    "Stratified split (seed 7): 365 to train on, 91 to validate, 113 to test.",
  );
});
