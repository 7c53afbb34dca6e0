import { assert } from "chai";
import fc from "fast-check";
import { sigmoid } from "./sigmoid.ts";
import { sigmoidDerivative } from "./sigmoid_derivative.ts";

Deno.test("sigmoidDerivative is sigmoid(x) * (1 - sigmoid(x)), 0.25 at 0", () => {
  assert.equal(sigmoidDerivative(0), 0.25);
  for (const x of [-3, -0.5, 1.91, 4]) {
    assert.closeTo(sigmoidDerivative(x), sigmoid(x) * (1 - sigmoid(x)), 1e-16);
  }
});

Deno.test("sigmoidDerivative matches a central finite difference of sigmoid", () => {
  const h = 1e-5;
  for (const x of [-4, -1, 0, 0.3, 1.91, 6]) {
    const slope = (sigmoid(x + h) - sigmoid(x - h)) / (2 * h);
    assert.closeTo(sigmoidDerivative(x), slope, 1e-10);
  }
});

Deno.test("property: sigmoidDerivative matches a central finite difference everywhere", () => {
  const h = 1e-5;
  fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
    const slope = (sigmoid(x + h) - sigmoid(x - h)) / (2 * h);
    return Math.abs(sigmoidDerivative(x) - slope) <= 1e-10;
  }));
});
