import {
  assertArray,
  assertFinite,
  assertFiniteVector,
  assertFunction,
  assertObject,
  assertPositiveFinite,
  assertTarget,
  assertWhole,
} from "./_finite.ts";
import { dot } from "./dot.ts";
import { makePrediction } from "./make_prediction.ts";
import { seededRandom } from "./random/seeded_random.ts";
import { sigmoid } from "./sigmoid.ts";
import { sigmoidDerivative } from "./sigmoid_derivative.ts";
import { squaredError } from "./squared_error.ts";
import { standardNormal } from "./random/standard_normal.ts";
import { train } from "./train.ts";

/** How to build a {@link NeuralNetwork}. */
export interface NeuralNetworkOptions {
  /** The step size of gradient descent, e.g. 0.1. */
  learningRate: number;
  /** Starting weights; drawn from a standard normal when left out. */
  weights?: readonly number[];
  /** Starting bias; drawn from a standard normal when left out. */
  bias?: number;
  /** Uniform numbers in [0, 1): draws the missing parameters and the training samples. */
  random?: () => number;
  /** How many weights to draw when `weights` is left out (the tutorial's 2). */
  inputSize?: number;
}

/** The gradients of the error for one sample: how the error changes with each parameter. */
export interface Gradients {
  /** derror_dbias: how the error changes with the bias. */
  bias: number;
  /** derror_dweights: how the error changes with each weight. */
  weights: number[];
}

/**
 * The tutorial's neural network: one neuron with a sigmoid, trained by
 * stochastic gradient descent. Layer 1 is `dot(input, weights) + bias`, layer 2
 * (the prediction) is its sigmoid, and the error is `(prediction - target)^2`.
 *
 * @example Train the tutorial's network and watch the error fall
 * ```ts
 * import { assert } from "chai";
 * import { NeuralNetwork } from "./neural_network.ts";
 * import { seededRandom } from "./random/seeded_random.ts";
 *
 * const network = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(42) });
 * const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
 * const targets = [0, 1, 0, 1, 0, 1, 1, 0];
 * const errors = network.train(inputs, targets, 10_000);
 * assert.lengthOf(errors, 100);
 * assert.isBelow(errors[99], errors[0]);
 * ```
 */
export class NeuralNetwork {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  #weights: number[];
  // A number from the start (the constructor sets it), so that V8 updates it in place: declared
  // without one, it would start as undefined, and every step would allocate the new bias.
  #bias = 0;
  #random: () => number;

  /**
   * Builds the network. Weights and bias that are not given are standard
   * normal draws from `random`, the weights first, as `np.random.randn()` does
   * in the tutorial.
   *
   * @param options The learning rate, and optionally the starting parameters,
   * the random source (a seeded generator by default, never `Math.random`) and
   * the input size.
   * @throws {TypeError} If the options are not an object, a value is not a
   * number, the weights are not an array, or `random` is not a function.
   * @throws {RangeError} If the learning rate is not a positive finite number,
   * a parameter is not finite, or the input size is not a positive whole number.
   */
  constructor(options: NeuralNetworkOptions) {
    assertObject("the options", options);
    const { learningRate, random = seededRandom() } = options;
    assertPositiveFinite("the learning rate", learningRate);
    assertFunction("random", random);
    if (options.weights !== undefined) assertFiniteVector("weights", options.weights);
    if (options.bias !== undefined) assertFinite("the bias", options.bias);
    const inputSize = options.weights?.length ?? options.inputSize ?? 2;
    assertWhole("the input size", inputSize, 1);
    this.learningRate = learningRate;
    this.#random = random;
    this.#weights = options.weights
      ? [...options.weights]
      : Array.from({ length: inputSize }, () => standardNormal(random));
    this.#bias = options.bias ?? standardNormal(random);
    assertFiniteVector("weights", this.#weights);
    assertFinite("the bias", this.#bias);
  }

  /** The current weights, one per input element (a copy). */
  get weights(): number[] {
    return [...this.#weights];
  }

  /** How many inputs the network reads: one per weight. */
  get inputSize(): number {
    return this.#weights.length;
  }

  /** The current bias. */
  get bias(): number {
    return this.#bias;
  }

  /** How many classes the network tells apart: 0 and 1, read from one sigmoid output. */
  readonly classes = 2;

  /**
   * One sample's error, the tutorial's squared error `(prediction - target)^2`.
   *
   * @param input One value per input.
   * @param target The sample's class, 0 or 1.
   * @returns The squared error, from 0 to 1.
   * @throws {TypeError} If the input is not an array of numbers or the target not a number.
   * @throws {RangeError} If the input's length is wrong, a value is not
   * finite, or the target is not 0 or 1.
   */
  error(input: readonly number[], target: number): number {
    assertTarget("the target", target);
    return squaredError(this.predict(input), target);
  }

  /**
   * The prediction for one input: `sigmoid(dot(input, weights) + bias)`.
   *
   * @param input One value per weight.
   * @returns A number in (0, 1): above 0.5 means class 1.
   * @throws {TypeError} If the input is not an array of numbers.
   * @throws {RangeError} If the input's length differs from the weights', a
   * value is not finite, or layer 1 overflows.
   */
  predict(input: readonly number[]): number {
    return makePrediction(input, this.#weights, this.#bias);
  }

  /**
   * The gradients of the squared error for one sample, by the chain rule:
   * `derror_dweights = derror_dprediction * dprediction_dlayer1 * dlayer1_dweights`,
   * and the same for the bias with `dlayer1_dbias = 1`.
   *
   * @param input One value per weight.
   * @param target The sample's class, 0 or 1.
   * @param reuse Gradients that are no longer needed, to be overwritten with
   * the new ones instead of allocating new ones: {@link train} hands back each
   * step's once it has updated the parameters, so that a training step
   * allocates nothing (`deno task compare` measures it). Left out, the
   * gradients are new.
   * @returns `derror_dbias` as `bias` and `derror_dweights` as `weights`:
   * `reuse`, overwritten, when given.
   * @throws {TypeError} If the input is not an array of numbers, the target
   * not a number, or `reuse` not gradients with an array of `weights`.
   * @throws {RangeError} If the input's length differs from the weights', a
   * value is not finite, layer 1 overflows, the target is not 0 or 1, or
   * `reuse` holds a different number of weights.
   */
  computeGradients(input: readonly number[], target: number, reuse?: Gradients): Gradients {
    assertTarget("the target", target);
    const derrorDlayer1 = this.#derrorDlayer1(input, target);
    const dlayer1Dbias = 1;
    const dlayer1Dweights = input;
    const gradients = reuse === undefined
      ? { bias: 0, weights: this.#weights.map(() => 0) }
      : this.#reusable(reuse);
    gradients.bias = derrorDlayer1 * dlayer1Dbias;
    const derrorDweights = gradients.weights;
    for (let j = 0; j < derrorDweights.length; j++) {
      derrorDweights[j] = derrorDlayer1 * dlayer1Dweights[j];
    }
    return gradients;
  }

  /**
   * One step of gradient descent: move each parameter against its gradient,
   * `bias -= gradients.bias * learningRate`, then the same for each weight.
   * All or nothing: every new value is checked before any is kept.
   *
   * @param gradients What {@link NeuralNetwork.computeGradients} returned.
   * @throws {TypeError} If the gradients are not an object holding a number
   * `bias` and an array of numbers `weights`.
   * @throws {RangeError} If the gradients' length differs from the weights', a
   * gradient is not finite, or the step overflows a parameter (the network is
   * then left unchanged).
   */
  updateParameters(gradients: Gradients): void {
    if (typeof gradients !== "object" || gradients === null) {
      assertObject("the gradients", gradients);
    }
    const biasGradient = gradients.bias;
    const weightGradients = gradients.weights;
    const weights = this.#weights;
    if (!Array.isArray(weightGradients)) assertArray("gradients.weights", weightGradients);
    if (weightGradients.length !== weights.length) {
      throw new RangeError(
        `Expected ${weights.length} weight gradients, got ${weightGradients.length}`,
      );
    }
    const rate = this.learningRate;
    // Check every new value first, so that a gradient that is NaN or infinite, or a step that
    // overflows, leaves the network as it was instead of spreading.
    if (typeof biasGradient !== "number" || !Number.isFinite(this.#bias - biasGradient * rate)) {
      this.#refuse("bias", this.#bias, biasGradient);
    }
    for (let j = 0; j < weights.length; j++) {
      const gradient = weightGradients[j];
      if (typeof gradient !== "number" || !Number.isFinite(weights[j] - gradient * rate)) {
        this.#refuse(`weights[${j}]`, weights[j], gradient);
      }
    }
    this.#bias -= biasGradient * rate;
    for (let j = 0; j < weights.length; j++) weights[j] -= weightGradients[j] * rate;
  }

  /** `reuse`, once it is known to hold one weight gradient per weight. */
  #reusable(reuse: Gradients): Gradients {
    if (typeof reuse !== "object" || reuse === null) assertObject("the reused gradients", reuse);
    const { weights } = reuse;
    if (!Array.isArray(weights)) assertArray("the reused gradients' weights", weights);
    if (weights.length !== this.#weights.length) {
      throw new RangeError(
        `Expected the reused gradients to hold ${this.#weights.length} weights, got ${weights.length}`,
      );
    }
    return reuse;
  }

  /** Throws the error for a parameter whose step cannot be taken. */
  #refuse(name: string, value: number, gradient: unknown): never {
    assertFinite(`gradients.${name}`, gradient);
    throw new RangeError(
      `The update overflowed the ${name}: ${value} - ${gradient} * ${this.learningRate} ` +
        `is ${value - gradient * this.learningRate}`,
    );
  }

  /**
   * Trains by stochastic gradient descent with the lib's {@link train} loop:
   * each iteration picks one sample at random, calls
   * {@link NeuralNetwork.computeGradients} and then
   * {@link NeuralNetwork.updateParameters}; every 100th iteration records the
   * cumulative error.
   *
   * @param inputs The samples, each with one value per weight.
   * @param targets Each sample's class, 0 or 1.
   * @param iterations How many updates to make.
   * @returns The cumulative errors, one per 100 iterations.
   * @throws {RangeError} If the training set does not fit the network (see {@link train}).
   * @throws {TrainingDivergedError} If training diverges (then try a smaller learning rate).
   */
  train(
    inputs: readonly (readonly number[])[],
    targets: readonly number[],
    iterations: number,
  ): number[] {
    return train(this, inputs, targets, iterations, this.#random);
  }

  /** derror_dprediction * dprediction_dlayer1: the error's slope at layer 1. */
  #derrorDlayer1(input: readonly number[], target: number): number {
    const layer1 = dot(input, this.#weights) + this.#bias;
    const prediction = sigmoid(layer1);
    const derrorDprediction = 2 * (prediction - target);
    const dpredictionDlayer1 = sigmoidDerivative(layer1);
    return derrorDprediction * dpredictionDlayer1;
  }
}
