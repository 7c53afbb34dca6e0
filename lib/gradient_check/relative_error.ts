import { assertFinite } from "../_finite.ts";

/**
 * How far apart two numbers are, relative to their size:
 * `|a - b| / max(|a|, |b|)`, and 0 when both are 0. A gradient check compares
 * an analytic and a numerical gradient this way; below 1e-7 they agree.
 *
 * @param a One number, e.g. the gradient from the chain rule.
 * @param b The other, e.g. the gradient from finite differences.
 * @returns A number from 0 (equal) to 2 (opposite signs).
 * @throws {TypeError} If an argument is not a number.
 * @throws {RangeError} If an argument is not finite.
 *
 * @example Close gradients
 * ```ts
 * import { assert } from "chai";
 * import { relativeError } from "./relative_error.ts";
 *
 * assert.isBelow(relativeError(0.19570893, 0.195708930001), 1e-10);
 * assert.equal(relativeError(0, 0), 0);
 * ```
 */
export function relativeError(a: number, b: number): number {
  assertFinite("a", a);
  assertFinite("b", b);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0) return 0;
  const difference = a - b;
  // Two huge numbers of opposite signs overflow a - b: then divide first.
  return Number.isFinite(difference)
    ? Math.abs(difference) / scale
    : Math.abs(a / scale - b / scale);
}
