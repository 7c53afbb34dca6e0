import { assert } from "chai";
import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { main } from "./11_diagnosis.ts";
import { runLesson } from "./_testing.ts";

const run = (...args: string[]) => runLesson(main, args);

/** The test accuracies the lesson prints, as fractions. */
function accuracies(out: string[]): number[] {
  return out.flatMap((line) => {
    const match = /^ {2}Test accuracy: [\d.]+% \((\d+)\/(\d+)\)$/.exec(line);
    return match ? [Number(match[1]) / Number(match[2])] : [];
  });
}

Deno.test("data/breast_cancer.csv holds 569 tumours, 30 features, 212 malignant", () => {
  const data = parseDataset(breastCancerCsv, "data/breast_cancer.csv");
  assert.lengthOf(data.inputs, 569);
  assert.lengthOf(data.features, 30);
  assert.equal(data.targets.filter((t) => t === 1).length, 212);
  assert.equal(data.features[0], "mean_radius");
  assert.equal(data.features[29], "worst_fractal_dimension");
});

Deno.test("the best model reaches at least 95% test accuracy with the default seed", async () => {
  const { code, out } = await run();
  assert.equal(code, 0);
  const found = accuracies(out);
  assert.lengthOf(found, 2, "the single neuron and the hidden-layer network");
  assert.isAtLeast(Math.max(...found), 0.95);
});

Deno.test("lesson 11 prints the split, the baseline, and for each model its curve and confusion matrix", async () => {
  const { out } = await run();
  assert.equal(
    out[0],
    "data/breast_cancer.csv: 569 tumours, 30 features, 212 malignant (1), 357 benign (0).",
  );
  assert.equal(
    out[1],
    "Stratified split (seed 42): 456 to train on, 113 to test (42 of them malignant).",
  );
  assert.include(
    out,
    'Majority-class baseline: always "benign" is right for 71/113 test tumours, 62.8%.',
  );
  assert.equal(out.filter((l) => l === "  Confusion matrix on the test set:").length, 2);
  assert.equal(out.filter((l) => l.startsWith("    first ")).length, 2);
  assert.match(
    out.find((l) => l.startsWith("Best: "))!,
    /^Best: .+, \d+\.\d% against the baseline's 62\.8%\.$/,
  );
});

Deno.test("each confusion matrix adds up to the test set and to the printed accuracy", async () => {
  const { out } = await run();
  const cells = out.flatMap((line) => {
    const match = /^ {4}actual (benign|malignant) +(\d+) +(\d+)$/.exec(line);
    return match ? [[Number(match[2]), Number(match[3])]] : [];
  });
  assert.lengthOf(cells, 4);
  accuracies(out).forEach((accuracy, m) => {
    const [[tn, fp], [fn, tp]] = cells.slice(2 * m, 2 * m + 2);
    assert.equal(tn + fp, 71, "benign test tumours");
    assert.equal(fn + tp, 42, "malignant test tumours");
    assert.closeTo((tn + tp) / 113, accuracy, 1e-12);
  });
});

Deno.test("lesson 11 is reproducible and --seed changes the split", async () => {
  assert.deepEqual(await run(), await run());
  const other = await run("--seed", "7");
  assert.equal(other.code, 0);
  assert.notDeepEqual(other.out, (await run()).out);
});
