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
