import { dot } from "./dot.ts";
import type { Gradients } from "./neural_network.ts";
import { randn } from "./random/_randn.ts";
import { RandomState } from "./random/random_state.ts";
import { sigmoid } from "./sigmoid.ts";
import { train } from "./train.ts";

/** How to build a {@link CrossEntropyNeuron}: as a `NeuralNetwork`. */
export interface CrossEntropyNeuronOptions {
  /** The step size of gradient descent, e.g. 0.1. */
  learningRate: number;
  /** Uniform numbers in [0, 1): draws the parameters (as `NeuralNetwork` does) and the samples. */
  random?: RandomState | (() => number);
  /** How many weights to draw (the tutorial's 2). */
  inputSize?: number;
}

/** `log(1 + exp(a))` without overflow: the cross-entropy of a sigmoid from its weighted sum. */
const softplus = (a: number) => Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));

/**
 * The tutorial's neuron trained on the cross-entropy instead of the squared
 * error: the error of a sample is `-log(p)` when its target is 1 and
 * `-log(1 - p)` when it is 0. The sigmoid's slope then cancels out of the chain
 * rule: the error's slope at the weighted sum is `p - target`, large when the
 * prediction is far off, where the squared error's `2 (p - target) p (1 - p)`
 * is almost 0 for a saturated, confidently wrong prediction. The starting
 * parameters are drawn as `NeuralNetwork` draws them, so the same seed gives
 * the same start.
 *
 * @example The slope at the weighted sum is p - target
 * ```ts
 * import { assert } from "chai";
 * import { CrossEntropyNeuron } from "./cross_entropy_neuron.ts";
 * import { RandomState } from "./random/random_state.ts";
 *
 * const neuron = new CrossEntropyNeuron({ learningRate: 0.1, random: new RandomState(42) });
 * const p = neuron.predict([1, 1]);
 * assert.closeTo(neuron.computeGradients([1, 1], 0).bias, p - 0, 1e-15);
 * ```
 */
export class CrossEntropyNeuron {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  /** How many classes the neuron tells apart: 0 and 1. */
  readonly classes = 2;
  #weights: number[];
  #bias: number;
  #random: RandomState | (() => number);

  /**
   * Draws the weights, then the bias, from a standard normal, as `NeuralNetwork` does.
   *
   * @param options The learning rate, the random source and the input size.
   */
  constructor(
    { learningRate, random = new RandomState(), inputSize = 2 }: CrossEntropyNeuronOptions,
  ) {
    this.learningRate = learningRate;
    this.#random = random;
    this.#weights = Array.from({ length: inputSize }, () => randn(random));
    this.#bias = randn(random);
  }

  /** The current weights (a copy). */
  get weights(): number[] {
    return [...this.#weights];
  }

  /** The current bias. */
  get bias(): number {
    return this.#bias;
  }

  /** How many inputs the neuron reads. */
  get inputSize(): number {
    return this.#weights.length;
  }

  /** `sigmoid(dot(input, weights) + bias)`, as `NeuralNetwork.predict`. */
  predict(input: readonly number[]): number {
    return sigmoid(dot(input, this.#weights) + this.#bias);
  }

  /** The cross-entropy of one sample: `-log(p)` for target 1, `-log(1 - p)` for 0. */
  error(input: readonly number[], target: number): number {
    const z = dot(input, this.#weights) + this.#bias;
    return target === 1 ? softplus(-z) : softplus(z);
  }

  /** The gradients of the cross-entropy: `p - target` for the bias, times each input for the weights. */
  computeGradients(input: readonly number[], target: number): Gradients {
    const slope = this.predict(input) - target;
    return { bias: slope, weights: input.map((x) => slope * x) };
  }

  /** One step against the gradients: `bias -= gradients.bias * learningRate`, and each weight. */
  updateParameters(gradients: Gradients): void {
    this.#bias -= gradients.bias * this.learningRate;
    this.#weights = this.#weights.map((w, j) => w - gradients.weights[j] * this.learningRate);
  }

  /**
   * Trains by the lib's {@link train} loop: one random sample a step, the
   * cumulative cross-entropy every 100 steps.
   *
   * @param inputs The samples.
   * @param targets Each sample's class, 0 or 1.
   * @param iterations How many steps.
   * @returns The cumulative errors, one per 100 iterations.
   */
  train(
    inputs: readonly (readonly number[])[],
    targets: readonly number[],
    iterations: number,
  ): number[] {
    return train(this, inputs, targets, iterations, this.#random);
  }
}
