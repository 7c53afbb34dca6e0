/**
 * The derivative of the ReLU: 1 where the unit is active (`x > 0`), 0 where it
 * is silent. The chain rule multiplies by it, so the error flows back through
 * active units unchanged and not at all through silent ones. At exactly 0,
 * where the ReLU has a corner, it is 0, as in PyTorch and TensorFlow.
 *
 * @param x Any finite number, e.g. a hidden unit's weighted sum.
 * @returns 1 if `x > 0`, else 0.
 *
 * @example A slope of one or zero
 * ```ts
 * import { assert } from "chai";
 * import { reluDerivative } from "./relu_derivative.ts";
 *
 * assert.equal(reluDerivative(2), 1);
 * assert.equal(reluDerivative(-2), 0);
 * ```
 */
export function reluDerivative(x: number): number {
  return x > 0 ? 1 : 0;
}
