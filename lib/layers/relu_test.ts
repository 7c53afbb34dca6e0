import { assert } from "chai";
import fc from "fast-check";
import { relu } from "./relu.ts";
import { reluDerivative } from "./relu_derivative.ts";

Deno.test("ReLU passes a positive sum on and cuts a negative one to 0", () => {
  assert.equal(relu(1.91), 1.91);
  assert.equal(relu(0), 0);
  assert.equal(relu(-0.5), 0);
  assert.isFalse(Object.is(relu(-0.5), -0), "0, not -0");
  assert.isTrue(Object.is(relu(-0), 0), "a sum of -0 is cut too: +0, as max(0, -0) is");
  assert.equal(relu(5e-324), 5e-324, "the smallest positive sum fires");
});

Deno.test("the ReLU's slope is 1 where the unit fires and 0 elsewhere, 0 at the corner", () => {
  assert.equal(reluDerivative(2), 1);
  assert.equal(reluDerivative(1e-300), 1);
  assert.equal(reluDerivative(0), 0);
  assert.equal(reluDerivative(-2), 0);
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

Deno.test("property: the ReLU's derivative matches a finite difference away from the corner", () => {
  fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
    const h = 1e-4 * Math.max(1, Math.abs(x)); // a step in proportion, so rounding stays small
    fc.pre(Math.abs(x) > 2 * h);
    return Math.abs((relu(x + h) - relu(x - h)) / (2 * h) - reluDerivative(x)) < 1e-6;
  }));
});

Deno.test("property: relu(x) is x or 0, never below 0, and relu(x) - relu(-x) = x", () => {
  fc.assert(fc.property(finite, (x) => {
    const y = relu(x);
    return y >= 0 && (y === x || y === 0) && relu(x) - relu(-x) === x;
  }));
});
