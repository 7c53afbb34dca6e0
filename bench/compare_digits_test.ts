import { assert } from "chai";
import { LessonError } from "../runtime/cli.ts";
import { agreement, compareDigits, digitsJob, digitsTrainer, TOLERANCE } from "./compare_digits.ts";

Deno.test("the digits job is lesson 12's default run: 1438 images, 20 shuffled epochs, [64, 32, 10]", () => {
  const job = digitsJob();
  assert.lengthOf(job.inputs, 1438);
  assert.lengthOf(job.targets, 1438);
  assert.lengthOf(job.picks, 20 * 1438);
  assert.isTrue(job.picks.every((pick) => Number.isInteger(pick) && pick >= 0 && pick < 1438));
  assert.equal(job.epochs, 20);
  assert.deepEqual(job.weights.map((layer) => [layer.length, layer[0].length]), [[32, 64], [
    10,
    32,
  ]]);
  assert.deepEqual(job.biases.map((layer) => layer.length), [32, 10]);
  assert.equal(job.learning_rate, 0.05);
  assert.isTrue(job.inputs.flat().every((x) => x >= 0 && x <= 1), "pixels divided by 16");
});

Deno.test("replayed, the job starts where lesson 12 starts: a cumulative error of 3370.70490092", () => {
  const job = digitsJob();
  const train = digitsTrainer({ ...job, picks: job.picks.slice(0, 1438) });
  const errors = train();
  assert.lengthOf(errors, 2, "before training and after the one epoch");
  assert.equal(errors[0].toFixed(8), "3370.70490092", "lesson 12 prints this before training");
  assert.equal(errors[1].toFixed(8), "345.69319937", "and this after epoch 1");
  assert.deepEqual(train(), errors, "each call trains afresh from the job's start");
});

Deno.test("the digits' two sides agree within 1e-9 exactly, and a difference just beyond it is named as theirs", () => {
  assert.strictEqual(agreement([3370, 345], [3370, 345 + 2 ** -30], "The digits"), 2 ** -30);
  assert.strictEqual(agreement([0], [1e-9]), 1e-9, "the tolerance itself agrees");
  assert.throws(
    () => agreement([0, 1], [1.1e-9, 1], "The digits network's cumulative errors"),
    LessonError,
    "The digits network's cumulative errors differ: 2 and 2 values, largest difference " +
      "1.1e-9 (tolerance 1e-9)",
  );
  assert.throws(() => agreement([0], [-1.1e-9]), LessonError, "largest difference 1.1e-9");
  assert.throws(() => agreement([1, 2], [1, 2, 3]), LessonError, "2 and 3 values");
  assert.throws(() => agreement([1, 2], [1]), LessonError, "2 and 1 values");
  assert.throws(() => agreement([1, 2], [1, NaN]), LessonError, "largest difference NaN");
  assert.equal(TOLERANCE, 1e-9);
});

Deno.test("each epoch replays its own order of the job's picks: the second epoch takes the picks after the first's", () => {
  // Three two-pixel images; a network of 2 hidden units and 10 outputs, from a fixed start.
  const row = (k: number) => [0.1 * k, -0.05 * k];
  const job = {
    inputs: [[0, 1], [1, 0], [1, 1]],
    targets: [0, 1, 2],
    learning_rate: 0.5,
    weights: [[[0.3, -0.2], [0.1, 0.4]], Array.from({ length: 10 }, (_, k) => row(k - 4))],
    biases: [[0, 0], Array(10).fill(0)],
    picks: [0, 1, 2, 2, 0, 1],
    epochs: 2,
  };
  const replayed = digitsTrainer(job)();
  const again = digitsTrainer({ ...job, picks: [0, 1, 2, 0, 1, 2] })();
  const firstOnly = digitsTrainer({ ...job, picks: [0, 1, 2], epochs: 1 })();
  assert.lengthOf(replayed, 3);
  assert.isTrue(replayed.every(Number.isFinite));
  assert.deepEqual(replayed.slice(0, 2), firstOnly, "the first epoch is the first three picks");
  assert.deepEqual(again.slice(0, 2), firstOnly);
  assert.notEqual(replayed[2], again[2], "the second epoch's order is its own");
});

Deno.test("without NumPy, compareDigits times Deno's side runs times, the warm-up run left out, and says why", async () => {
  let trainings = 0;
  const trainer = () => () => (trainings++, [1, 0.5]);
  const startNumpy = () => Promise.resolve("python3 is missing");
  const result = await compareDigits(3, undefined, { trainer, startNumpy });
  assert.lengthOf(result.deno, 3, "three timed runs");
  assert.equal(trainings, 5, "the reference run, the warm-up and the three timed");
  assert.equal(result.numpy, "python3 is missing");
  assert.equal(result.versions, "");
  assert.equal(result.note, "");
});
