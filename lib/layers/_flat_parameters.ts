// For the gradient checks of the layered networks' tests: all parameters as one list, the form
// finite differences nudge one at a time, and back.

import type { Layer as LayerParameters } from "./layered_network.ts";

/** All parameters in one list, layer by layer: each unit's weights, then the biases. */
export function flatten(layers: readonly LayerParameters[]): number[] {
  return layers.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]);
}

/** The inverse of flatten, for layers shaped like `shape`. */
export function unflatten(
  values: readonly number[],
  shape: readonly LayerParameters[],
): LayerParameters[] {
  let k = 0;
  return shape.map(({ weights, biases }) => ({
    weights: weights.map((row) => row.map(() => values[k++])),
    biases: biases.map(() => values[k++]),
  }));
}
