import {
  assertArray,
  assertFiniteVector,
  assertFunction,
  assertObject,
  assertPositiveFinite,
} from "../_finite.ts";
import { dot } from "../dot.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { standardNormal } from "../random/standard_normal.ts";
import { train } from "../train.ts";
import { crossEntropy } from "./cross_entropy.ts";
import { assertChained, assertSizes } from "./_architecture.ts";
import { Layer, type LayerParameters } from "./layer.ts";
import { relu } from "./relu.ts";
import { reluDerivative } from "./relu_derivative.ts";
import { softmax } from "./softmax.ts";

/**
 * One layer's gradients for one sample, kept as the two factors backpropagation
 * finds: the gradient of `weights[j][i]` is `deltas[j] * inputs[i]`, and the
 * gradient of `biases[j]` is `deltas[j]`.
 */
export interface LayerGradients {
  /** Each unit's delta: the slope of the error at the unit's weighted sum. */
  deltas: number[];
  /** The input the layer read for this sample. */
  inputs: readonly number[];
}

/** How to build a {@link SoftmaxNetwork}: its sizes or its parameters. */
export interface SoftmaxNetworkOptions {
  /** The step size of gradient descent, e.g. 0.05. */
  learningRate: number;
  /** Units per layer, the input first and one output unit per class last, e.g. [64, 32, 10]. */
  sizes?: readonly number[];
  /** Given parameters, one entry per layer; `sizes` is then not needed. */
  layers?: readonly LayerParameters[];
  /** Uniform numbers in [0, 1): draws the parameters and the training samples. */
  random?: () => number;
}

/**
 * A network that tells many classes apart: hidden layers of ReLU units, then
 * one output unit per class whose weighted sums a softmax turns into one
 * probability per class. It learns by the tutorial's stochastic gradient
 * descent and chain rule, on the cross-entropy instead of the squared error.
 *
 * Two things change from the sigmoid networks, and both make the calculus
 * simpler. At the output, the softmax and the cross-entropy together have the
 * slope `probability - 1` for the right class and `probability` for the others.
 * In a hidden layer, the ReLU's slope is 1 or 0, so the error flows back
 * through active units unchanged.
 *
 * When drawn, the weights are standard normal draws scaled by `sqrt(2 / inputs)`
 * ("He initialisation") and the biases are 0: a unit's sum then starts at about
 * the size of its inputs, neither exploding through the layers nor dying out.
 *
 * @example Two hidden ReLU units tell three points apart
 * ```ts
 * import { assert } from "chai";
 * import { SoftmaxNetwork } from "./softmax_network.ts";
 * import { seededRandom } from "../random/seeded_random.ts";
 *
 * const network = new SoftmaxNetwork({ learningRate: 0.1, sizes: [2, 8, 3], random: seededRandom(42) });
 * const inputs = [[0, 0], [1, 0], [0, 1]];
 * network.train(inputs, [0, 1, 2], 3_000);
 * assert.deepEqual(inputs.map((x) => network.classify(x)), [0, 1, 2]);
 * ```
 */
export class SoftmaxNetwork {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  /** The layers' parameters, the first reading the input, the last giving one sum per class. */
  readonly layers: readonly LayerParameters[];
  #random: () => number;

  /**
   * Builds the network from given parameters, or draws them for the given sizes.
   *
   * @param options The learning rate; `layers` or `sizes`; the random source.
   * @throws {TypeError} If the options are not an object, a size or parameter
   * is not a number, or `random` is not a function.
   * @throws {RangeError} If the learning rate is not a positive finite number,
   * the sizes or layers do not fit together, or the last layer has fewer than
   * two units (two classes).
   */
  constructor(options: SoftmaxNetworkOptions) {
    assertObject("the options", options);
    const { learningRate, random = seededRandom() } = options;
    assertPositiveFinite("the learning rate", learningRate);
    assertFunction("random", random);
    this.learningRate = learningRate;
    this.#random = random;
    if (options.layers) {
      assertArray("layers", options.layers);
      // A Layer checks and copies the parameters; the network keeps the copies.
      this.layers = options.layers.map((parameters) => {
        const { weights, biases } = new Layer(parameters);
        return { weights, biases };
      });
    } else {
      const sizes = options.sizes ?? [];
      assertSizes(sizes);
      this.layers = sizes.slice(1).map((units, l) => {
        const scale = Math.sqrt(2 / sizes[l]);
        const draw = () => standardNormal(random) * scale;
        return {
          weights: Array.from({ length: units }, () => Array.from({ length: sizes[l] }, draw)),
          biases: new Array(units).fill(0),
        };
      });
    }
    assertChained(this.layers);
    if (this.layers.length === 0 || this.layers.at(-1)!.weights.length < 2) {
      throw new RangeError("Expected the last layer to have at least two units, one per class");
    }
  }

  /** How many inputs the network reads. */
  get inputSize(): number {
    return this.layers[0].weights[0].length;
  }

  /** How many classes the network tells apart: one per output unit. */
  get classes(): number {
    return this.layers.at(-1)!.weights.length;
  }

  /**
   * Every layer's weighted sums for one input, and every layer's input: ReLU
   * of the sums below, the given input for the first layer.
   */
  #forward(input: readonly number[]): { inputs: (readonly number[])[]; sums: number[][] } {
    const inputs: (readonly number[])[] = [input];
    const sums: number[][] = [];
    this.layers.forEach(({ weights, biases }, l) => {
      const layerInput = inputs[l];
      const layerSums = weights.map((row, j) => dot(layerInput, row) + biases[j]);
      sums.push(layerSums);
      if (l < this.layers.length - 1) inputs.push(layerSums.map(relu));
    });
    return { inputs, sums };
  }

  /**
   * The network's prediction for one input: one probability per class.
   *
   * @param input One value per input.
   * @returns Probabilities that add up to 1; `classify` picks the largest.
   * @throws {RangeError} If the input's length is wrong or a value is not finite.
   */
  predict(input: readonly number[]): number[] {
    return softmax(this.#forward(input).sums.at(-1)!);
  }

  /**
   * The class the network finds most probable for one input.
   *
   * @param input One value per input.
   * @returns A class from 0 to `classes - 1` (the first, if several tie).
   * @throws {RangeError} If the input's length is wrong or a value is not finite.
   */
  classify(input: readonly number[]): number {
    const probabilities = this.predict(input);
    let best = 0;
    for (let k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) best = k;
    }
    return best;
  }

  /**
   * One sample's error: the cross-entropy of its prediction, `-log(p[target])`.
   *
   * @param input One value per input.
   * @param target The sample's class, a whole number from 0 to `classes - 1`.
   * @returns The error, 0 or more.
   * @throws {RangeError} If the input or the target does not fit the network,
   * or the right class's probability underflowed to 0.
   */
  error(input: readonly number[], target: number): number {
    return crossEntropy(this.predict(input), target);
  }

  /**
   * The gradients of the cross-entropy for one sample, by backpropagation. At
   * the output, the slope of the error at each class's sum (its delta) is the
   * class's probability minus 1 for the right class, and its probability for
   * the others; the delta of a hidden unit is the weighted sum of the deltas
   * above times its ReLU's slope, 1 or 0. Each weight's gradient is its unit's
   * delta times the input it reads, and each bias's is the delta, so the
   * gradients are kept as those two factors, layer by layer.
   *
   * @param input One value per input.
   * @param target The sample's class, a whole number from 0 to `classes - 1`.
   * @returns For each layer, its units' deltas and the input it read.
   * @throws {RangeError} If the input or the target does not fit the network.
   */
  computeGradients(input: readonly number[], target: number): LayerGradients[] {
    if (!Number.isInteger(target) || target < 0 || target >= this.classes) {
      throw new RangeError(
        `Expected the target to be a class from 0 to ${this.classes - 1}, got ${target}`,
      );
    }
    const { inputs, sums } = this.#forward(input);

    // Backward: the output's deltas are the probabilities minus the one-hot target.
    const last = this.layers.length - 1;
    const gradients: LayerGradients[] = new Array(this.layers.length);
    let deltas = softmax(sums[last]);
    deltas[target] -= 1;
    for (let l = last; l >= 0; l--) {
      gradients[l] = { deltas, inputs: inputs[l] };
      if (l > 0) {
        const weights = this.layers[l].weights;
        const above = deltas;
        deltas = sums[l - 1].map((sum, i) => {
          if (reluDerivative(sum) === 0) return 0; // a silent unit passes nothing back
          let total = 0;
          for (let j = 0; j < above.length; j++) total += weights[j][i] * above[j];
          return total;
        });
      }
    }
    return gradients;
  }

  /**
   * One step of gradient descent on every unit of every layer: each weight
   * moves by `-learningRate * delta * input` and each bias by
   * `-learningRate * delta`. A unit whose delta is 0, or an input that is 0,
   * changes nothing, so those are skipped (a silent ReLU unit, a blank pixel).
   *
   * @param gradients What {@link SoftmaxNetwork.computeGradients} returned.
   * @throws {RangeError} If the gradients are not shaped like the layers, or a
   * parameter is not finite after the step.
   */
  updateParameters(gradients: readonly LayerGradients[]): void {
    if (gradients.length !== this.layers.length) {
      throw new RangeError(
        `Expected gradients for ${this.layers.length} layers, got ${gradients.length}`,
      );
    }
    this.layers.forEach(({ weights }, l) => {
      const { deltas, inputs } = gradients[l];
      if (deltas.length !== weights.length || inputs.length !== weights[0].length) {
        throw new RangeError(
          `Expected ${weights.length} deltas and ${weights[0].length} inputs for layer ${l}, ` +
            `got ${deltas.length} and ${inputs.length}`,
        );
      }
    });
    // Every factor is checked before any parameter moves: a NaN must not reach the weights.
    gradients.forEach(({ deltas, inputs }, l) => {
      if (!deltas.every(Number.isFinite)) assertFiniteVector(`layer ${l}'s deltas`, deltas);
      if (!inputs.every(Number.isFinite)) assertFiniteVector(`layer ${l}'s inputs`, inputs);
    });
    this.layers.forEach(({ weights, biases }, l) => {
      const { deltas, inputs } = gradients[l];
      for (let j = 0; j < weights.length; j++) {
        const delta = deltas[j];
        if (delta === 0) continue;
        const row = weights[j];
        for (let i = 0; i < row.length; i++) {
          const x = inputs[i];
          if (x === 0) continue;
          row[i] -= delta * x * this.learningRate;
          if (!Number.isFinite(row[i])) assertFiniteVector(`layer ${l}'s weights[${j}]`, row);
        }
        biases[j] -= delta * this.learningRate;
        if (!Number.isFinite(biases[j])) assertFiniteVector(`layer ${l}'s biases`, biases);
      }
    });
  }

  /**
   * Trains with the lib's {@link train} loop, like the tutorial's network: each
   * iteration picks one sample at random, computes its gradients and updates
   * every layer; every 100th iteration records the cumulative cross-entropy
   * over all samples.
   *
   * @param inputs The samples.
   * @param targets Each sample's class, a whole number from 0 to `classes - 1`.
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
