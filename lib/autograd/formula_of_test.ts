import { assert } from "chai";
import { formulaOf } from "./formula_of.ts";
import { Value } from "./value.ts";

Deno.test("parentheses only where precedence needs them", () => {
  const [a, b, c] = [new Value(1, "a"), new Value(2, "b"), new Value(3, "c")];
  assert.equal(formulaOf(a.add(b).mul(c)), "(a + b) * c");
  assert.equal(formulaOf(a.mul(b).add(c)), "a * b + c");
  assert.equal(formulaOf(a.sub(b.add(c))), "a - (b + c)");
  assert.equal(formulaOf(a.add(b).sub(c)), "a + b - c");
  assert.equal(formulaOf(a.add(b).pow(2)), "(a + b)^2");
  assert.equal(formulaOf(a.neg().pow(2)), "(-a)^2");
  assert.equal(formulaOf(a.mul(b).neg()), "-(a * b)");
  assert.equal(formulaOf(a.exp().mul(2)), "exp(a) * 2");
  assert.equal(formulaOf(new Value(0.1).add(0.2)), "0.1 + 0.2");
  assert.equal(formulaOf(a.sigmoid()), "sigmoid(a)");
  assert.equal(formulaOf(a.add(b).named("s").mul(c)), "s * c");
});

Deno.test("each operator's precedence at the edges: chains, powers, negations and functions", () => {
  const [a, b, c] = [new Value(1, "a"), new Value(2, "b"), new Value(3, "c")];
  assert.equal(formulaOf(a.mul(b).mul(c)), "a * b * c");
  assert.equal(formulaOf(a.mul(b.mul(c))), "a * b * c");
  assert.equal(formulaOf(a.pow(2)), "a^2");
  assert.equal(formulaOf(a.pow(2).neg()), "-a^2");
  assert.equal(formulaOf(a.neg().neg()), "-(-a)");
  assert.equal(formulaOf(a.exp().pow(2)), "exp(a)^2");
  assert.equal(formulaOf(a.pow(2).pow(3)), "(a^2)^3");
  assert.equal(formulaOf(a.sub(b.mul(c))), "a - b * c");
  assert.equal(formulaOf(a.sub(b.sub(c))), "a - (b - c)");
  assert.equal(formulaOf(a.mul(b.add(c))), "a * (b + c)");
  assert.equal(formulaOf(a.neg().mul(b)), "-a * b");
});

Deno.test("a number without a name shows 8 significant digits", () => {
  assert.equal(formulaOf(new Value(0.123456789).add(1)), "0.12345679 + 1");
  assert.equal(formulaOf(new Value(123456789).mul(2)), "123456790 * 2");
});
