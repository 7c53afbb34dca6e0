import { assert } from "chai";
import fc from "fast-check";
import { anyValue, anyVector, finiteOrRefused } from "../_property.ts";
import { numericalGradient } from "./numerical_gradient.ts";

Deno.test("numericalGradient finds the slopes of a function of several parameters", () => {
  // f(x, y) = x^2 * y + 3y has slopes 2xy and x^2 + 3; at (2, 5): 20 and 7.
  const [dx, dy] = numericalGradient(([x, y]) => x * x * y + 3 * y, [2, 5]);
  assert.closeTo(dx, 20, 1e-8);
  assert.closeTo(dy, 7, 1e-8);
});

Deno.test("numericalGradient leaves the parameters it was given unchanged", () => {
  const parameters = [1, 2, 3];
  numericalGradient((p) => p.reduce((a, b) => a + b, 0), parameters);
  assert.deepEqual(parameters, [1, 2, 3]);
});

Deno.test("numericalGradient refuses a bad step or a function that is not finite", () => {
  assert.throws(() => numericalGradient(([x]) => x, [1], 0), RangeError, "positive finite");
  assert.throws(() => numericalGradient(([x]) => Math.sqrt(x), [0]), RangeError, "parameter 0 = 0");
  assert.throws(
    () => numericalGradient(([, b]) => Math.sqrt(b), [5, 0]),
    RangeError,
    "The function is not finite around parameter 1 = 0",
  );
});

Deno.test("numericalGradient refuses parameters or a function value that are not numbers", () => {
  const fromJavaScript = numericalGradient as (f: unknown, p: unknown, h?: unknown) => number[];
  assert.throws(() => fromJavaScript(([x]: number[]) => x, [NaN]), RangeError, "parameters[0]");
  assert.throws(() => fromJavaScript(([x]: number[]) => x, ["1"]), TypeError, "parameters[0]");
  assert.throws(() => fromJavaScript(() => "1", [1]), TypeError, "f's value around parameter 0");
  assert.throws(() => fromJavaScript("f", [1]), TypeError, "Expected f to be a function");
  assert.throws(() => fromJavaScript(([x]: number[]) => x, [1], "1e-5"), TypeError, "the step h");
});

Deno.test("property: numericalGradient of any parameters and step is finite slopes or a refusal", () => {
  const f = ([x, y]: readonly number[]) => x * x + 3 * y;
  fc.assert(
    fc.property(
      anyVector(2),
      anyValue,
      (parameters, h) =>
        finiteOrRefused(() => numericalGradient(f, parameters as number[], h as number)),
    ),
  );
});

Deno.test("the step is 1e-5 by default: x^3's central difference at 0 is h^2, 1e-10", () => {
  const [slope] = numericalGradient(([x]) => x ** 3, [0]);
  assert.closeTo(slope, 1e-10, 1e-13);
  assert.closeTo(numericalGradient(([x]) => x ** 3, [0], 1e-3)[0], 1e-6, 1e-12);
});

Deno.test("a value that is not a number is refused on either side of a parameter", () => {
  const fromJavaScript = numericalGradient as (f: unknown, p: number[]) => number[];
  const above = ([x]: number[]) => x > 1 ? "2" : x;
  const below = ([x]: number[]) => x < 1 ? "0" : x;
  for (const f of [above, below]) {
    assert.throws(() => fromJavaScript(f, [1]), TypeError, "f's value around parameter 0");
  }
});
