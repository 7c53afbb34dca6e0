// The checks of a layered network's shape, where a learner's options enter: the sizes it is
// drawn for, or the layers it is given.

import { assertWhole } from "../_finite.ts";
import type { Layer } from "./layered_network.ts";

/** Throws a RangeError unless `sizes` holds at least two positive whole numbers. */
export function assertSizes(sizes: readonly number[]): void {
  if (sizes.length < 2) {
    throw new RangeError(
      `Expected sizes to hold at least two sizes, the input's and the output's, got [${sizes}]`,
    );
  }
  sizes.forEach((size, l) => assertWhole(`sizes[${l}]`, size, 1));
}

/**
 * Throws a RangeError unless every layer has units, one bias and one equally long row of finite
 * weights per unit, and reads as many inputs as the layer before it has units.
 */
export function assertLayers(layers: readonly Layer[]): void {
  if (layers.length === 0) throw new RangeError("Expected at least one layer");
  layers.forEach(({ weights, biases }, l) => {
    const reads = l === 0 ? weights[0]?.length : layers[l - 1].weights.length;
    if (weights.length === 0 || weights.length !== biases.length) {
      throw new RangeError(
        `Expected layer ${l} to have one bias per unit and at least one unit, got ` +
          `${weights.length} rows of weights and ${biases.length} biases`,
      );
    }
    weights.forEach((row, j) => {
      if (row.length !== reads || row.length === 0) {
        throw new RangeError(
          `Expected unit ${j} of layer ${l} to have ${reads} weights, one per input, got ${row.length}`,
        );
      }
      if (!row.every(Number.isFinite)) {
        throw new RangeError(`Expected unit ${j} of layer ${l}'s weights to be finite`);
      }
    });
    if (!biases.every(Number.isFinite)) {
      throw new RangeError(`Expected layer ${l}'s biases to be finite`);
    }
  });
}
