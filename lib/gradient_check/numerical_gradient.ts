/**
 * The gradient of a function estimated by central finite differences: nudge
 * each parameter a little up and down and see how the function changes,
 * `(f(p + h) - f(p - h)) / (2h)`. Slow, but it needs no calculus, so it checks
 * gradients computed by the chain rule.
 *
 * @param f The function of all the parameters, e.g. the error of one sample.
 * @param parameters Where to take the gradient.
 * @param h How far to nudge each parameter.
 * @returns One slope per parameter.
 * @throws {RangeError} If `h` is not a positive finite number or `f` returns a non-finite number.
 *
 * @example The slope of x^2 at 3 is 6
 * ```ts
 * import { assert } from "chai";
 * import { numericalGradient } from "./numerical_gradient.ts";
 *
 * const [slope] = numericalGradient(([x]) => x * x, [3]);
 * assert.closeTo(slope, 6, 1e-8);
 * ```
 */
export function numericalGradient(
  f: (parameters: readonly number[]) => number,
  parameters: readonly number[],
  h = 1e-5,
): number[] {
  if (!(Number.isFinite(h) && h > 0)) {
    throw new RangeError(`Expected the step h to be a positive finite number, got ${h}`);
  }
  const nudged = [...parameters];
  return parameters.map((p, i) => {
    nudged[i] = p + h;
    const up = f(nudged);
    nudged[i] = p - h;
    const down = f(nudged);
    nudged[i] = p;
    const slope = (up - down) / (2 * h);
    if (!Number.isFinite(slope)) {
      throw new RangeError(`The function is not finite around parameter ${i} = ${p}`);
    }
    return slope;
  });
}
