import {
  assertArray,
  assertFiniteVector,
  assertFunction,
  assertObject,
  assertWhole,
} from "../_finite.ts";
import { dot } from "../dot.ts";
import { sigmoid } from "../sigmoid.ts";
import { standardNormal } from "../random/standard_normal.ts";

/** The most weights {@link Layer.random} draws for one layer: 10 million, 80 MB of numbers. */
const MAX_WEIGHTS = 10_000_000;

/** The parameters of one layer: `weights[j]` are unit j's weights, `biases[j]` its bias. */
export interface LayerParameters {
  /** One row per unit, one weight per input. */
  weights: number[][];
  /** One bias per unit. */
  biases: number[];
}

/**
 * One layer of sigmoid units: unit j computes, like the tutorial's single
 * neuron, `sigmoid(dot(input, weights[j]) + biases[j])`. A layer is several
 * such neurons side by side, all reading the same input.
 *
 * @example Two units reading two inputs
 * ```ts
 * import { assert } from "chai";
 * import { Layer } from "./layer.ts";
 *
 * const layer = new Layer({ weights: [[1.45, -0.66], [0, 0]], biases: [0, 0] });
 * const { outputs } = layer.forward([1.66, 1.56]);
 * assert.closeTo(outputs[0], 0.7985731, 5e-8);
 * assert.equal(outputs[1], 0.5);
 * ```
 */
export class Layer {
  /** One row of weights per unit, each as long as the input. */
  readonly weights: number[][];
  /** One bias per unit. */
  readonly biases: number[];

  /**
   * Builds a layer from its parameters (copied).
   *
   * @param parameters One row of weights and one bias per unit.
   * @throws {TypeError} If the parameters are not an object of arrays of numbers.
   * @throws {RangeError} If there are no units, a row is empty, the rows differ
   * in length or from the number of biases, or a value is not finite.
   */
  constructor(parameters: LayerParameters) {
    assertObject("the layer's parameters", parameters);
    const { weights, biases } = parameters;
    assertArray("weights", weights);
    assertArray("biases", biases);
    if (weights.length === 0 || weights.length !== biases.length) {
      throw new RangeError(
        `Expected one bias per unit and at least one unit: ${weights.length} rows of weights, ` +
          `${biases.length} biases`,
      );
    }
    weights.forEach((row, j) => {
      assertArray(`weights[${j}]`, row);
      if (row.length !== weights[0].length || row.length === 0) {
        throw new RangeError(`Row ${j} has ${row.length} weights, row 0 has ${weights[0].length}`);
      }
      assertFiniteVector(`weights[${j}]`, row);
    });
    assertFiniteVector("biases", biases);
    this.weights = weights.map((row) => [...row]);
    this.biases = [...biases];
  }

  /**
   * A layer whose weights and biases are standard normal draws.
   *
   * @param inputSize How many inputs each unit reads.
   * @param units How many units the layer has.
   * @param random Uniform numbers in [0, 1), e.g. `seededRandom(42)`.
   * @returns The new layer.
   * @throws {TypeError} If a size is not a number or `random` is not a function.
   * @throws {RangeError} If a size is not a positive whole number, or the layer
   * would hold more than 10 million weights.
   */
  static random(inputSize: number, units: number, random: () => number): Layer {
    assertWhole("the input size", inputSize, 1);
    assertWhole("the number of units", units, 1);
    assertFunction("random", random);
    if (inputSize * units > MAX_WEIGHTS) {
      throw new RangeError(
        `A layer of ${units} units reading ${inputSize} inputs would hold ${inputSize * units} ` +
          `weights, more than ${MAX_WEIGHTS}`,
      );
    }
    const draw = () => standardNormal(random);
    return new Layer({
      weights: Array.from({ length: units }, () => Array.from({ length: inputSize }, draw)),
      biases: Array.from({ length: units }, draw),
    });
  }

  /** How many inputs each unit reads. */
  get inputSize(): number {
    return this.weights[0].length;
  }

  /**
   * The layer's forward pass.
   *
   * @param input One value per weight of a unit.
   * @returns `sums`, each unit's weighted sum plus bias, and `outputs`, their sigmoids.
   * @throws {TypeError} If the input is not an array of numbers.
   * @throws {RangeError} If the input's length is wrong, a value is not
   * finite, or a sum overflows.
   */
  forward(input: readonly number[]): { sums: number[]; outputs: number[] } {
    const sums = this.weights.map((row, j) => dot(input, row) + this.biases[j]);
    return { sums, outputs: sums.map(sigmoid) };
  }
}
