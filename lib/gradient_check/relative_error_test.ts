import { assert } from "chai";
import { relativeError } from "./relative_error.ts";

Deno.test("relativeError measures the difference against the larger size", () => {
  assert.equal(relativeError(1, 1), 0);
  assert.equal(relativeError(0, 0), 0);
  assert.closeTo(relativeError(100, 101), 1 / 101, 1e-15);
  assert.closeTo(relativeError(1e-9, 1.000001e-9), 1e-6 / 1.000001, 1e-15);
  assert.equal(relativeError(1, -1), 2);
});
