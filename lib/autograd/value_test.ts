import { assert } from "chai";
import fc from "fast-check";
import { numericalGradient } from "../gradient_check/numerical_gradient.ts";
import { relativeError } from "../gradient_check/relative_error.ts";
import { Value } from "./value.ts";

/** An expression written twice: on plain numbers, and on Values. */
interface Case {
  name: string;
  f: (x: readonly number[]) => number;
  build: (x: Value[]) => Value;
  at: number[];
}

const s = (x: number) => 1 / (1 + Math.exp(-x));

const cases: Case[] = [
  { name: "a + b", f: ([a, b]) => a + b, build: ([a, b]) => a.add(b), at: [0.3, -1.2] },
  { name: "a - b", f: ([a, b]) => a - b, build: ([a, b]) => a.sub(b), at: [0.3, -1.2] },
  { name: "-a * b", f: ([a, b]) => -a * b, build: ([a, b]) => a.neg().mul(b), at: [0.7, 2] },
  { name: "a * b", f: ([a, b]) => a * b, build: ([a, b]) => a.mul(b), at: [0.7, -2.5] },
  { name: "a^3", f: ([a]) => a ** 3, build: ([a]) => a.pow(3), at: [1.3] },
  { name: "a^-1", f: ([a]) => 1 / a, build: ([a]) => a.pow(-1), at: [0.8] },
  {
    name: "3 * a^2, a power inside",
    f: ([a]) => 3 * a ** 2,
    build: ([a]) => a.pow(2).mul(3),
    at: [0.9],
  },
  { name: "e^a", f: ([a]) => Math.exp(a), build: ([a]) => a.exp(), at: [0.4] },
  { name: "sigmoid(a)", f: ([a]) => s(a), build: ([a]) => a.sigmoid(), at: [1.91] },
  {
    name: "1 / (1 + e^-a), the sigmoid from exp, add and pow",
    f: ([a]) => s(a),
    build: ([a]) => a.neg().exp().add(1).pow(-1),
    at: [1.91],
  },
  {
    name: "a * a + a, a used three times",
    f: ([a]) => a * a + a,
    build: ([a]) => a.mul(a).add(a),
    at: [-0.6],
  },
  {
    name: "c = a * b; (c + a) * (c - b), a diamond",
    f: ([a, b]) => (a * b + a) * (a * b - b),
    build: ([a, b]) => {
      const c = a.mul(b);
      return c.add(a).mul(c.sub(b));
    },
    at: [1.5, -0.7],
  },
  {
    name: "the tutorial's error (sigmoid(2 w1 + 1.5 w2 + b) - 0)^2",
    f: ([w1, w2, b]) => s(2 * w1 + 1.5 * w2 + b) ** 2,
    build: ([w1, w2, b]) => w1.mul(2).add(w2.mul(1.5)).add(b).sigmoid().sub(0).pow(2),
    at: [1.45, -0.66, 0],
  },
];

/** Each leaf's grad after backward, and the expression's value. */
function grads({ build, at }: Case, point: readonly number[] = at) {
  const leaves = point.map((x) => new Value(x));
  const out = build(leaves);
  out.backward();
  return { data: out.data, grads: leaves.map((leaf) => leaf.grad) };
}

Deno.test("every operation's value is the expression's, and its gradient agrees with finite differences", () => {
  for (const c of cases) {
    const { data, grads: g } = grads(c);
    assert.equal(data, c.f(c.at), c.name);
    numericalGradient(c.f, c.at).forEach((slope, i) => {
      assert.isBelow(relativeError(g[i], slope), 1e-7, `${c.name}: leaf ${i}`);
    });
  }
});

Deno.test("the gradients agree with finite differences at random points", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...cases),
      fc.array(fc.double({ min: 0.2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
      (c, point) => {
        const at = point.slice(0, c.at.length);
        const { grads: g } = grads(c, at);
        numericalGradient(c.f, at).forEach((slope, i) => {
          assert.closeTo(g[i], slope, 1e-6 * Math.max(1, Math.abs(slope)), c.name);
        });
      },
    ),
  );
});

Deno.test("a value used twice gets both shares: x * x has slope 2x, not x", () => {
  const x = new Value(3);
  x.mul(x).backward();
  assert.equal(x.grad, 6);
});

Deno.test("backward starts every grad from 0: twice gives the same, not double", () => {
  const x = new Value(3);
  const y = x.mul(x).add(x);
  y.backward();
  y.backward();
  assert.equal(x.grad, 7);
  assert.equal(y.grad, 1);
});

Deno.test("exact gradients for the tutorial's neuron, as lesson 06 prints them", () => {
  const [w1, w2, b] = [new Value(1.45), new Value(-0.66), new Value(0)];
  const prediction = w1.mul(2).add(w2.mul(1.5)).add(b).sigmoid();
  const error = prediction.sub(0).pow(2);
  error.backward();
  assert.closeTo(prediction.data, 0.87101915, 5e-9);
  assert.closeTo(b.grad, 0.19570893, 5e-9);
  assert.closeTo(w1.grad, 0.39141786, 5e-9);
  assert.closeTo(w2.grad, 0.29356339, 5e-9);
});

Deno.test("each operation records its children and its name; a number becomes a leaf", () => {
  const a = new Value(2, "a");
  const sum = a.add(5);
  assert.equal(sum.op, "+");
  assert.equal(sum.children[0], a);
  assert.equal(sum.children[1].data, 5);
  assert.deepEqual(sum.children[1].children, []);
  assert.equal(a.neg().op, "-");
  assert.equal(a.pow(2).op, "^2");
  assert.equal(sum.named("s"), sum);
  assert.equal(sum.label, "s");
  assert.equal(new Value(1).label, "");
});

Deno.test("a new value's grad is 0 until backward fills it in", () => {
  const [a, b] = [new Value(2, "a"), new Value(3, "b")];
  const c = a.mul(b);
  assert.deepEqual([a.grad, b.grad, c.grad], [0, 0, 0]);
  c.backward();
  assert.deepEqual([a.grad, b.grad, c.grad], [3, 2, 1]);
});
