import { assert } from "chai";
import fc from "fast-check";
import { SEED } from "./fast_check_seeded.ts";

Deno.test("fast-check as the project imports it is seeded: the same draws on every run", () => {
  assert.strictEqual(fc.readConfigureGlobal().seed, SEED);
  const draws = () => fc.sample(fc.integer({ min: 0, max: 999 }), 5);
  assert.deepStrictEqual(draws(), draws());
});
