import { assert } from "chai";
import { digitsJob, digitsTrainer } from "./compare_digits.ts";

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
