// The checks both layered networks make of their shape: the sizes they are drawn for, and layers
// that feed one another.

import { assertArray, assertWhole } from "../_finite.ts";

/**
 * Throws unless `sizes` holds at least two positive whole numbers: the inputs, then each layer.
 *
 * @throws {TypeError} If `sizes` is not an array or a size is not a number.
 * @throws {RangeError} If there are fewer than two sizes or one is not a positive whole number.
 */
export function assertSizes(sizes: unknown): asserts sizes is readonly number[] {
  assertArray("sizes", sizes);
  sizes.forEach((size, l) => assertWhole(`sizes[${l}]`, size, 0));
  const numbers = sizes as readonly number[];
  if (numbers.length < 2 || !numbers.every((size) => size > 0)) {
    throw new RangeError(
      `Expected sizes to be at least two positive whole numbers, got [${numbers.join(", ")}]`,
    );
  }
}

/**
 * Throws unless each layer reads as many inputs as the layer before it has units.
 *
 * @throws {RangeError} Naming the first layer that does not fit the one before it.
 */
export function assertChained(layers: readonly { weights: readonly (readonly number[])[] }[]) {
  layers.forEach((layer, l) => {
    const previous = layers[l - 1];
    if (previous && layer.weights[0].length !== previous.weights.length) {
      throw new RangeError(
        `Layer ${l} reads ${layer.weights[0].length} inputs but layer ${l - 1} has ` +
          `${previous.weights.length} units`,
      );
    }
  });
}
