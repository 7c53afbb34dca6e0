import { assert } from "chai";
import fc from "fast-check";
import { LayeredNetwork } from "./layers/layered_network.ts";
import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./random/seeded_random.ts";
import {
  ERROR_EVERY,
  observeTraining,
  train,
  type Trainable,
  TrainingDivergedError,
} from "./train.ts";

const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
const targets = [0, 1, 0, 1, 0, 1, 1, 0];
const tutorialNetwork = () =>
  new NeuralNetwork({ learningRate: 0.1, weights: [1.45, -0.66], bias: 0 });

/** The error `run` throws; fails the test if it throws none. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

Deno.test("train records the cumulative error every 100 iterations: 250 iterations give 3 values", () => {
  assert.equal(ERROR_EVERY, 100);
  const errors = train(tutorialNetwork(), inputs, targets, 250, seededRandom(1));
  assert.lengthOf(errors, 3);
});

Deno.test("train(..., 0) makes no update and records nothing", () => {
  const network = tutorialNetwork();
  assert.deepEqual(train(network, inputs, targets, 0, seededRandom(1)), []);
  assert.deepEqual(network.weights, [1.45, -0.66]);
});

Deno.test("train(..., -5) is refused, naming iterations", () => {
  for (const iterations of [-5, -1, 1.5, NaN, Infinity]) {
    assert.throws(
      () => train(tutorialNetwork(), inputs, targets, iterations, seededRandom(1)),
      RangeError,
      `Expected iterations to be a whole number of at least 0, got ${iterations}`,
    );
  }
});

Deno.test("a NaN target is refused, naming targets[i]; so are 1e200, 0.5 and 2", () => {
  for (const target of [NaN, 1e200, 0.5, 2, -1]) {
    const bad = [...targets];
    bad[5] = target;
    assert.throws(
      () => train(tutorialNetwork(), inputs, bad, 10, seededRandom(1)),
      RangeError,
      `Expected targets[5] to be a class from 0 to 1, got ${target}`,
    );
  }
});

Deno.test("a training set that does not fit the network is refused, quoting what it holds", () => {
  const refused = (xs: number[][], ys: number[], message: string) =>
    assert.throws(() => train(tutorialNetwork(), xs, ys, 10, seededRandom(1)), RangeError, message);
  refused(inputs, targets.slice(0, 5), "Expected one target per input: 8 inputs but 5 targets");
  const long = inputs.map((input, i) => i === 4 ? [...input, 0] : input);
  refused(long, targets, "Input 4 has 3 values but the network takes 2");
  const nan = inputs.map((input, i) => i === 2 ? [input[0], NaN] : input);
  refused(nan, targets, "Expected input 2[1] to be a finite number, got NaN");
});

/**
 * A network one step away from overflowing: sample 0 leaves it unchanged (its prediction is
 * exactly its target), sample 1 moves a weight by 0.25 * 1e308 * 10, past the largest double.
 */
function onTheEdge() {
  const network = new NeuralNetwork({ learningRate: 10, weights: [-1000, 0], bias: 0 });
  return { network, inputs: [[1, 0], [0, 1e308]], targets: [0, 1] };
}

Deno.test("divergence on the last iteration is reported, and the weights stay finite", () => {
  const { network, inputs, targets } = onTheEdge();
  const iterations = 150;
  let calls = 0;
  // Sample 0 for every iteration but the last, which picks sample 1.
  const random = () => ++calls === iterations ? 0.75 : 0;
  const error = thrown(() => train(network, inputs, targets, iterations, random));
  assert.instanceOf(error, TrainingDivergedError);
  assert.equal((error as TrainingDivergedError).iteration, iterations - 1);
  assert.include(error.message, "Training diverged at iteration 149");
  assert.deepEqual(network.weights, [-1000, 0], "the overflowing step was not taken");
  assert.equal(network.bias, 0);
});

Deno.test("the divergence message suggests a smaller learning rate when the inputs are ordinary", () => {
  // The first step moves each weight by 2 * 1e308: past the largest number.
  const network = new NeuralNetwork({ learningRate: 1e308, weights: [0, 0], bias: 0 });
  const error = thrown(() => train(network, [[8, 8]], [0], 100, seededRandom(1)));
  assert.instanceOf(error, TrainingDivergedError);
  assert.instanceOf(error, RangeError, "code that catches RangeErrors still catches it");
  assert.equal(
    error.message,
    "Training diverged at iteration 0: the numbers grew too large to compute. " +
      "Try a smaller learning rate than 1e+308",
  );
});

Deno.test("the divergence message blames the data, not the learning rate, for inputs of 1.7e308 at 1e-300", () => {
  // Layer 1 is 2 * 1.7e308 - 2 * 1.7e308, Infinity - Infinity: NaN.
  const network = new NeuralNetwork({ learningRate: 1e-300, weights: [2, -2], bias: 0 });
  const error = thrown(() => train(network, [[1.7e308, 1.7e308]], [0], 100, seededRandom(1)));
  assert.instanceOf(error, TrainingDivergedError);
  assert.include(error.message, "The inputs reach 1.7e+308");
  assert.equal(error.name, "TrainingDivergedError", "named as itself where it is printed");
  assert.include(error.message, "scale them first (e.g. standardize each column)");
  assert.notInclude(error.message, "learning rate");
});

Deno.test("when both are absurd, the divergence message names the inputs and the learning rate", () => {
  const network = new NeuralNetwork({ learningRate: 1e300, weights: [0], bias: 0 });
  const error = thrown(() => train(network, [[1e10], [-1e10]], [0, 1], 100, seededRandom(1)));
  assert.include(error.message, "The inputs reach 10000000000");
  assert.include(error.message, "and try a smaller learning rate than 1e+300");
});

Deno.test("the advice names the inputs from exactly 1e6 on, and the learning rate only above 1", () => {
  const advice = (largest: number, rate: number) =>
    new TrainingDivergedError(3, rate, undefined, largest).message;
  assert.include(advice(1e6, 0.1), "The inputs reach 1000000, far from the size of about 1");
  assert.notInclude(advice(1e6, 0.1), "learning rate");
  assert.include(advice(1e6 - 1e-10, 0.1), "Try a smaller learning rate than 0.1");
  assert.notInclude(advice(1e6 - 1e-10, 0.1), "The inputs reach");
  assert.notInclude(advice(1e6, 1), "learning rate");
  assert.include(
    advice(1e6, 1 + 1e-15),
    ", and try a smaller learning rate than 1.000000000000001",
  );
});

Deno.test("a network whose error is not finite stops training with the divergence error", () => {
  const broken: Trainable<number> = {
    learningRate: 0.1,
    inputSize: 1,
    classes: 2,
    predict: () => 0,
    error: () => NaN,
    computeGradients: () => 0,
    updateParameters: () => {},
  };
  const error = thrown(() => train(broken, [[1]], [0], 10, seededRandom(1)));
  assert.instanceOf(error, TrainingDivergedError);
  assert.include((error as Error & { cause: Error }).cause.message, "The cumulative error is NaN");
});

Deno.test("a bug that is not a RangeError is thrown on as it is, with its stack", () => {
  const buggy: Trainable<number> = {
    learningRate: 0.1,
    inputSize: 1,
    classes: 2,
    predict: () => 0,
    error: () => 0,
    computeGradients: () => {
      throw new Error("a bug");
    },
    updateParameters: () => {},
  };
  const error = thrown(() => train(buggy, [[1]], [0], 10, seededRandom(1)));
  assert.notInstanceOf(error, TrainingDivergedError);
  assert.equal(error.message, "a bug");
});

/** Runs `run` while recording what an observer is told, as lines. */
function observed(run: () => unknown): string[] {
  const told: string[] = [];
  const stop = observeTraining({
    start: ({ inputs, iterations }) => told.push(`start ${inputs.length} ${iterations}`),
    progress: ({ iteration, error, network }) =>
      told.push(`${iteration} ${error} ${network.predict(inputs[0])}`),
    end: ({ errors, diverged }) => told.push(`end ${errors.length} ${diverged?.iteration}`),
  });
  try {
    run();
  } catch {
    // The test looks at what the observer was told.
  } finally {
    stop();
  }
  return told;
}

Deno.test("an observer is told the start, every recorded error with the network, and the end", () => {
  const network = tutorialNetwork();
  let errors: number[] = [];
  const told = observed(() => errors = network.train(inputs, targets, 201));
  assert.deepEqual(tutorialNetwork().train(inputs, targets, 201), errors, "it changes no number");
  assert.equal(told[0], "start 8 201");
  assert.deepEqual(told.slice(1, 4).map((line) => line.split(" ").slice(0, 2).join(" ")), [
    `0 ${errors[0]}`,
    `100 ${errors[1]}`,
    `200 ${errors[2]}`,
  ]);
  // Iteration 200 is the last: the network the observer saw then is the trained one.
  assert.equal(told[3].split(" ")[2], String(network.predict(inputs[0])));
  assert.equal(told[4], "end 3 undefined");
  assert.lengthOf(told, 5);
});

Deno.test("an observer told of every pick sees each iteration's sample, before its update", () => {
  const picks: { iteration: number; index: number; weights: number[] }[] = [];
  const stop = observeTraining({
    pick: ({ iteration, index, network }) =>
      picks.push({ iteration, index, weights: (network as NeuralNetwork).weights }),
  });
  const network = tutorialNetwork();
  try {
    train(network, inputs, targets, 3, seededRandom(7));
  } finally {
    stop();
  }
  // The same draws pick the same samples; the weights seen are those before each update.
  const random = seededRandom(7);
  const replay = tutorialNetwork();
  const expected = [0, 1, 2].map((iteration) => {
    const index = Math.floor(random() * inputs.length);
    const weights = replay.weights;
    replay.updateParameters(replay.computeGradients(inputs[index], targets[index]));
    return { iteration, index, weights };
  });
  assert.deepEqual(picks, expected);
  assert.deepEqual(network.weights, replay.weights);
});

Deno.test("an observer is told of a divergence, with the error, before it is thrown", () => {
  const network = new NeuralNetwork({ learningRate: 1e300, weights: [0], bias: 0 });
  const told = observed(() => network.train([[1e10], [-1e10]], [0, 1], 100));
  assert.deepEqual(told, ["start 2 100", "end 0 0"]);
});

Deno.test("a training refused at the start tells the observer nothing", () => {
  assert.deepEqual(observed(() => tutorialNetwork().train(inputs, targets, -1)), []);
});

Deno.test("once stopped, an observer is told nothing more; lesson 12's network is observed too", () => {
  const told: number[] = [];
  const stop = observeTraining({ progress: ({ iteration }) => told.push(iteration) });
  const softmax = new LayeredNetwork({
    learningRate: 0.1,
    sizes: [2, 3, 3],
    hidden: "relu",
    output: "softmax",
    error: "cross-entropy",
  });
  softmax.train([[0, 1], [1, 0], [1, 1]], [0, 1, 2], 101);
  stop();
  tutorialNetwork().train(inputs, targets, 101);
  assert.deepEqual(told, [0, 100]);
});

// Property: whatever a learner can reach (a training set as a data file gives it, any finite
// values; a learning rate a flag accepts, any positive finite number), training gives finite
// errors and finite parameters, or stops with the divergence error's one line.

const trainingSet = fc.record({
  inputSize: fc.integer({ min: 1, max: 3 }),
  samples: fc.integer({ min: 1, max: 4 }),
})
  .chain(({ inputSize, samples }) =>
    fc.record({
      inputSize: fc.constant(inputSize),
      inputs: fc.array(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: inputSize,
          maxLength: inputSize,
        }),
        { minLength: samples, maxLength: samples },
      ),
      targets: fc.array(fc.constantFrom(0, 1), { minLength: samples, maxLength: samples }),
      learningRate: fc.double({ min: 5e-324, max: 1.7e308, noNaN: true }),
      iterations: fc.integer({ min: 0, max: 250 }),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
  );

/** True when training finished with finite errors and parameters, or diverged with its line. */
function finiteOrDiverged(run: () => number[], parameters: () => number[]): boolean {
  try {
    const errors = run();
    return errors.every(Number.isFinite) && parameters().every(Number.isFinite);
  } catch (error) {
    if (!(error instanceof TrainingDivergedError)) throw error;
    return !error.message.includes("\n") && parameters().every(Number.isFinite);
  }
}

Deno.test("property: training the tutorial's network gives finite errors and parameters, or diverges", () => {
  fc.assert(
    fc.property(trainingSet, (set) => {
      const network = new NeuralNetwork({
        learningRate: set.learningRate,
        inputSize: set.inputSize,
        random: seededRandom(set.seed),
      });
      return finiteOrDiverged(
        () => network.train(set.inputs, set.targets, set.iterations),
        () => [...network.weights, network.bias],
      );
    }),
    { numRuns: 300 },
  );
});

Deno.test("property: training a layered network gives finite errors and parameters, or diverges", () => {
  fc.assert(
    fc.property(trainingSet, fc.integer({ min: 1, max: 4 }), fc.boolean(), (set, hidden, relu) => {
      const network = new LayeredNetwork({
        learningRate: set.learningRate,
        sizes: [set.inputSize, hidden, 1],
        hidden: relu ? "relu" : "sigmoid",
        random: seededRandom(set.seed),
      });
      return finiteOrDiverged(
        () => network.train(set.inputs, set.targets, set.iterations),
        () => network.layers.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]),
      );
    }),
    { numRuns: 200 },
  );
});

Deno.test("each recorded error is the sum of every sample's error after that iteration's update", () => {
  const network = tutorialNetwork();
  const [first] = train(network, inputs, targets, 1, seededRandom(1));
  const sum = inputs.reduce((total, input, i) => total + network.error(input, targets[i]), 0);
  assert.equal(first, sum);
  assert.isAbove(first, 0);
});
