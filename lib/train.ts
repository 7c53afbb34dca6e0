import type { RandomState } from "./random/random_state.ts";
import { assertTrainingSet, largestInput } from "./_training_set.ts";

/** How often {@link train} records the cumulative error, as in the tutorial. */
export const ERROR_EVERY = 100;

/**
 * What {@link train} needs of a network: the tutorial's three methods. Both
 * `NeuralNetwork` and `LayeredNetwork` have them.
 *
 * @typeParam G The network's gradients, as `computeGradients` returns them.
 */
export interface Trainable<G> {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  /** How many values one input holds. */
  readonly inputSize: number;
  /** How many classes the network tells apart: 2 (0 and 1) for one sigmoid output. */
  readonly classes: number;
  /** The network's output for one input: a probability, or one per class. */
  predict(input: readonly number[]): number | number[];
  /** One sample's error, e.g. the tutorial's `(prediction - target)^2`. */
  error(input: readonly number[], target: number): number;
  /** The gradients of the error for one sample. */
  computeGradients(input: readonly number[], target: number): G;
  /** One step of gradient descent against `gradients`. */
  updateParameters(gradients: G): void;
}

/**
 * Inputs at least this large are named as the cause when training diverges:
 * a sigmoid gives exactly 0 or 1 beyond an input of about ±36, so inputs of a
 * million or more leave the weights no sensible size, and with a learning rate
 * of 1 or less only inputs far larger than this can overflow at all.
 */
const LARGE_INPUT = 1e6;

/**
 * Training stopped because the numbers grew too large to compute: the
 * parameters, or a sum of inputs times weights, overflowed. A `RangeError`, so
 * code that catches those still catches it; `iteration` tells where it
 * happened. The message gives the advice that fits the cause: inputs that are
 * far too large (then scale them), or a learning rate that is too large.
 */
export class TrainingDivergedError extends RangeError {
  /** The error's name, as printed before its message. */
  override name = "TrainingDivergedError";
  /** The iteration whose update overflowed. */
  readonly iteration: number;

  /**
   * Builds the error with a message that names the iteration and the likely
   * cause: inputs of a million or more (scale them), or else the learning rate
   * (try a smaller one).
   *
   * @param iteration The iteration whose update overflowed.
   * @param learningRate The learning rate in use, for the advice.
   * @param cause The error that stopped the update.
   * @param largestInput The largest size of any input value; 0 when unknown.
   */
  constructor(iteration: number, learningRate: number, cause: unknown, largestInput = 0) {
    const largeData = largestInput >= LARGE_INPUT;
    const smallerRate = `a smaller learning rate than ${learningRate}`;
    const advice = !largeData
      ? `Try ${smallerRate}`
      : `The inputs reach ${largestInput}, far from the size of about 1 a sigmoid works with: ` +
        `scale them first (e.g. standardize each column)` +
        (learningRate > 1 ? `, and try ${smallerRate}` : "");
    super(
      `Training diverged at iteration ${iteration}: the numbers grew too large to compute. ${advice}`,
      { cause },
    );
    this.iteration = iteration;
  }
}

/** What a {@link TrainingObserver} is told when a training starts. */
export interface TrainingStart {
  /** The network about to train, before its first update. */
  network: Trainable<unknown>;
  /** The samples it trains on. */
  inputs: readonly (readonly number[])[];
  /** Each sample's class. */
  targets: readonly number[];
  /** How many updates the training will make. */
  iterations: number;
}

/** What a {@link TrainingObserver} is told at every recorded cumulative error. */
export interface TrainingProgress {
  /** The network after this iteration's update: ask it for predictions. */
  network: Trainable<unknown>;
  /** The iteration just done, counted from 0: 0, 100, 200, ... */
  iteration: number;
  /** The cumulative error after that iteration's update. */
  error: number;
}

/** What a {@link TrainingObserver} is told at every iteration, before its update. */
export interface TrainingPick {
  /** The network before this iteration's update. */
  network: Trainable<unknown>;
  /** The iteration about to be done, counted from 0. */
  iteration: number;
  /** The sample it picked: its index among the inputs. */
  index: number;
}

/** What a {@link TrainingObserver} is told when a training ends, done or diverged. */
export interface TrainingEnd {
  /** The network as training left it. */
  network: Trainable<unknown>;
  /** The cumulative errors recorded, all of them when the training is done. */
  errors: readonly number[];
  /** Why training stopped early; undefined when every iteration was made. */
  diverged?: TrainingDivergedError;
}

/** Watches every training the lib's {@link train} loop runs; each part is optional. */
export interface TrainingObserver {
  /** Called once the training set is checked, before the first update. */
  start?(training: TrainingStart): void;
  /** Called at every recorded cumulative error, after the update of that iteration. */
  progress?(progress: TrainingProgress): void;
  /** Called at every iteration of {@link train}, with the sample it picked, before its update. */
  pick?(pick: TrainingPick): void;
  /** Called after the last update, or when training diverges (before the error is thrown). */
  end?(end: TrainingEnd): void;
}

const observers = new Set<TrainingObserver>();

/**
 * Watches every training the lib's {@link train} loop runs from now on, every
 * network's `train` included, until the returned function is called. An
 * observer only looks: it changes no number the training computes.
 *
 * @param observer What to call at the start, at every recorded cumulative
 * error and at the end (or divergence) of each training.
 * @returns A function that stops the watching.
 *
 * @example Count a training's recorded errors as it runs
 * ```ts
 * import { assert } from "chai";
 * import { NeuralNetwork } from "./neural_network.ts";
 * import { observeTraining } from "./train.ts";
 *
 * const seen: number[] = [];
 * const stop = observeTraining({
 *   progress: ({ iteration, network }) => {
 *     seen.push(iteration);
 *     assert.isNumber(network.predict([3, 1.5]));
 *   },
 * });
 * const network = new NeuralNetwork({ learningRate: 0.1 });
 * try {
 *   network.train([[3, 1.5], [2, 1]], [0, 1], 250);
 * } finally {
 *   stop();
 * }
 * assert.deepEqual(seen, [0, 100, 200]);
 * ```
 */
export function observeTraining(observer: TrainingObserver): () => void {
  const own = { ...observer };
  observers.add(own);
  return () => {
    observers.delete(own);
  };
}

/** What a training loop tells the observers {@link watchTraining} found watching. */
export interface TrainingWatch {
  /** At every recorded cumulative error, after that iteration's update. */
  progress(progress: TrainingProgress): void;
  /** At every iteration, before its update, with the sample picked (a loop may leave it out). */
  pick(pick: TrainingPick): void;
  /** After the last update, or when training diverges (before the error is thrown). */
  end(end: TrainingEnd): void;
}

/**
 * For a training loop of its own (lesson 12's shuffled epochs), what {@link train} does for its
 * observers: tells those watching now that a training starts, and returns what to tell them
 * next, or `undefined` when no one watches, so that the loop need not add up cumulative errors
 * for no one. The loop reports every {@link ERROR_EVERY}th iteration, as {@link train} does.
 *
 * @param start The network, its samples and how many updates it will make.
 * @returns What to tell the observers at every recorded error and at the end; `undefined`
 * when no one watches.
 *
 * @example A loop of its own, watched
 * ```ts
 * import { assert } from "chai";
 * import { NeuralNetwork } from "./neural_network.ts";
 * import { observeTraining, watchTraining } from "./train.ts";
 *
 * const network = new NeuralNetwork({ learningRate: 0.1 });
 * const [inputs, targets] = [[[3, 1.5], [2, 1]], [0, 1]];
 * assert.isUndefined(watchTraining({ network, inputs, targets, iterations: 2 }));
 * const seen: number[] = [];
 * const stop = observeTraining({ progress: ({ error }) => seen.push(error) });
 * const watch = watchTraining({ network, inputs, targets, iterations: 2 });
 * stop();
 * watch?.progress({ network, iteration: 0, error: 0.5 });
 * watch?.end({ network, errors: [0.5] });
 * assert.deepEqual(seen, [0.5]);
 * ```
 */
export function watchTraining(start: TrainingStart): TrainingWatch | undefined {
  const watching = [...observers];
  if (watching.length === 0) return undefined;
  for (const observer of watching) observer.start?.(start);
  return {
    progress: (progress) => watching.forEach((observer) => observer.progress?.(progress)),
    pick: (pick) => watching.forEach((observer) => observer.pick?.(pick)),
    end: (end) => watching.forEach((observer) => observer.end?.(end)),
  };
}

/**
 * The tutorial's training loop, stochastic gradient descent: each iteration
 * picks one sample at random (`random.randint(inputs.length)`, the tutorial's
 * `np.random.randint(len(input_vectors))`), computes its gradients and updates the
 * parameters. Every 100th iteration (0, 100, 200, ...), after that iteration's
 * update, it records the cumulative error: the sum over all samples of
 * their error, `(prediction - target)^2` in the tutorial.
 *
 * @param network The network to train, changed in place.
 * @param inputs The samples, each with `network.inputSize` values.
 * @param targets Each sample's class: 0 or 1 for a sigmoid output.
 * @param iterations How many updates to make.
 * @param random Picks the samples: a {@link RandomState}, one `randint` per
 * iteration, as NumPy; or a function of uniform numbers in [0, 1), one call
 * per iteration, `Math.floor(random() * inputs.length)`.
 * @returns The cumulative errors, one per 100 iterations, all finite.
 * @throws {RangeError} If there are no samples, the counts of inputs and
 * targets differ, a sample has the wrong length, a value is not finite, a
 * target is not one of the network's classes, or `iterations` is not a whole
 * number of at least 0.
 * @throws {TrainingDivergedError} If the numbers overflow, on any iteration,
 * the last included (then scale the inputs or try a smaller learning rate, as
 * its message says).
 *
 * @example Train the tutorial's network and watch the error fall
 * ```ts
 * import { assert } from "chai";
 * import { NeuralNetwork } from "./neural_network.ts";
 * import { RandomState } from "./random/random_state.ts";
 * import { train } from "./train.ts";
 *
 * const network = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(42) });
 * const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
 * const targets = [0, 1, 0, 1, 0, 1, 1, 0];
 * const errors = train(network, inputs, targets, 10_000, new RandomState(7));
 * assert.lengthOf(errors, 100);
 * assert.isBelow(errors[99], errors[0]);
 * ```
 */
export function train<G>(
  network: Trainable<G>,
  inputs: readonly (readonly number[])[],
  targets: readonly number[],
  iterations: number,
  random: RandomState | (() => number),
): number[] {
  assertTrainingSet(inputs, targets, network.inputSize, network.classes, iterations);
  const cumulativeErrors: number[] = [];
  const watch = watchTraining({ network, inputs, targets, iterations });
  for (let iteration = 0; iteration < iterations; iteration++) {
    const index = typeof random === "function"
      ? Math.floor(random() * inputs.length)
      : random.randint(inputs.length);
    watch?.pick({ network, iteration, index });
    let sum = NaN;
    try {
      network.updateParameters(network.computeGradients(inputs[index], targets[index]));
      if (iteration % ERROR_EVERY === 0) {
        sum = 0;
        for (let i = 0; i < inputs.length; i++) sum += network.error(inputs[i], targets[i]);
        if (!Number.isFinite(sum)) throw new RangeError(`The cumulative error is ${sum}`);
        cumulativeErrors.push(sum);
      }
    } catch (error) {
      // The training set was checked above, so a RangeError here can only mean overflow.
      if (!(error instanceof RangeError)) throw error;
      const diverged = new TrainingDivergedError(
        iteration,
        network.learningRate,
        error,
        largestInput(inputs),
      );
      watch?.end({ network, errors: cumulativeErrors, diverged });
      throw diverged;
    }
    if (iteration % ERROR_EVERY === 0) watch?.progress({ network, iteration, error: sum });
  }
  watch?.end({ network, errors: cumulativeErrors });
  return cumulativeErrors;
}
