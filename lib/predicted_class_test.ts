import { assert } from "chai";
import fc from "fast-check";
import { anyValue, finiteOrRefused } from "./_property.ts";
import { DECISION_THRESHOLD, predictedClass } from "./predicted_class.ts";

Deno.test("above 0.5 is class 1, below is class 0", () => {
  assert.equal(DECISION_THRESHOLD, 0.5);
  assert.equal(predictedClass(0.7985731), 1);
  assert.equal(predictedClass(0.87101915), 1);
  assert.equal(predictedClass(0.01496248), 0);
  assert.equal(predictedClass(0.5), 0);
});

Deno.test("predictedClass of NaN, or of a number that is no probability, throws instead of guessing", () => {
  assert.throws(() => predictedClass(NaN), RangeError, "Cannot classify a prediction of NaN");
  assert.throws(() => predictedClass(1.5), RangeError, "1.5: expected 0 to 1");
  assert.throws(() => predictedClass(-Infinity), RangeError, "-Infinity");
  assert.equal(predictedClass(0), 0);
  assert.equal(predictedClass(1), 1);
});

Deno.test('predictedClass from JavaScript refuses the string "0.7" instead of comparing it', () => {
  const fromJavaScript = predictedClass as (prediction: unknown) => 0 | 1;
  assert.throws(
    () => fromJavaScript("0.7"),
    TypeError,
    'Expected the prediction to be a number, got "0.7"',
  );
  assert.throws(() => fromJavaScript(null), TypeError, "got null");
});

Deno.test("property: predictedClass of any value is 0, 1 or a RangeError/TypeError", () => {
  fc.assert(fc.property(anyValue, (p) =>
    finiteOrRefused(() => {
      const predicted = predictedClass(p as number);
      if (predicted !== 0 && predicted !== 1) throw new Error(`class ${predicted}`);
      return predicted;
    })));
});
