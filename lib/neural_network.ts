import { assertFiniteVector, assertPositiveFinite, assertWhole } from "./_finite.ts";
import { assertFiniteUpdate } from "./_update.ts";
import { type ChainLinks, chainRule } from "./chain_rule.ts";
import { makePrediction } from "./make_prediction.ts";
import { RandomState } from "./random/random_state.ts";
import { randn } from "./random/_randn.ts";
import { squaredError } from "./squared_error.ts";
import { train } from "./train.ts";

/** How to build a {@link NeuralNetwork}. */
export interface NeuralNetworkOptions {
  /** The step size of gradient descent, e.g. 0.1. */
  learningRate: number;
  /** Starting weights; drawn like `np.random.randn()` when left out, before the bias. */
  weights?: readonly number[];
  /** Starting bias; drawn like `np.random.randn()` when left out. */
  bias?: number;
  /** Draws what is left out, and the samples: `new RandomState(seed)` as `np.random.seed(seed)`. */
  random?: RandomState | (() => number);
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
 * import { RandomState } from "./random/random_state.ts";
 *
 * const network = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(42) });
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
  /** How many classes the network tells apart: 0 and 1, read from one sigmoid output. */
  readonly classes = 2;
  #weights: number[];
  #bias: number;
  #random: RandomState | (() => number);

  /**
   * A neuron with the given weights and bias, or random ones drawn from `random`.
   * @throws {RangeError} Naming the learning rate, a given parameter or the input size.
   */
  constructor(options: NeuralNetworkOptions) {
    const { learningRate, random = new RandomState(), inputSize = 2 } = options;
    assertPositiveFinite("the learning rate", learningRate);
    if (options.weights) assertFiniteVector("the weights", options.weights);
    if (options.bias !== undefined) assertFiniteVector("the bias", [options.bias]);
    assertWhole("the input size", options.weights?.length ?? inputSize, 1);
    this.learningRate = learningRate;
    this.#random = random;
    this.#weights = options.weights?.slice() ??
      Array.from({ length: inputSize }, () => randn(random));
    this.#bias = options.bias ?? randn(random);
  }

  /** The current weights, one per input element (a copy). */
  get weights(): number[] {
    return this.#weights.slice();
  }
  /** The current bias. */
  get bias(): number {
    return this.#bias;
  }
  /** How many inputs the network reads: one per weight. */
  get inputSize(): number {
    return this.#weights.length;
  }

  /** The prediction for one input: `sigmoid(dot(input, weights) + bias)`. */
  predict(input: readonly number[]): number {
    return makePrediction(input, this.#weights, this.#bias);
  }

  /** One sample's error, the tutorial's squared error `(prediction - target)^2`. */
  error(input: readonly number[], target: number): number {
    return squaredError(this.predict(input), target);
  }

  /** The gradients of the error for one sample, by the tutorial's chain rule. */
  computeGradients(input: readonly number[], target: number): Gradients {
    const links = this.chainRule(input, target);
    return { bias: links.derrorDbias, weights: links.derrorDweights };
  }

  /** Every link of the chain rule for one sample at the current weights and bias (lesson 06). */
  chainRule(input: readonly number[], target: number): ChainLinks {
    return chainRule(input, target, this.#weights, this.#bias);
  }

  /**
   * One step of gradient descent, all or nothing: new values computed, checked finite, kept.
   * @throws {RangeError} If a new value is not finite (the network is left unchanged).
   */
  updateParameters(gradients: Gradients): void {
    const bias = this.#bias - gradients.bias * this.learningRate;
    const weights = this.#weights.map((w, j) => w - gradients.weights[j] * this.learningRate);
    assertFiniteUpdate([bias]);
    assertFiniteUpdate(weights);
    [this.#bias, this.#weights] = [bias, weights];
  }

  /** Trains with the lib's {@link train} loop: one random sample per iteration. */
  train(
    inputs: readonly (readonly number[])[],
    targets: readonly number[],
    iterations: number,
  ): number[] {
    return train(this, inputs, targets, iterations, this.#random);
  }
}
