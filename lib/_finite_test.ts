// How the lib's errors show a wrong value: a string in quotes, cut after 40 characters so that
// one line stays readable, exactly 40 kept whole (tools/mutants_list.ts plants the bug this
// catches).

import { assert } from "chai";
import {
  assertArray,
  assertFinite,
  assertFiniteVector,
  assertFunction,
  assertNumber,
  assertObject,
  assertPositiveFinite,
  assertTarget,
  assertWhole,
} from "./_finite.ts";

const shown = (value: unknown) => {
  try {
    assertNumber("x", value);
  } catch (error) {
    return (error as Error).message.replace("Expected x to be a number, got ", "");
  }
  return "a number";
};

Deno.test("a wrong value is shown briefly: a string of 40 characters whole, of 41 cut", () => {
  assert.equal(shown("a".repeat(40)), `"${"a".repeat(40)}"`);
  assert.equal(shown("a".repeat(41)), `"${"a".repeat(39)}..."`);
  assert.equal(shown(null), "null");
  assert.equal(shown([1]), "an array");
  assert.equal(shown(() => 1), "a function");
  assert.equal(shown(2n), "2n");
});

/** The error `check` throws, or undefined. */
const thrown = (check: () => void) => {
  try {
    check();
  } catch (error) {
    return error as Error;
  }
};

/** Asserts that `check` throws `type` with exactly `message`. */
const refuses = (check: () => void, type: typeof Error, message: string) => {
  const error = thrown(check);
  assert.instanceOf(error, type, message);
  assert.equal(error!.message, message);
};

Deno.test("each check passes what it allows, at its edges, and names what it refuses", () => {
  assert.isUndefined(thrown(() => assertFinite("x", -Number.MAX_VALUE)));
  refuses(
    () => assertFinite("x", Infinity),
    RangeError,
    "Expected x to be a finite number, got Infinity",
  );
  refuses(() => assertFinite("x", "1"), TypeError, 'Expected x to be a number, got "1"');

  assert.isUndefined(thrown(() => assertArray("v", [])));
  refuses(() => assertArray("v", "ab"), TypeError, 'Expected v to be an array, got "ab"');

  assert.isUndefined(thrown(() => assertFiniteVector("v", [0, -1, 2])));
  refuses(
    () => assertFiniteVector("v", [NaN, 1]),
    RangeError,
    "Expected v[0] to be a finite number, got NaN",
  );
  refuses(
    () => assertFiniteVector("v", [1, 2, NaN]),
    RangeError,
    "Expected v[2] to be a finite number, got NaN",
  );
  refuses(
    () => assertFiniteVector("v", { length: 1 }),
    TypeError,
    "Expected v to be an array, got an object",
  );

  assert.isUndefined(thrown(() => assertPositiveFinite("h", Number.MIN_VALUE)));
  assert.isUndefined(thrown(() => assertPositiveFinite("h", 0.5)));
  for (const bad of [0, -1, Infinity, NaN]) {
    refuses(
      () => assertPositiveFinite("h", bad),
      RangeError,
      `Expected h to be a positive finite number, got ${bad}`,
    );
  }
  refuses(() => assertPositiveFinite("h", "1"), TypeError, 'Expected h to be a number, got "1"');

  assert.isUndefined(thrown(() => assertWhole("n", 2, 2, 5)));
  assert.isUndefined(thrown(() => assertWhole("n", 5, 2, 5)));
  refuses(
    () => assertWhole("n", 1, 2, 5),
    RangeError,
    "Expected n to be a whole number from 2 to 5, got 1",
  );
  refuses(
    () => assertWhole("n", 6, 2, 5),
    RangeError,
    "Expected n to be a whole number from 2 to 5, got 6",
  );
  refuses(
    () => assertWhole("n", 2.5, 2, 5),
    RangeError,
    "Expected n to be a whole number from 2 to 5, got 2.5",
  );
  refuses(
    () => assertWhole("n", 0, 1),
    RangeError,
    "Expected n to be a whole number of at least 1, got 0",
  );
  refuses(() => assertWhole("n", "3", 1), TypeError, 'Expected n to be a number, got "3"');

  assert.isUndefined(thrown(() => assertFunction("f", () => 1)));
  refuses(() => assertFunction("f", 1), TypeError, "Expected f to be a function, got 1");

  assert.isUndefined(thrown(() => assertTarget("t", 0)));
  assert.isUndefined(thrown(() => assertTarget("t", 1)));
  refuses(() => assertTarget("t", 0.5), RangeError, "Expected t to be a class, 0 or 1, got 0.5");
  refuses(() => assertTarget("t", "1"), TypeError, 'Expected t to be a number, got "1"');

  assert.isUndefined(thrown(() => assertObject("o", {})));
  refuses(() => assertObject("o", null), TypeError, "Expected o to be an object, got null");
  refuses(() => assertObject("o", 1), TypeError, "Expected o to be an object, got 1");
});
