import { assert } from "chai";
import fc from "fast-check";
import { anyLearningRate, anyValue, finiteOrRefused } from "./_property.ts";
import { MultiLayerNetwork } from "./layers/multilayer_network.ts";
import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./random/seeded_random.ts";
import { SoftmaxNetwork } from "./layers/softmax_network.ts";
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

Deno.test("a training set of the wrong type is refused with a TypeError that names it", () => {
  const fromJavaScript = train as (...args: unknown[]) => number[];
  const network = tutorialNetwork();
  const random = seededRandom(1);
  assert.throws(() => fromJavaScript(network, "x", targets, 10, random), TypeError, "inputs");
  assert.throws(
    () => fromJavaScript(network, [[1, "2"]], [0], 10, random),
    TypeError,
    "input 0[1]",
  );
  assert.throws(
    () => fromJavaScript(network, [[1, 2]], ["1"], 10, random),
    TypeError,
    "targets[0]",
  );
  assert.throws(
    () => fromJavaScript(network, inputs, targets, "10", random),
    TypeError,
    "iterations",
  );
  assert.throws(() => fromJavaScript(network, inputs, targets, 10, 0.5), TypeError, "random");
  assert.throws(() => fromJavaScript({}, inputs, targets, 10, random), TypeError, "network.error");
});

Deno.test("a random source that leaves [0, 1) is refused, not read past the end of the samples", () => {
  for (const value of [1, -0.1, NaN]) {
    assert.throws(
      () => train(tutorialNetwork(), inputs, targets, 10, () => value),
      RangeError,
      `Expected random() to return a number in [0, 1), got ${value}`,
    );
  }
  assert.throws(
    () => train(tutorialNetwork(), inputs, targets, 10, (() => "0.5") as unknown as () => number),
    TypeError,
    "random()'s value",
  );
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
  const network = new NeuralNetwork({ learningRate: 1e308, weights: [0, 0], bias: 0 });
  const error = thrown(() => train(network, inputs, targets, 100, seededRandom(1)));
  assert.instanceOf(error, TrainingDivergedError);
  assert.instanceOf(error, RangeError, "code that catches RangeErrors still catches it");
  assert.equal(
    error.message,
    "Training diverged at iteration 0: the numbers grew too large to compute. " +
      "Try a smaller learning rate than 1e+308",
  );
});

Deno.test("the divergence message blames the data, not the learning rate, for inputs of 1.7e308 at 1e-300", () => {
  const network = new NeuralNetwork({ learningRate: 1e-300, random: seededRandom(42) });
  const huge = [[1.7e308, 1.7e308], [-1.7e308, 1.7e308]];
  const error = thrown(() => train(network, huge, [0, 1], 100, seededRandom(1)));
  assert.instanceOf(error, TrainingDivergedError);
  assert.include(error.message, "The inputs reach 1.7e+308");
  assert.include(error.message, "scale them first (e.g. standardize each column)");
  assert.notInclude(error.message, "learning rate");
});

Deno.test("when both are absurd, the divergence message names the inputs and the learning rate", () => {
  const network = new NeuralNetwork({ learningRate: 1e300, weights: [0], bias: 0 });
  const error = thrown(() => train(network, [[1e10], [-1e10]], [0, 1], 100, seededRandom(1)));
  assert.include(error.message, "The inputs reach 10000000000");
  assert.include(error.message, "and try a smaller learning rate than 1e+300");
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

Deno.test("train hands each step's gradients back to computeGradients to reuse, none on the first", () => {
  const handedBack: unknown[] = [];
  const made: object[] = [];
  const recorder: Trainable<object> = {
    learningRate: 0.1,
    inputSize: 1,
    classes: 2,
    predict: () => 0,
    error: () => 0,
    computeGradients: (_input, _target, reuse) => {
      handedBack.push(reuse);
      made.push({ step: made.length });
      return made.at(-1)!;
    },
    updateParameters: () => {},
  };
  train(recorder, [[1]], [0], 4, seededRandom(1));
  assert.deepEqual(handedBack, [undefined, ...made.slice(0, 3)]);
  assert.strictEqual(handedBack[3], made[2]);
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
  const softmax = new SoftmaxNetwork({ learningRate: 0.1, sizes: [2, 3, 3] });
  softmax.train([[0, 1], [1, 0], [1, 1]], [0, 1, 2], 101);
  stop();
  tutorialNetwork().train(inputs, targets, 101);
  assert.deepEqual(told, [0, 100]);
});

// Properties: whatever the training set and the learning rate, training returns finite errors and
// leaves finite parameters, or refuses with a RangeError or TypeError (a divergence included).

/** Mostly what training expects, sometimes anything: so both the training and the refusals run. */
const mostly = <T>(usual: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 19, arbitrary: usual }, { weight: 1, arbitrary: anyValue });

const trainingSet = fc.record({
  inputSize: fc.integer({ min: 1, max: 3 }),
  samples: fc.integer({ min: 1, max: 4 }),
}).chain(({ inputSize, samples }) =>
  fc.record({
    inputSize: fc.constant(inputSize),
    inputs: mostly(fc.array(
      mostly(fc.array(mostly(fc.double({ noNaN: true, noDefaultInfinity: true })), {
        minLength: inputSize,
        maxLength: inputSize,
      })),
      { minLength: samples, maxLength: samples },
    )),
    targets: mostly(fc.array(mostly(fc.constantFrom(0, 1)), {
      minLength: samples,
      maxLength: samples,
    })),
    learningRate: anyLearningRate,
    iterations: mostly(fc.integer({ min: 0, max: 250 })),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
);

Deno.test("property: training the tutorial's network gives finite errors and parameters, or a refusal", () => {
  fc.assert(
    fc.property(trainingSet, (set) => {
      let network: NeuralNetwork | undefined;
      const ok = finiteOrRefused(() => {
        network = new NeuralNetwork({
          learningRate: set.learningRate as number,
          inputSize: set.inputSize,
          random: seededRandom(set.seed),
        });
        return network.train(
          set.inputs as number[][],
          set.targets as number[],
          set.iterations as number,
        );
      });
      return ok &&
        (network === undefined || finiteOrRefused(() => [network!.weights, network!.bias]));
    }),
    { numRuns: 300 },
  );
});

Deno.test("property: training a network with a hidden layer gives finite errors and parameters, or a refusal", () => {
  fc.assert(
    fc.property(trainingSet, fc.integer({ min: 1, max: 4 }), (set, hidden) => {
      let network: MultiLayerNetwork | undefined;
      const ok = finiteOrRefused(() => {
        network = new MultiLayerNetwork({
          learningRate: set.learningRate as number,
          sizes: [set.inputSize, hidden, 1],
          random: seededRandom(set.seed),
        });
        return network.train(
          set.inputs as number[][],
          set.targets as number[],
          set.iterations as number,
        );
      });
      const parameters = network?.layers.map(({ weights, biases }) => [weights, biases]);
      return ok && finiteOrRefused(() => parameters ?? []);
    }),
    { numRuns: 200 },
  );
});
