import { assert } from "chai";
import { DECISION_THRESHOLD, predictedClass } from "./predicted_class.ts";

Deno.test("above 0.5 is class 1, below is class 0", () => {
  assert.equal(DECISION_THRESHOLD, 0.5);
  assert.equal(predictedClass(0.7985731), 1);
  assert.equal(predictedClass(0.87101915), 1);
  assert.equal(predictedClass(0.01496248), 0);
  assert.equal(predictedClass(0.5), 0);
});

Deno.test("predictedClass of NaN throws instead of guessing", () => {
  assert.throws(() => predictedClass(NaN), RangeError, "NaN");
});
