import { assert } from "chai";
import * as lesson08 from "../../lessons/08_train.ts";
import * as lesson10 from "../../lessons/10_hidden_layer.ts";
import * as lesson11 from "../../lessons/11_diagnosis.ts";
import * as lesson12 from "../../lessons/12_digits.ts";
import type { Main } from "../../runtime/cli.ts";
import { memoryFiles, runLesson } from "../../runtime/testing.ts";
import { formatNumber } from "../../lib/format_array.ts";
import { NeuralNetwork } from "../../lib/neural_network.ts";
import { LayeredNetwork } from "../../lib/layers/layered_network.ts";
import { observeTraining } from "../../lib/train.ts";
import { dot } from "../../lib/dot.ts";
import { RandomState } from "../../lib/random/random_state.ts";
import { seededRandom } from "../../lib/random/seeded_random.ts";
import { sigmoid } from "../../lib/sigmoid.ts";
import { sigmoidDerivative } from "../../lib/sigmoid_derivative.ts";
import {
  GRID,
  MAX_FRAMES,
  MAX_STEPS,
  type Progress,
  type Recording,
  recordTrainings,
  UNIT_GRID,
  worthWatching,
} from "./recording.ts";

/**
 * A lesson run twice, as the terminal runs it and as the page records it; `trained` holds each
 * network of the recorded run as its training left it, in the order of the recordings.
 */
async function bothWays(main: Main, args: string[], files = () => memoryFiles()) {
  const plain = await runLesson(main, args, files());
  const trained: unknown[] = [];
  const stop = observeTraining({ end: ({ network }) => trained.push(network) });
  try {
    const { result, recordings } = await recordTrainings(() => runLesson(main, args, files()));
    return { plain, recorded: result, recordings, trained };
  } finally {
    stop();
  }
}

/** {@link bothWays} on no files, made once per lesson and flags and shared by the tests. */
const shared = new Map<Main, Map<string, ReturnType<typeof bothWays>>>();
function bothWaysOnce(main: Main, args: readonly string[]) {
  const runs = shared.get(main) ?? new Map<string, ReturnType<typeof bothWays>>();
  shared.set(main, runs);
  const key = JSON.stringify(args);
  let run = runs.get(key);
  if (run === undefined) runs.set(key, run = bothWays(main, [...args]));
  return run;
}

Deno.test("recording a lesson's training changes nothing it prints", async () => {
  for (
    const [main, args] of [
      [lesson08.main, []],
      [lesson08.main, ["--seed", "7", "--learning-rate", "0.05", "--iterations", "20000"]],
      [lesson08.main, ["--iterations", "1050"]],
      [lesson08.main, ["--iterations", "100000", "--seed", "3"]],
      [lesson08.main, ["--standardize"]],
      [lesson10.main, []],
      [lesson10.main, ["--hidden", "2", "--seed", "3", "--iterations", "2000"]],
      [lesson11.main, []],
      [lesson12.main, ["--epochs", "2"]],
    ] as const
  ) {
    const { plain, recorded, recordings } = await bothWaysOnce(main, args);
    assert.deepEqual(recorded, plain, args.join(" "));
    assert.isNotEmpty(recordings);
  }
});

Deno.test("lesson 08's recording: every error, at most 200 snapshots, the last at the end", async () => {
  // The runs of the test above: the default's 10,000 iterations, 1,050, and 100,000 (seed 3).
  for (
    const [iterations, args] of [
      [10_000, []],
      [1050, ["--iterations", "1050"]],
      [100_000, ["--iterations", "100000", "--seed", "3"]],
    ] as const
  ) {
    const { recorded, recordings } = await bothWaysOnce(lesson08.main, args);
    assert.lengthOf(recordings, 1);
    const [{ errors, frames, span, iterations: n }] = recordings;
    assert.equal(n, iterations);
    assert.lengthOf(errors, Math.ceil(iterations / 100));
    assert.isAtMost(frames.length, MAX_FRAMES + 2, "before, at most 200 on the way, at the end");
    // Before training, after the first update, then every 100 iterations (or more).
    const every = 100 * Math.ceil(iterations / 100 / 200);
    assert.deepEqual(frames.map((f) => f.done).slice(0, 3), [0, 1, every + 1]);
    assert.equal(frames.at(-1)!.done, iterations);
    assert.lengthOf(frames[0].grid!, GRID * GRID, "two inputs: the boundary too");
    assert.lengthOf(frames[0].points, 8);
    assert.isDefined(span);
    assert.include(recorded.out.join("\n"), formatNumber(errors.at(-1)!));
  }
});

Deno.test("the trainings worth watching: lesson 10's neuron and hidden layer, lesson 11's two models", async () => {
  const ten = await bothWaysOnce(lesson10.main, []);
  const watched10 = worthWatching(ten.recordings);
  assert.lengthOf(watched10, 2);
  assert.match(watched10[0].label, /^One neuron: 2 inputs/);
  assert.match(watched10[1].label, /^Hidden layers: sizes \[2, 4, 1\]/);
  const printed = ten.recorded.out.join("\n");
  for (const { frames } of watched10) {
    for (const prediction of frames.at(-1)!.points) {
      assert.include(printed, formatNumber(prediction));
    }
  }

  const eleven = await bothWaysOnce(lesson11.main, []);
  assert.isAbove(eleven.recordings.length, 2, "lesson 11 also trains on other seeds' splits");
  const watched11 = worthWatching(eleven.recordings);
  assert.lengthOf(watched11, 2);
  assert.isUndefined(watched11[0].span, "30 inputs: no boundary to draw");
  assert.match(watched11[1].label, /sizes \[30, 8, 1\]/);
});

Deno.test("training that diverges keeps its message, and names the iteration of the whole run", async () => {
  // With seed 4 the first step at this absurd learning rate overflows the weights.
  const args = ["--data", "my.csv", "--learning-rate", "1e308", "--seed", "4"];
  const files = () => memoryFiles({ "my.csv": "x1,target\n8,0\n-8,1\n" });
  const { plain, recorded } = await bothWays(lesson08.main, args, files);
  assert.equal(plain.code, 1);
  assert.deepEqual(recorded, plain);

  // A network whose 250th update overflows: in the third step of 100.
  class Overflowing extends NeuralNetwork {
    updates = 0;
    override updateParameters(gradients: Parameters<NeuralNetwork["updateParameters"]>[0]) {
      if (++this.updates === 250) throw new RangeError("Overflow");
      super.updateParameters(gradients);
    }
  }
  const diverge = () =>
    new Overflowing({ learningRate: 0.1, weights: [0.5, 0.5], bias: 0 }).train(
      [[1, 2], [2, 1]],
      [0, 1],
      1000,
    );
  const error = (f: () => unknown) =>
    Promise.resolve().then(f).then(() => assert.fail("Expected an error"), (e) => e as Error);
  const terminal = await error(diverge);
  const page = await error(() => recordTrainings(() => Promise.resolve().then(diverge)));
  assert.include(terminal.message, "at iteration 249:");
  assert.equal(page.message, terminal.message);
  assert.equal(page.name, terminal.name);
  assert.equal((page as Error & { iteration: number }).iteration, 249);
});

Deno.test("lesson 12's softmax network is recorded too: its curve, and each point's own class", async () => {
  const { recorded, recordings } = await bothWaysOnce(lesson12.main, ["--epochs", "2"]);
  const watched = worthWatching(recordings);
  assert.lengthOf(watched, 1);
  const [{ label, errors, frames, span, iterations }] = watched;
  assert.match(label, /^Hidden layers: sizes \[64, \d+, 10\], softmax output/);
  assert.isUndefined(span, "64 inputs: no boundary to draw");
  assert.lengthOf(errors, Math.ceil(iterations / 100));
  assert.equal(frames.at(-1)!.done, iterations);
  for (const { points } of frames) {
    assert.lengthOf(points, 8);
    for (const p of points) assert.isTrue(p > 0 && p < 1, `a probability, got ${p}`);
  }
  assert.isAbove(frames.at(-1)!.points[0], frames[0].points[0], "the first image learned");
  // The lesson prints its error once an epoch: the curve's first point is one step after
  // "before training", its last 76 steps before the end of epoch 2.
  const near = (error: number, words: string) => {
    const printed = Number(recorded.out.find((line) => line.endsWith(words))!.trim().split(" ")[0]);
    assert.closeTo(error, printed, printed / 10, words);
  };
  near(errors[0], "before training,");
  near(errors.at(-1)!, "after epoch 2.");
});

Deno.test("a recording watches only its own run, and tells its progress", async () => {
  const network = () => new NeuralNetwork({ learningRate: 0.1, weights: [0.5, 0.5], bias: 0 });
  const told: Progress[] = [];
  const { recordings } = await recordTrainings(
    () => Promise.resolve(network().train([[1, 2], [2, 1]], [0, 1], 100_000)),
    (progress) => told.push(progress),
  );
  assert.lengthOf(recordings, 1);
  assert.deepEqual(told[0], { training: 1, done: 0, iterations: 100_000 });
  assert.deepEqual(told.at(-1), { training: 1, done: 99_501, iterations: 100_000 });
  assert.lengthOf(told, 1 + MAX_FRAMES, "the start, then at every snapshot");
  // Training after the recording ended is no one's.
  network().train([[1, 2], [2, 1]], [0, 1], 1000);
  assert.lengthOf(recordings, 1);
  // One at a time.
  let inner: unknown;
  await recordTrainings(async () => {
    inner = await recordTrainings(() => Promise.resolve(0)).catch((error) => error);
  });
  assert.match(String(inner), /Expected one recording at a time/);
});

Deno.test("see one step: lesson 08's iterations 0 and 1, each number the lib's for that pick", async () => {
  const { recordings } = await bothWaysOnce(lesson08.main, []);
  const steps = recordings[0].steps!;
  assert.lengthOf(steps, MAX_STEPS);
  // Lesson 08's default run, by hand with the lib: seed 42 draws the weights and bias, then the
  // same generator picks each iteration's sample; the learning rate is 0.1.
  const random = new RandomState(42);
  const network = new NeuralNetwork({ learningRate: 0.1, random });
  const { inputs, targets } = recordings[0];
  for (const iteration of [0, 1]) {
    const index = random.randint(inputs.length);
    const [input, target] = [inputs[index], targets[index]];
    const [weights, bias] = [network.weights, network.bias];
    const layer1 = dot(input, weights) + bias;
    const gradients = network.computeGradients(input, target);
    network.updateParameters(gradients);
    const step = steps[iteration];
    assert.deepInclude(step, { iteration, index, input, target, weights, bias, learningRate: 0.1 });
    assert.equal(step.links.layer1, layer1);
    assert.equal(step.links.prediction, sigmoid(layer1));
    assert.equal(step.links.dpredictionDlayer1, sigmoidDerivative(layer1));
    assert.equal(step.links.derrorDprediction, 2 * (sigmoid(layer1) - target));
    assert.equal(step.links.derrorDbias, gradients.bias);
    assert.deepEqual(step.links.derrorDweights, gradients.weights);
    assert.deepEqual(step.after, { weights: network.weights, bias: network.bias });
  }
  // Each step starts where the one before it left the network.
  for (let i = 1; i < steps.length; i++) {
    assert.deepEqual(
      { weights: steps[i].weights, bias: steps[i].bias },
      steps[i - 1].after,
      `step ${i}`,
    );
  }
});

Deno.test("see one step: a run shorter than the steps kept has each of its updates, the last too", async () => {
  const { recordings } = await bothWaysOnce(lesson08.main, ["--iterations", "3"]);
  const steps = recordings.flatMap((r) => r.steps ?? []);
  assert.deepEqual(steps.map((s) => s.iteration), [0, 1, 2]);
  assert.isDefined(steps[2].after);
});

Deno.test("see one step: no steps kept for a hidden layer or a neuron of many inputs", async () => {
  const xor = await bothWaysOnce(lesson10.main, []);
  for (const recording of xor.recordings) {
    assert.equal(recording.steps === undefined, !recording.label.startsWith("One neuron"));
  }
  const diagnosis = await bothWaysOnce(lesson11.main, []);
  for (const recording of diagnosis.recordings) assert.isUndefined(recording.steps);
});

Deno.test("lesson 10's hidden units: each one's own picture, the lib's hiddenActivations at each cell", async () => {
  // Lesson 10's run recorded, and each network as its training left it, in the same order.
  const { recordings, trained } = await bothWaysOnce(lesson10.main, []);
  const index = recordings.findIndex((r) => r.label.startsWith("Hidden layers: sizes [2, 4, 1]"));
  const [recording, network] = [recordings[index], trained[index] as LayeredNetwork];
  assert.instanceOf(network, LayeredNetwork);
  assert.equal(recording.unitKind, "sigmoid");
  const first = recording.frames[0].units!;
  const last = recording.frames.at(-1)!.units!;
  assert.lengthOf(last, 4, "one picture per hidden unit");
  for (const grid of last) assert.lengthOf(grid, UNIT_GRID * UNIT_GRID);
  const [sx, sy] = recording.span!;
  for (let j = 0; j < UNIT_GRID; j++) {
    for (let i = 0; i < UNIT_GRID; i++) {
      const x = sx.low + ((i + 0.5) * sx.size) / UNIT_GRID;
      const y = sy.low + ((j + 0.5) * sy.size) / UNIT_GRID;
      const [units] = network.hiddenActivations([x, y]);
      units.forEach((value, k) => assert.equal(last[k][j * UNIT_GRID + i], value));
    }
  }
  // The units learned: each picture moved between the start and the end.
  first.forEach((grid, k) => assert.notDeepEqual([...grid], [...last[k]], `unit ${k}`));
  // A single neuron has no hidden units to draw.
  for (const other of recordings.filter((r) => r.label.startsWith("One neuron"))) {
    assert.isUndefined(other.unitKind);
    assert.isUndefined(other.frames[0].units);
  }
});

// What the page records of a training, at the edges of its rules: each cell of the map holds the
// prediction at the cell's centre, the plane spanning each input's own range (so a plane taller
// than wide has taller cells), and the snapshots come once each, the last at the end, whether or
// not the last iteration is one whose error is recorded; the trainings worth watching are those
// of 1,000 iterations or more (tools/mutants_list.ts plants the bugs these catch).
// Points 1 wide and 10 high: the plane is x1 from -0.5 to 1.5 (a margin of 0.5 at least), x2
// from -1 to 11 (a tenth of the spread).
const inputs = [[0, 0], [1, 10], [0, 10], [1, 0]];
const targets = [0, 1, 1, 0];

Deno.test("the page's map predicts at each cell's centre, rows spaced by the plane's height", async () => {
  // A neuron that looks at x2 only: each row of the map is one prediction, sigmoid(x2).
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [0, 1], bias: 0 });
  const { recordings } = await recordTrainings(() =>
    Promise.resolve(network.train(inputs, targets, 1))
  );
  const [{ span, frames }] = recordings;
  assert.deepEqual(span, [{ low: -0.5, size: 2 }, { low: -1, size: 12 }]);
  const grid = frames[0].grid!;
  for (const j of [0, 1, GRID - 1]) {
    const x2 = -1 + (j + 0.5) * 12 / GRID;
    for (const i of [0, GRID - 1]) assert.closeTo(grid[j * GRID + i], sigmoid(x2), 1e-12);
  }
});

Deno.test("the page's snapshots come once each and the last at the end, at any length", async () => {
  for (const iterations of [200, 201, 202]) {
    const network = new NeuralNetwork({ learningRate: 0.1, weights: [0, 1], bias: 0 });
    const { recordings } = await recordTrainings(() =>
      Promise.resolve(network.train(inputs, targets, iterations))
    );
    const done = recordings[0].frames.map((frame) => frame.done);
    // Errors at iterations 0, 100 (and 200): a snapshot after each, and one at the end.
    assert.deepEqual(done, [0, 1, 101, ...(iterations > 201 ? [201] : []), iterations]);
  }
});

Deno.test("the page shows the trainings of 1,000 iterations or more on the first one's data", () => {
  const other = [[2, 2]];
  const training = (iterations: number, data = inputs): Recording => ({
    label: `${iterations} iterations`,
    inputs: data,
    targets,
    iterations,
    errors: [],
    frames: [],
    trainingTime: 0,
  });
  const shown = worthWatching([
    training(999),
    training(1000),
    training(1000, other),
    training(20_000),
  ]).map((r) => r.label);
  // 999 is too short to watch; exactly 1,000 is long enough; other data is a rerun, left out.
  assert.deepEqual(shown, ["1000 iterations", "20000 iterations"]);
});

Deno.test("a snapshot draws each of up to 8 hidden units on 20 by 20 cells, the boundary on 40", async () => {
  assert.equal(GRID, 40);
  assert.equal(UNIT_GRID, 20, "half the boundary's cells across");
  const xor = [[0, 0], [0, 1], [1, 0], [1, 1]];
  const units = async (hidden: number) => {
    const { recordings: [recording] } = await recordTrainings(() =>
      Promise.resolve(
        new LayeredNetwork({ learningRate: 1, sizes: [2, hidden, 1], random: seededRandom(1) })
          .train(xor, [0, 1, 1, 0], 1),
      )
    );
    return recording.frames[0].units?.map((grid) => grid.length);
  };
  assert.deepEqual(await units(8), Array(8).fill(400));
  assert.isUndefined(await units(9), "9 units: too many pictures to keep");
});

Deno.test("the boundary's plane: the points' spread with a tenth more each side, at least 0.5", async () => {
  const start = { learningRate: 0.1, weights: [0.1, -0.2], bias: 0.3 };
  const inputs = [[10, 0], [30, 1], [20, 0.5]];
  const { recordings: [recording] } = await recordTrainings(() =>
    Promise.resolve(new NeuralNetwork(start).train(inputs, [0, 1, 1], 1))
  );
  // x from 10 to 30: 2 more each side; y from 0 to 1: a tenth is 0.1, so 0.5.
  assert.deepEqual(recording.span, [{ low: 8, size: 24 }, { low: -0.5, size: 2 }]);
  // Each cell's prediction is the network's at the cell's centre, rows from the lowest x2.
  const before = new NeuralNetwork(start);
  const grid = recording.frames[0].grid!;
  for (const [i, j] of [[0, 0], [39, 0], [0, 39], [5, 7], [39, 39]]) {
    const x = 8 + ((i + 0.5) * 24) / GRID;
    const y = -0.5 + ((j + 0.5) * 2) / GRID;
    assert.strictEqual(grid[j * GRID + i], before.predict([x, y]), `cell ${i}, ${j}`);
  }
});

Deno.test("steps are kept for a neuron of up to 4 inputs; units for a hidden layer on two", async () => {
  const neuron = (n: number) =>
    recordTrainings(() =>
      Promise.resolve(
        new NeuralNetwork({ learningRate: 0.1, weights: Array(n).fill(0.1), bias: 0 })
          .train([Array(n).fill(1)], [1], 3),
      )
    ).then(({ recordings: [r] }) => r.steps?.length);
  assert.strictEqual(await neuron(4), 3);
  assert.isUndefined(await neuron(5));
  const layered = (sizes: number[], inputs: number[][]) =>
    recordTrainings(() =>
      Promise.resolve(
        new LayeredNetwork({ learningRate: 1, sizes, random: seededRandom(1) })
          .train(inputs, inputs.map(() => 1), 2),
      )
    ).then(({ recordings: [r] }) => r);
  assert.strictEqual((await layered([2, 4, 1], [[0, 1]])).unitKind, "sigmoid");
  assert.isUndefined((await layered([2, 1], [[0, 1]])).unitKind, "no hidden layer");
  const three = await layered([3, 4, 1], [[0, 1, 2]]);
  assert.isUndefined(three.unitKind, "three inputs: no plane to draw");
  assert.isUndefined(three.span);
  assert.isUndefined(three.frames[0].grid);
});

Deno.test("a training of 30,000 iterations keeps a snapshot every 200, the start and the end", async () => {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [0.5, 0.5], bias: 0 });
  const began = performance.now();
  const { recordings: [recording] } = await recordTrainings(() =>
    Promise.resolve(network.train([[1, 2], [2, 1]], [0, 1], 30_000))
  );
  const elapsed = performance.now() - began;
  const done = recording.frames.map((f) => f.done);
  // 300 errors, at most 200 snapshots: one at every second error, from iteration 0's update.
  assert.deepEqual(done.slice(0, 4), [0, 1, 201, 401]);
  assert.deepEqual(done.slice(-2), [29_801, 30_000]);
  assert.lengthOf(done, 152);
  assert.isAbove(recording.trainingTime, 0);
  assert.isAtMost(recording.trainingTime, elapsed, "within the time the run took");
});

Deno.test("a network of more classes is drawn by its probability of class 1", async () => {
  const options = () => ({
    learningRate: 1,
    sizes: [2, 3, 3],
    output: "softmax",
    random: seededRandom(2),
  });
  const { recordings: [recording] } = await recordTrainings(() =>
    Promise.resolve(new LayeredNetwork(options() as never).train([[0, 0], [1, 1]], [0, 2], 1))
  );
  const before = new LayeredNetwork(options() as never);
  const [sx, sy] = recording.span!;
  const x = sx.low + (0.5 * sx.size) / GRID;
  const y = sy.low + (0.5 * sy.size) / GRID;
  assert.strictEqual(
    recording.frames[0].grid![0],
    (before.predict([x, y]) as unknown as number[])[1],
  );
});
