import { assert } from "chai";
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
});
