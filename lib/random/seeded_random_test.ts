import { assert } from "chai";
import fc from "fast-check";
import { anyValue, finiteOrRefused } from "../_property.ts";
import { DEFAULT_SEED, MAX_SEED, seededRandom } from "./seeded_random.ts";

Deno.test("seededRandom gives the same sequence for the same seed", () => {
  const a = seededRandom(123);
  const b = seededRandom(123);
  for (let i = 0; i < 100; i++) assert.equal(a(), b());
});

Deno.test("seededRandom gives another sequence for another seed", () => {
  assert.notEqual(seededRandom(1)(), seededRandom(2)());
});

Deno.test("seededRandom's numbers lie in [0, 1) and spread evenly", () => {
  const random = seededRandom(DEFAULT_SEED);
  const buckets = new Array(10).fill(0);
  for (let i = 0; i < 10_000; i++) {
    const u = random();
    assert.isTrue(u >= 0 && u < 1);
    buckets[Math.floor(u * 10)]++;
  }
  for (const count of buckets) assert.closeTo(count, 1000, 150);
});

Deno.test("seededRandom's default seed is DEFAULT_SEED", () => {
  assert.equal(seededRandom()(), seededRandom(DEFAULT_SEED)());
});

Deno.test("seededRandom accepts 0 to 2^32 - 1 and refuses other seeds, quoting them", () => {
  seededRandom(0);
  seededRandom(MAX_SEED);
  for (const seed of [-1, 1.5, MAX_SEED + 1, NaN]) {
    assert.throws(
      () => seededRandom(seed),
      RangeError,
      `Expected the seed to be a whole number from 0 to 4294967295, got ${seed}`,
    );
  }
});

Deno.test("seededRandom refuses a seed that is not a number with a TypeError, not a silent 0", () => {
  const fromJavaScript = seededRandom as (seed: unknown) => () => number;
  assert.throws(
    () => fromJavaScript("42"),
    TypeError,
    'Expected the seed to be a number, got "42"',
  );
  assert.throws(() => fromJavaScript(null), TypeError, "got null");
});

Deno.test("property: seededRandom of any seed draws numbers in [0, 1), or refuses the seed", () => {
  fc.assert(fc.property(anyValue, (seed) =>
    finiteOrRefused(() => {
      const random = seededRandom(seed as number);
      const draws = [random(), random(), random()];
      if (!draws.every((u) => u >= 0 && u < 1)) throw new Error(`draws ${draws}`);
      return draws;
    })));
});
