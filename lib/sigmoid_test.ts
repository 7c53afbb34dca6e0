import { assert } from "chai";
import fc from "fast-check";
import { sigmoid } from "./sigmoid.ts";

Deno.test("sigmoid(0) is 0.5, exactly on the decision threshold", () => {
  assert.equal(sigmoid(0), 0.5);
});

Deno.test("sigmoid stays in (0, 1) and approaches 0 and 1 at the ends", () => {
  assert.closeTo(sigmoid(-10), 4.53978687e-5, 5e-14);
  assert.closeTo(sigmoid(10), 0.9999546, 5e-8);
  assert.equal(sigmoid(-1000), 0, "underflows to 0 without a NaN");
  assert.equal(sigmoid(1000), 1);
});

Deno.test("sigmoid of layer 1 = 1.3774 is 0.7985731 and of 1.91 is 0.87101915", () => {
  assert.closeTo(sigmoid(1.3774), 0.7985731, 5e-8);
  assert.closeTo(sigmoid(1.91), 0.87101915, 5e-9);
});

// Properties, checked on many random numbers by fast-check.

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

Deno.test("property: sigmoid stays in (0, 1) where floating point can tell, and in [0, 1] always", () => {
  // Beyond |x| = 36, 1 / (1 + e^-x) rounds to exactly 1 (and far below, to 0).
  fc.assert(fc.property(fc.double({ min: -36, max: 36, noNaN: true }), (x) => {
    const s = sigmoid(x);
    return s > 0 && s < 1;
  }));
  fc.assert(fc.property(finite, (x) => sigmoid(x) >= 0 && sigmoid(x) <= 1));
});

Deno.test("property: sigmoid is increasing", () => {
  fc.assert(
    fc.property(
      finite,
      finite,
      (x, y) => x > y ? sigmoid(x) >= sigmoid(y) : sigmoid(x) <= sigmoid(y),
    ),
  );
});

Deno.test("property: sigmoid(-x) = 1 - sigmoid(x)", () => {
  fc.assert(fc.property(finite, (x) => Math.abs(sigmoid(-x) - (1 - sigmoid(x))) <= 1e-15));
});
