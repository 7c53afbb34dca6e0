/**
 * The ReLU activation (rectified linear unit), `max(0, x)`: a unit passes its
 * weighted sum on when it is positive and stays silent otherwise. Unlike the
 * sigmoid it never flattens out for large sums, so the chain rule carries the
 * error back through many units without shrinking it; most networks today use
 * it in their hidden layers.
 *
 * @param x Any finite number, e.g. a hidden unit's weighted sum.
 * @returns `x` when it is positive, else 0.
 *
 * @example Negative sums are cut to zero
 * ```ts
 * import { assert } from "chai";
 * import { relu } from "./relu.ts";
 *
 * assert.equal(relu(1.91), 1.91);
 * assert.equal(relu(-0.5), 0);
 * ```
 */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}
