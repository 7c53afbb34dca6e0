import { assert } from "chai";
import fc from "fast-check";
import { anyValue, finiteOrRefused } from "../_property.ts";
import { seededRandom } from "./seeded_random.ts";
import { standardNormal } from "./standard_normal.ts";

Deno.test("standardNormal draws have mean 0 and deviation 1", () => {
  const random = seededRandom(11);
  const draws = Array.from({ length: 20_000 }, () => standardNormal(random));
  const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
  const deviation = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
  assert.closeTo(mean, 0, 0.03);
  assert.closeTo(deviation, 1, 0.03);
  // About 68% of a normal distribution lies within one deviation of the mean.
  const within = draws.filter((z) => Math.abs(z) < 1).length / draws.length;
  assert.closeTo(within, 0.6827, 0.01);
});

Deno.test("standardNormal stays finite even when the uniform source returns 0", () => {
  assert.isTrue(Number.isFinite(standardNormal(() => 0)));
});

Deno.test("standardNormal refuses a random source that leaves [0, 1) instead of returning NaN", () => {
  for (const value of [1, -0.5, NaN, 2]) {
    assert.throws(() => standardNormal(() => value), RangeError, `got ${value}`);
  }
  assert.throws(
    () => standardNormal((() => "0.5") as unknown as () => number),
    TypeError,
    "random()'s value",
  );
  assert.throws(
    () => standardNormal(0.5 as unknown as () => number),
    TypeError,
    "random to be a function",
  );
});

Deno.test("property: standardNormal of any random source is a finite draw or a RangeError/TypeError", () => {
  const source = fc.oneof(
    fc.array(fc.oneof(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), anyValue), {
      minLength: 2,
      maxLength: 2,
    }).map((values) => {
      let i = 0;
      return () => values[i++ % 2] as number;
    }),
    anyValue,
  );
  fc.assert(
    fc.property(source, (random) => finiteOrRefused(() => standardNormal(random as () => number))),
  );
});

Deno.test("a draw is Box and Muller's: sqrt(-2 ln(1 - u1)) cos(2 pi u2), from two uniform numbers", () => {
  // u1 = 0.5 and u2 = 0.125: sqrt(2 ln 2) cos(pi / 4) = 0.83255461...
  const draws = [0.5, 0.125];
  const value = standardNormal(() => draws.shift()!);
  assert.closeTo(value, Math.sqrt(2 * Math.LN2) * Math.SQRT1_2, 1e-15);
  assert.lengthOf(draws, 0, "two uniform numbers a draw");
  const [u1, u2] = [0.75, 0.3];
  const second = [u1, u2];
  assert.closeTo(
    standardNormal(() => second.shift()!),
    Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2),
    1e-15,
  );
});
