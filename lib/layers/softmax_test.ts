import { assert } from "chai";
import fc from "fast-check";
import { sigmoid } from "../sigmoid.ts";
import { softmax } from "./softmax.ts";

Deno.test("softmax turns sums into probabilities: [2, 1, 0.1] gives 0.659, 0.242, 0.099", () => {
  const [a, b, c] = softmax([2, 1, 0.1]);
  assert.closeTo(a, 0.65900114, 5e-9);
  assert.closeTo(b, 0.24243297, 5e-9);
  assert.closeTo(c, 0.09856589, 5e-9);
});

Deno.test("with two classes the softmax is the tutorial's sigmoid", () => {
  for (const x of [-3, -0.5, 0, 1.3774, 1.91]) {
    assert.closeTo(softmax([0, x])[1], sigmoid(x), 1e-15);
  }
});

Deno.test("equal sums share equally; huge sums neither overflow nor give NaN", () => {
  assert.deepEqual(softmax([5, 5, 5, 5]), [0.25, 0.25, 0.25, 0.25]);
  assert.deepEqual(softmax([1000, 0]), [1, 0]);
  assert.deepEqual(softmax([-1000, 1000]), [0, 1]);
  assert.deepEqual(softmax([7]), [1]);
});

Deno.test("softmax refuses no sums and sums that are not finite, naming the first", () => {
  assert.throws(() => softmax([]), RangeError, "no sums");
  assert.throws(() => softmax([1, NaN]), RangeError, "sums[1]");
  assert.throws(() => softmax([Infinity, 1]), RangeError, "sums[0]");
  assert.throws(() => softmax([NaN]), RangeError, "sums[0]");
});

Deno.test("property: probabilities are in [0, 1], add up to 1, and keep the order of the sums", () => {
  const sums = fc.array(fc.double({ min: -700, max: 700, noNaN: true }), {
    minLength: 1,
    maxLength: 12,
  });
  fc.assert(fc.property(sums, (s) => {
    const p = softmax(s);
    const total = p.reduce((a, b) => a + b, 0);
    return Math.abs(total - 1) < 1e-12 && p.every((x) => x >= 0 && x <= 1) &&
      s.every((x, i) => s.every((y, j) => x <= y ? p[i] <= p[j] : p[i] >= p[j]));
  }));
});

Deno.test("property: adding the same number to every sum changes no probability", () => {
  const sums = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
    minLength: 1,
    maxLength: 10,
  });
  fc.assert(fc.property(sums, fc.double({ min: -50, max: 50, noNaN: true }), (s, c) => {
    const shifted = softmax(s.map((x) => x + c));
    return softmax(s).every((p, i) => Math.abs(p - shifted[i]) < 1e-12);
  }));
});
