import {
  assertFiniteVector,
  assertFunction,
  assertNumber,
  assertPositiveFinite,
} from "../_finite.ts";

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
 * @throws {TypeError} If `f` is not a function or returns a value that is not
 * a number, or a parameter is not a number.
 * @throws {RangeError} If a parameter is not finite, `h` is not a positive
 * finite number, or `f` is not finite around a parameter.
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
  assertFunction("f", f);
  assertFiniteVector("parameters", parameters);
  assertPositiveFinite("the step h", h);
  const nudged = parameters.slice();
  return parameters.map((p, i) => {
    nudged[i] = p + h;
    const up = f(nudged);
    nudged[i] = p - h;
    const down = f(nudged);
    assertNumber(`f's value around parameter ${i}`, up);
    assertNumber(`f's value around parameter ${i}`, down);
    nudged[i] = p;
    const slope = (up - down) / (2 * h);
    if (!Number.isFinite(slope)) {
      throw new RangeError(`The function is not finite around parameter ${i} = ${p}`);
    }
    return slope;
  });
}
