import { sigmoid } from "./sigmoid.ts";

/**
 * The derivative of the sigmoid, `sigmoid(x) * (1 - sigmoid(x))`: how much the
 * sigmoid's output changes when its input changes a little. The chain rule
 * needs it to carry the error back through the activation.
 *
 * @param x Any finite number, e.g. the weighted sum of layer 1.
 * @returns A number between 0 and 0.25 (0.25 at x = 0).
 *
 * @example The sigmoid is steepest at zero
 * ```ts
 * import { assert } from "chai";
 * import { sigmoidDerivative } from "./sigmoid_derivative.ts";
 *
 * assert.equal(sigmoidDerivative(0), 0.25);
 * ```
 */
export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}
