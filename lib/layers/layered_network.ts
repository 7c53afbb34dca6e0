import { assertPositiveFinite } from "../_finite.ts";
import { dot } from "../dot.ts";
import { predictedClass } from "../predicted_class.ts";
import { randn } from "../random/_randn.ts";
import type { RandomState } from "../random/random_state.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { sigmoid } from "../sigmoid.ts";
import { sigmoidDerivative } from "../sigmoid_derivative.ts";
import { train } from "../train.ts";
import { assertFiniteUpdate } from "../_update.ts";
import { assertLayers, assertSizes } from "./_architecture.ts";
import { crossEntropy } from "./cross_entropy.ts";
import { relu } from "./relu.ts";
import { reluDerivative } from "./relu_derivative.ts";
import { softmax } from "./softmax.ts";

/** One layer's parameters, or their gradients: `weights[j]` and `biases[j]` belong to unit j. */
export interface Layer {
  /** One row per unit, one weight per input. */
  weights: number[][];
  /** One bias per unit. */
  biases: number[];
}

/** A sigmoid output gives one probability, of class 1; a softmax output one per class. */
export type Output = "sigmoid" | "softmax";

/** What `predict` returns for an output: a probability, or one per class. */
export type Prediction<O extends Output> = O extends "softmax" ? number[] : number;

/** How to build a {@link LayeredNetwork}: the tutorial's choices unless told otherwise. */
export interface LayeredNetworkOptions<O extends Output = "sigmoid"> {
  /** The step size of gradient descent, e.g. 1. */
  learningRate: number;
  /** Units per layer, the input first and the output last, e.g. [2, 4, 1]. */
  sizes?: readonly number[];
  /** Given parameters, one per layer (copied); `sizes` is then not needed. */
  layers?: readonly Layer[];
  /** The hidden units: "sigmoid" (the tutorial's) or "relu", `max(0, sum)`. */
  hidden?: "sigmoid" | "relu";
  /** "sigmoid", one unit (the tutorial's), or "softmax", one unit per class. */
  output?: O;
  /** "squared", `(prediction - target)^2` (the tutorial's), or "cross-entropy", `-log(p)`. */
  error?: "squared" | "cross-entropy";
  /** "normal" draws every parameter from a standard normal (the tutorial's); "he" scales the
   * weights by `sqrt(2 / inputs)` and starts the biases at 0. */
  initialisation?: "normal" | "he";
  /**
   * Weight decay (L2 regularisation), 0 by default: each update also moves every weight by
   * `-learningRate * l2 * weight`, the gradient of the penalty `l2 / 2 * weight^2`, so that
   * weights the data does not keep asking for shrink towards 0. Biases do not decay, and
   * `error` stays the data's error, without the penalty.
   */
  l2?: number;
  /**
   * Draws the parameters (`randn`) and the training samples (`randint`): a {@link RandomState},
   * as NumPy's `np.random.seed(seed)` draws them, or a function of uniform numbers in [0, 1).
   */
  random?: RandomState | (() => number);
}

/**
 * The tutorial's network with hidden layers: each layer's units compute
 * `activation(dot(input, weights[j]) + biases[j])` and feed the next, and it
 * learns by the tutorial's chain rule and stochastic gradient descent carried
 * back through every layer. Lessons 10 and 11 use it as the tutorial has it;
 * lesson 12 changes four options: ReLU hidden units, a softmax output, the
 * cross-entropy error and He initialisation.
 *
 * @example A hidden layer of four units learns XOR
 * ```ts
 * import { assert } from "chai";
 * import { LayeredNetwork } from "./layered_network.ts";
 * import { seededRandom } from "../random/seeded_random.ts";
 *
 * const network = new LayeredNetwork({ learningRate: 1, sizes: [2, 4, 1], random: seededRandom(42) });
 * network.train([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 20_000);
 * assert.isBelow(network.predict([0, 0]), 0.5);
 * assert.isAbove(network.predict([0, 1]), 0.5);
 * ```
 */
export class LayeredNetwork<O extends Output = "sigmoid"> {
  /** The step size of gradient descent. */
  readonly learningRate: number;
  /** The hidden units' activation. */
  readonly hidden: "sigmoid" | "relu";
  /** The output layer's activation. */
  readonly output: Output;
  /** The error each sample's gradients descend. */
  readonly errorKind: "squared" | "cross-entropy";
  /** The weight decay each update applies: 0 for none. */
  readonly l2: number;
  #layers: Layer[];
  #random: RandomState | (() => number);

  /**
   * Builds the network from given parameters, or draws them for the given sizes.
   *
   * @throws {RangeError} If the learning rate is not a positive finite number,
   * the weight decay is not a finite number of at least 0, the sizes or layers do not fit together or hold a value that is not finite,
   * or the output layer's size does not fit the output (1 unit for a sigmoid,
   * at least 2 for a softmax).
   */
  constructor(options: LayeredNetworkOptions<O>) {
    const { learningRate, random = seededRandom(), hidden = "sigmoid", l2 = 0 } = options;
    assertPositiveFinite("the learning rate", learningRate);
    if (!(Number.isFinite(l2) && l2 >= 0)) {
      throw new RangeError(
        `Expected the weight decay l2 to be a finite number of at least 0, got ${l2}`,
      );
    }
    this.learningRate = learningRate;
    this.l2 = l2;
    this.hidden = hidden;
    this.output = options.output ?? "sigmoid";
    this.errorKind = options.error ?? "squared";
    this.#random = random;
    if (options.layers) {
      assertLayers(options.layers);
      this.#layers = options.layers.map(({ weights, biases }) => ({
        weights: weights.map((row) => [...row]),
        biases: [...biases],
      }));
    } else {
      const sizes = options.sizes ?? [];
      assertSizes(sizes);
      const he = options.initialisation === "he";
      this.#layers = sizes.slice(1).map((units, l) => {
        const scale = Math.sqrt(2 / sizes[l]);
        const draw = () => he ? randn(random) * scale : randn(random);
        const weights = Array.from({ length: units }, () => Array.from({ length: sizes[l] }, draw));
        return { weights, biases: Array.from({ length: units }, () => he ? 0 : draw()) };
      });
    }
    const outputs = this.#layers.at(-1)!.weights.length;
    if (this.output === "sigmoid" ? outputs !== 1 : outputs < 2) {
      throw new RangeError(
        `Expected a ${this.output} output layer of ${
          this.output === "sigmoid" ? "exactly 1 unit" : "at least 2 units, one per class"
        }, got ${outputs}`,
      );
    }
  }

  /** The layers' parameters, the first reading the input, the last giving the output. */
  get layers(): readonly Layer[] {
    return this.#layers;
  }

  /** How many inputs the network reads. */
  get inputSize(): number {
    return this.#layers[0].weights[0].length;
  }

  /** How many classes the network tells apart: 2 for a sigmoid output, else one per unit. */
  get classes(): number {
    return this.output === "sigmoid" ? 2 : this.#layers.at(-1)!.weights.length;
  }

  /** Every layer's input (`activations[l]`) and weighted sums (`sums[l]`), in a forward pass. */
  #forward(input: readonly number[]) {
    const activations: (readonly number[])[] = [input];
    const sums: number[][] = [];
    const activation = this.hidden === "relu" ? relu : sigmoid;
    this.#layers.forEach(({ weights, biases }, l) => {
      const layerSums = weights.map((row, j) => dot(activations[l], row) + biases[j]);
      sums.push(layerSums);
      if (l < this.#layers.length - 1) activations.push(layerSums.map(activation));
    });
    const last = sums.at(-1)!;
    const probabilities = this.output === "softmax" ? softmax(last) : last.map(sigmoid);
    return { activations, sums, probabilities };
  }

  /** The output for one input: the probability of class 1, or (softmax) one per class. */
  predict(input: readonly number[]): Prediction<O> {
    const { probabilities } = this.#forward(input);
    return (this.output === "softmax" ? probabilities : probabilities[0]) as Prediction<O>;
  }

  /**
   * What each hidden layer's units give for one input, in a forward pass: `[layer][unit]`, the
   * first hidden layer first. Each unit of the first hidden layer draws its own line in the
   * input plane (where its weighted sum is 0); the output combines them.
   *
   * @example XOR's hidden units, each one sigmoid of its own weighted sum
   * ```ts
   * import { assert } from "chai";
   * import { LayeredNetwork } from "./layered_network.ts";
   * import { sigmoid } from "../sigmoid.ts";
   *
   * const network = new LayeredNetwork({
   *   learningRate: 1,
   *   layers: [
   *     { weights: [[5, 5], [-5, -5]], biases: [-2, 8] },
   *     { weights: [[6, 6]], biases: [-9] },
   *   ],
   * });
   * const [units] = network.hiddenActivations([1, 0]);
   * assert.deepEqual(units, [sigmoid(5 - 2), sigmoid(-5 + 8)]);
   * ```
   */
  hiddenActivations(input: readonly number[]): number[][] {
    return this.#forward(input).activations.slice(1).map((units) => [...units]);
  }

  /** The most probable class for one input (the first, if several tie). */
  classify(input: readonly number[]): number {
    const { probabilities: p } = this.#forward(input);
    if (this.output === "sigmoid") return predictedClass(p[0]);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    return best;
  }

  /** One sample's error: squared, `(p - target)^2` summed over the outputs, or cross-entropy. */
  error(input: readonly number[], target: number): number {
    const p = this.#forward(input).probabilities;
    const classes = this.output === "sigmoid" ? [1 - p[0], p[0]] : p;
    if (this.errorKind === "cross-entropy") return crossEntropy(classes, target);
    const wanted = this.output === "sigmoid" ? [target] : p.map((_, k) => k === target ? 1 : 0);
    return p.reduce((sum, pk, k) => sum + (pk - wanted[k]) * (pk - wanted[k]), 0);
  }

  /**
   * The gradients of the error for one sample by backpropagation, shaped like
   * the layers: each unit's delta (the error's slope at its weighted sum) times
   * each input it reads for the weights, the delta itself for the bias. The
   * delta of a unit below is the weighted sum of the deltas above times its own
   * activation's slope.
   */
  computeGradients(input: readonly number[], target: number): Layer[] {
    const { activations, sums, probabilities: p } = this.#forward(input);
    const last = this.#layers.length - 1;
    let deltas = this.#outputDeltas(p, sums[last], target);
    const slope = this.hidden === "relu" ? reluDerivative : sigmoidDerivative;
    const gradients: Layer[] = new Array(this.#layers.length);
    for (let l = last; l >= 0; l--) {
      const x = activations[l];
      gradients[l] = {
        // Each unit's delta times each of its inputs, in a plain loop: lesson 12 takes 28,760
        // steps, and this loop and the one in updateParameters halve its time against map.
        weights: deltas.map((delta) => {
          const row = new Array<number>(x.length);
          for (let i = 0; i < x.length; i++) row[i] = delta * x[i];
          return row;
        }),
        biases: deltas,
      };
      if (l > 0) {
        const weights = this.#layers[l].weights;
        const above = deltas;
        deltas = sums[l - 1].map((sum, i) =>
          above.reduce((total, delta, j) => total + weights[j][i] * delta, 0) * slope(sum)
        );
      }
    }
    return gradients;
  }

  /** The error's slope at each output sum. */
  #outputDeltas(p: number[], sums: number[], target: number): number[] {
    if (this.output === "sigmoid") {
      return [
        this.errorKind === "squared"
          ? 2 * (p[0] - target) * sigmoidDerivative(sums[0])
          : p[0] - target,
      ];
    }
    const deltas = [...p];
    deltas[target] -= 1; // p - onehot: the cross-entropy's slope through a softmax
    if (this.errorKind === "cross-entropy") return deltas;
    // Squared error through a softmax: its slope g = 2(p - onehot) times the softmax's Jacobian.
    const mean = deltas.reduce((sum, d, k) => sum + 2 * d * p[k], 0);
    return deltas.map((d, k) => p[k] * (2 * d - mean));
  }

  /**
   * One step of gradient descent: every parameter moves by `-learningRate *
   * gradient`, and with weight decay every weight also by `-learningRate * l2 *
   * weight`. All or nothing: the new values are computed, checked finite, then
   * kept.
   *
   * @throws {RangeError} If a new value is not finite (the network is left unchanged).
   */
  updateParameters(gradients: readonly Layer[]): void {
    const [rate, l2] = [this.learningRate, this.l2];
    const next = this.#layers.map(({ weights, biases }, l) => ({
      weights: weights.map((row, j) => {
        // w - (gradient + l2 * w) * rate for each weight of the row, in a plain loop (as above).
        const slopes = gradients[l].weights[j];
        const moved = new Array<number>(row.length);
        for (let i = 0; i < row.length; i++) moved[i] = row[i] - (slopes[i] + l2 * row[i]) * rate;
        return moved;
      }),
      biases: biases.map((b, j) => b - gradients[l].biases[j] * rate),
    }));
    for (const { weights, biases } of next) {
      for (const row of weights) assertFiniteUpdate(row);
      assertFiniteUpdate(biases);
    }
    this.#layers = next;
  }

  /**
   * Trains with the lib's {@link train} loop, like the tutorial's single
   * neuron: one random sample per iteration, the cumulative error every 100th.
   *
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
