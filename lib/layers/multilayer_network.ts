import {
  assertArray,
  assertFinite,
  assertFunction,
  assertObject,
  assertPositiveFinite,
  assertTarget,
} from "../_finite.ts";
import type { Gradients } from "../neural_network.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { sigmoidDerivative } from "../sigmoid_derivative.ts";
import { squaredError } from "../squared_error.ts";
import { train } from "../train.ts";
import { assertChained, assertSizes } from "./_architecture.ts";
import { Layer, type LayerParameters } from "./layer.ts";

/** How to build a {@link MultiLayerNetwork}: its sizes or its parameters. */
export interface MultiLayerNetworkOptions {
  /** The step size of gradient descent, e.g. 0.5. */
  learningRate: number;
  /** Units per layer, the input first and a single output last, e.g. [2, 4, 1]. */
  sizes?: readonly number[];
  /** Given parameters, one entry per layer; `sizes` is then not needed. */
  layers?: readonly LayerParameters[];
  /** Uniform numbers in [0, 1): draws the parameters and the training samples. */
  random?: () => number;
}

/**
 * The tutorial's network with hidden layers: layers of sigmoid units, each
 * feeding the next, ending in one sigmoid output read as the probability of
 * class 1. It learns by the same chain rule and the same stochastic gradient
 * descent as the single neuron, carried back through every layer.
 *
 * @example A hidden layer of four units learns XOR
 * ```ts
 * import { assert } from "chai";
 * import { MultiLayerNetwork } from "./multilayer_network.ts";
 * import { seededRandom } from "../random/seeded_random.ts";
 *
 * const network = new MultiLayerNetwork({ learningRate: 1, sizes: [2, 4, 1], random: seededRandom(42) });
 * network.train([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 20_000);
 * assert.isBelow(network.predict([0, 0]), 0.5);
 * assert.isAbove(network.predict([0, 1]), 0.5);
 * ```
 */
export class MultiLayerNetwork {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  /** The layers, the first reading the input, the last giving the prediction. */
  readonly layers: readonly Layer[];
  #random: () => number;

  /**
   * Builds the network from given parameters, or draws them from a standard
   * normal for the given sizes.
   *
   * @param options The learning rate; `layers` or `sizes`; the random source.
   * @throws {TypeError} If the options are not an object, a size or parameter
   * is not a number, or `random` is not a function.
   * @throws {RangeError} If the learning rate is not a positive finite number,
   * the sizes or layers do not fit together, or the last layer has more than one unit.
   */
  constructor(options: MultiLayerNetworkOptions) {
    assertObject("the options", options);
    const { learningRate, random = seededRandom() } = options;
    assertPositiveFinite("the learning rate", learningRate);
    assertFunction("random", random);
    this.learningRate = learningRate;
    this.#random = random;
    if (options.layers) {
      assertArray("layers", options.layers);
      this.layers = options.layers.map((parameters) => new Layer(parameters));
    } else {
      const sizes = options.sizes ?? [];
      assertSizes(sizes);
      this.layers = sizes.slice(1).map((units, l) => Layer.random(sizes[l], units, random));
    }
    assertChained(this.layers);
    if (this.layers.length === 0 || this.layers.at(-1)!.weights.length !== 1) {
      throw new RangeError("Expected the last layer to have exactly one unit, the prediction");
    }
  }

  /** How many inputs the network reads. */
  get inputSize(): number {
    return this.layers[0].inputSize;
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
   * The prediction for one input: the output of the last layer.
   *
   * @param input One value per input.
   * @returns A number in (0, 1): above 0.5 means class 1.
   * @throws {TypeError} If the input is not an array of numbers.
   * @throws {RangeError} If the input's length is wrong, a value is not
   * finite, or a sum overflows.
   */
  predict(input: readonly number[]): number {
    let activations: readonly number[] = input;
    for (const layer of this.layers) activations = layer.forward(activations).outputs;
    return activations[0];
  }

  /**
   * The gradients of the squared error for one sample, by the chain rule
   * carried back layer by layer (backpropagation). At the output, as for the
   * single neuron, `delta = derror_dprediction * dprediction_dsum`; each unit's
   * gradients are its delta times its input (weights) and its delta (bias), and
   * the delta of a unit below is the weighted sum of the deltas above times
   * its own sigmoid's slope.
   *
   * @param input One value per input.
   * @param target The sample's class, 0 or 1.
   * @returns `gradients[l][j]`: unit j of layer l, shaped like the single
   * neuron's {@link Gradients}.
   * @throws {TypeError} If the input is not an array of numbers or the target not a number.
   * @throws {RangeError} If the input's length is wrong, a value is not
   * finite, a sum overflows, or the target is not 0 or 1.
   */
  computeGradients(input: readonly number[], target: number): Gradients[][] {
    assertTarget("the target", target);
    // Forward, keeping every layer's input (activations[l]) and weighted sums (sums[l]).
    const activations: (readonly number[])[] = [input];
    const sums: number[][] = [];
    for (const layer of this.layers) {
      const pass = layer.forward(activations.at(-1)!);
      sums.push(pass.sums);
      activations.push(pass.outputs);
    }

    // Backward: start from the error's slope at the output's weighted sum.
    const last = this.layers.length - 1;
    const prediction = activations[last + 1][0];
    let deltas = [2 * (prediction - target) * sigmoidDerivative(sums[last][0])];
    const gradients: Gradients[][] = new Array(this.layers.length);
    for (let l = last; l >= 0; l--) {
      const layerInput = activations[l];
      gradients[l] = deltas.map((delta) => ({
        weights: layerInput.map((x) => delta * x),
        bias: delta,
      }));
      if (l > 0) {
        const weights = this.layers[l].weights;
        deltas = layerInput.map((_, i) =>
          deltas.reduce((sum, delta, j) => sum + weights[j][i] * delta, 0) *
          sigmoidDerivative(sums[l - 1][i])
        );
      }
    }
    return gradients;
  }

  /**
   * One step of gradient descent on every unit of every layer: each parameter
   * moves by `-learningRate * gradient`. All or nothing: every new value is
   * checked before any is kept.
   *
   * @param gradients What {@link MultiLayerNetwork.computeGradients} returned.
   * @throws {TypeError} If the gradients are not arrays of objects holding a
   * number `bias` and an array of numbers `weights`.
   * @throws {RangeError} If the gradients are not shaped like the layers, a
   * gradient is not finite, or a step overflows a parameter (the network is
   * then left unchanged).
   */
  updateParameters(gradients: readonly (readonly Gradients[])[]): void {
    const rate = this.learningRate;
    // First check that every step can be taken, then take them all.
    assertArray("the gradients", gradients);
    if (gradients.length !== this.layers.length) {
      throw new RangeError(
        `Expected gradients for ${this.layers.length} layers, got ${gradients.length}`,
      );
    }
    this.layers.forEach((layer, l) => {
      const units = gradients[l];
      // Names are built only for a message: this runs on every iteration of training.
      if (!Array.isArray(units)) assertArray(`gradients[${l}]`, units);
      if (units.length !== layer.weights.length) {
        throw new RangeError(
          `Expected gradients for ${layer.weights.length} units in layer ${l}, got ${units.length}`,
        );
      }
      layer.weights.forEach((row, j) => {
        const unit = units[j];
        if (typeof unit !== "object" || unit === null) assertObject(`gradients[${l}][${j}]`, unit);
        if (!Array.isArray(unit.weights)) {
          assertArray(`gradients[${l}][${j}].weights`, unit.weights);
        }
        if (unit.weights.length !== row.length) {
          throw new RangeError(
            `Expected ${row.length} weight gradients for unit ${j} of layer ${l}, ` +
              `got ${unit.weights.length}`,
          );
        }
        for (let i = 0; i < row.length; i++) {
          const gradient = unit.weights[i];
          if (typeof gradient !== "number" || !Number.isFinite(row[i] - gradient * rate)) {
            this.#refuse(`layer ${l}'s weights[${j}][${i}]`, row[i], gradient);
          }
        }
        const bias = unit.bias;
        if (typeof bias !== "number" || !Number.isFinite(layer.biases[j] - bias * rate)) {
          this.#refuse(`layer ${l}'s biases[${j}]`, layer.biases[j], bias);
        }
      });
    });
    this.layers.forEach((layer, l) => {
      layer.weights.forEach((row, j) => {
        const unit = gradients[l][j];
        for (let i = 0; i < row.length; i++) row[i] -= unit.weights[i] * rate;
        layer.biases[j] -= unit.bias * rate;
      });
    });
  }

  /** Throws the error for a parameter whose step cannot be taken. */
  #refuse(name: string, value: number, gradient: unknown): never {
    assertFinite(`the gradient of ${name}`, gradient);
    throw new RangeError(
      `The update overflowed ${name}: ${value} - ${gradient} * ${this.learningRate} ` +
        `is ${value - gradient * this.learningRate}`,
    );
  }

  /**
   * Trains exactly like the tutorial's single neuron, with the lib's
   * {@link train} loop: each iteration picks one sample at random, computes its
   * gradients and updates every layer; every 100th iteration records the
   * cumulative error over all samples.
   *
   * @param inputs The samples.
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
}
