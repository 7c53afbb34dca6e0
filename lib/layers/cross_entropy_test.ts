import { assert } from "chai";
import { crossEntropy } from "./cross_entropy.ts";
import { softmax } from "./softmax.ts";

Deno.test("the cross-entropy is -log of the right class's probability", () => {
  assert.closeTo(crossEntropy([0.9, 0.1], 0), 0.10536052, 5e-9);
  assert.closeTo(crossEntropy([0.9, 0.1], 1), 2.30258509, 5e-9);
  assert.closeTo(crossEntropy([0.2, 0.5, 0.3], 2), -Math.log(0.3), 1e-15);
});

Deno.test("sure and right costs exactly 0; a guess among ten costs log(10)", () => {
  const sure = crossEntropy([0, 1, 0], 1);
  assert.equal(sure, 0);
  assert.isFalse(Object.is(sure, -0), "0, not -0");
  assert.closeTo(crossEntropy(new Array(10).fill(0.1), 3), Math.log(10), 1e-15);
});

Deno.test("a confident mistake costs far more than a hesitant one, and without bound", () => {
  // The right class is 1; the network leans to class 0, a little or a lot.
  const hesitant = softmax([0.2, 0]);
  const confident = softmax([5, 0]);
  assert.closeTo(crossEntropy(hesitant, 1), 0.79813887, 5e-9);
  assert.closeTo(crossEntropy(confident, 1), 5.00671535, 5e-9);
  // The squared error of the same two mistakes grows by a factor of 3.3, not 6.3.
  assert.closeTo((1 - confident[1]) ** 2 / (1 - hesitant[1]) ** 2, 3.26, 0.005);
  assert.closeTo(crossEntropy(softmax([40, 0]), 1), 40, 1e-12);
});

Deno.test("a target that is not a class, or a probability of 0, is refused", () => {
  assert.throws(() => crossEntropy([0.5, 0.5], 2), RangeError, "from 0 to 1, got 2");
  assert.throws(() => crossEntropy([0.5, 0.5], 0.5), RangeError, "got 0.5");
  assert.throws(() => crossEntropy([0.5, 0.5], -1), RangeError, "got -1");
  assert.throws(() => crossEntropy([1, 0], 1), RangeError, "infinite");
  assert.throws(() => crossEntropy([NaN, 1], 0), RangeError, "is NaN");
  assert.throws(
    () => crossEntropy([1.5, 0], 0),
    "The probability of the right class 0 is 1.5: expected a number above 0 and at most 1 " +
      "(0 would make the cross-entropy infinite)",
  );
  assert.throws(() => crossEntropy([0, 0.5, 0.5], 0), RangeError, "right class 0 is 0:");
  assert.throws(() => crossEntropy([1.0000000000000002, 0], 0), RangeError, "at most 1");
  assert.isTrue(Object.is(crossEntropy([1, 0], 0), 0), "sure and right: +0, not -0");
});
