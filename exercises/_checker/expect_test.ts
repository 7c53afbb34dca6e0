// The checker's comparisons at the edges of their rules: expectClose measures its tolerance
// relative to the larger of the two numbers, but never to less than 0.001, so that an answer
// within rounding of an expected 0 passes; a known mistake is diagnosed within 1e-9 of its value
// (relative above 1), no further; a list of the wrong length is shown up to 6 items, counted
// beyond (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import {
  attempt,
  calls,
  describe,
  diagnose,
  expectClose,
  expectList,
  expectNumber,
  expectValue,
  expectVector,
  field,
  isTodo,
  item,
  labeled,
  mismatch,
  NotDone,
  placeInExercises,
  type Result,
  showNumber,
  threw,
  wrap,
  yours,
} from "./expect.ts";

const answer = (value: number): Result => ({ subject: "yours()", value, notes: [] });

Deno.test("expectClose is relative to the larger number, and to at least 0.001 near 0", () => {
  // Within 1e-6 of 2: 2 + 1.9e-6 passes, 2 + 2.1e-6 does not.
  assert.equal(expectClose(answer(2 + 1.9e-6), 2, 1e-6, "the slope"), 2 + 1.9e-6);
  assert.throws(() => expectClose(answer(2 + 2.1e-6), 2, 1e-6, "the slope"), NotDone);
  // Near 0 the scale is 0.001: a rounding error of 1e-12 passes, 2e-9 does not.
  assert.equal(expectClose(answer(1e-12), 0, 1e-6, "the slope"), 1e-12);
  assert.equal(expectClose(answer(-1e-12), 0, 1e-6, "the slope"), -1e-12);
  assert.throws(
    () => expectClose(answer(2e-9), 0, 1e-6, "the slope"),
    NotDone,
    /^yours\(\) should be 0 \(the slope\), yours gave 2e-09$/,
  );
});

Deno.test("a known mistake is diagnosed within 1e-9 of its value, relative above 1, and no further", () => {
  const known = [
    { value: 0.3, mistake: "small", says: "s" },
    { value: 1000, mistake: "large", says: "l" },
  ];
  assert.equal(diagnose(0.3 + 1e-10, known)?.mistake, "small");
  assert.isUndefined(diagnose(0.3 + 1e-8, known), "1e-8 away is another answer");
  assert.equal(diagnose(1000 + 5e-7, known)?.mistake, "large", "within 1e-9 of 1000 relative");
  assert.isUndefined(diagnose(1000 + 2e-6, known));
  assert.isUndefined(diagnose("0.3", known), "only a number is diagnosed");
});

Deno.test("a list of the wrong length is shown up to 6 items and counted beyond", () => {
  const told = (list: number[], length: number) => {
    try {
      expectList({ subject: "yours()", value: list, notes: [] }, length, "weights");
    } catch (error) {
      return (error as Error).message;
    }
    return "accepted";
  };
  assert.equal(
    told([1, 2, 3, 4, 5, 6], 3),
    "yours() should have 3 weights, yours gave [1. 2. 3. 4. 5. 6.]",
  );
  assert.equal(
    told([1, 2, 3, 4, 5, 6, 7], 3),
    "yours() should have 3 weights, yours gave a list of 7",
  );
  assert.equal(told([1, 2], 1), "yours() should have 1 weight, yours gave [1. 2.]");
  assert.equal(told([1, 2, 3], 3), "accepted");
});

Deno.test("wrap breaks at spaces within the width, keeps a NumPy list whole, indents each line", () => {
  // 10 columns: "  " and 8 of text.
  assert.deepEqual(wrap("aaa bbbb cc", "  ", 10), ["  aaa bbbb", "  cc"]);
  assert.deepEqual(wrap("aaa bbbbb", "  ", 10), ["  aaa", "  bbbbb"], "11 columns do not fit");
  assert.deepEqual(wrap("aaa  bbb", "  ", 10), ["  aaa bbb"]);
  assert.deepEqual(wrap("x [ 1.5 -0.76] y", "", 6), ["x", "[ 1.5 -0.76]", "y"]);
  assert.deepEqual(wrap("", "  "), ["  "]);
  assert.deepEqual(wrap(`${"a".repeat(78)} b`), [`  ${"a".repeat(78)}`, "  b"]);
  assert.deepEqual(wrap(`${"a".repeat(76)} b`), [`  ${"a".repeat(76)} b`]);
});

Deno.test("a complaint's line of 78 columns stays whole; of 79 it goes on four columns in", () => {
  const words = (n: number) => `${"word ".repeat(n)}`.trimEnd();
  const line78 = `${words(15)} abc`; // 75 + 3
  assert.lengthOf(line78, 78);
  assert.deepEqual(new NotDone([line78]).lines, [line78]);
  const line79 = `${line78}d`;
  assert.deepEqual(new NotDone([line79]).lines, [words(15), "    abcd"]);
  // An indented line keeps its indent, and goes on four further in.
  const indented = `  ${line78}`;
  assert.deepEqual(new NotDone([indented]).lines, [`  ${words(14)}`, "      word abc"]);
  const error = new NotDone(["one", "two"], "signFlipped");
  assert.equal(error.message, "one\ntwo");
  assert.equal(error.name, "NotDone");
  assert.equal(error.mistake, "signFlipped");
  assert.isUndefined(new NotDone(["one"]).mistake);
});

Deno.test("a TODO is an Error whose message starts with the word TODO", () => {
  assert.isTrue(isTodo(new Error("TODO: write sigmoid")));
  assert.isTrue(isTodo(new Error("TODO")));
  assert.isFalse(isTodo(new Error("TODOS are done")));
  assert.isFalse(isTodo(new Error("not a TODO")));
  assert.isFalse(isTodo({ message: "TODO" }));
  assert.isFalse(isTodo("TODO"));
});

Deno.test("a stack's place in the exercises is the first exercise file it names", () => {
  const stack = "Error: x\n    at f (file:///lib/dot.ts:3:1)\n" +
    "    at g (file:///home/exercises/nn/exercises/02_error.ts:17:10)\n" +
    "    at h (file:///home/nn/exercises/01_prediction.ts:4:2)";
  assert.equal(placeInExercises(stack), "exercises/02_error.ts:17:10");
  assert.isUndefined(placeInExercises("Error: x\n    at f (file:///lib/dot.ts:3:1)"));
  assert.isUndefined(placeInExercises(undefined));
  assert.isUndefined(placeInExercises("exercises/_checker/main.ts:3:1"));
});

Deno.test("a value is shown as the tutorial prints it, and a missing return or a Promise is named", () => {
  assert.equal(showNumber(0.5), "0.5");
  assert.equal(showNumber(2), "2");
  assert.equal(showNumber(NaN), "NaN");
  assert.equal(showNumber(-Infinity), "-Infinity");
  assert.equal(describe(undefined), "undefined (a missing return?)");
  assert.equal(describe(0.25), "0.25");
  assert.equal(describe(Promise.resolve(1)), "a Promise (the function should not be async)");
  assert.equal(describe([1.5, -0.76]), "[ 1.5  -0.76]");
  assert.equal(describe([]), "[]");
  assert.equal(describe([1, "a"]), '[1, "a"]');
  assert.equal(describe(["a", 1]), '["a", 1]');
  assert.equal(describe({ weights: [1, 2], bias: 0 }), "{ weights: [1, 2], bias: 0 }");
  assert.equal(describe({}), "{}");
  assert.equal(describe(null), "null");
  assert.equal(describe("0.5"), '"0.5"');
  assert.equal(describe(true), "true");
  assert.equal(describe(function sigmoid() {}), "sigmoid");
  assert.equal(describe(() => {}), "a function");
});

Deno.test("a call of the learner's function is named as written, its arguments copied", () => {
  const seen: unknown[] = [];
  const module = {
    first: (list: number[]) => {
      list.push(99);
      seen.push(list);
      return list.length;
    },
    boom: () => {
      throw new RangeError("too far\nsecond line");
    },
    todo: () => {
      throw new Error("TODO: write todo");
    },
    odd: () => {
      throw 42;
    },
  };
  const data = [1, 2];
  const result = yours(module, "01_prediction.ts", "first")(data, labeled(3, "x", "x: three\nso"));
  assert.deepEqual(result, { subject: "first([1, 2], x)", value: 3, notes: ["x: three", "so"] });
  assert.deepEqual(data, [1, 2], "the checker's data is not changed");
  assert.throws(
    () => yours(module, "01_prediction.ts", "missing"),
    NotDone,
    /should export a function named missing/,
  );
  try {
    yours(module, "01_prediction.ts", "boom")(labeled(1, "a", "a: one"));
    assert.fail("boom threw");
  } catch (error) {
    assert.deepEqual((error as NotDone).lines, ["boom(a) threw RangeError: too far", "a: one"]);
  }
  assert.throws(() => yours(module, "01_prediction.ts", "todo")(), Error, /^TODO/);
  assert.throws(() => yours(module, "01_prediction.ts", "odd")(), NotDone, /^odd\(\) threw 42$/);
  assert.throws(
    () => attempt("train(...)", () => module.boom()),
    NotDone,
    /^train\(\.\.\.\) threw/,
  );
  assert.throws(() => attempt("train(...)", () => module.todo()), Error, /^TODO/);
  assert.equal(attempt("train(...)", () => 7), 7);
  const error = new Error("bad");
  error.stack = "Error: bad\n    at f (file:///nn/exercises/03_gradients.ts:8:3)";
  assert.deepEqual(threw("f()", error), [
    "f() threw Error: bad",
    "  at exercises/03_gradients.ts:8:3",
  ]);
});

Deno.test("a wrong answer is one line when it fits in 78 columns, else the call, then the rest", () => {
  const long = (subject: string) => mismatch({ subject, value: 1, notes: ["n"] }, "be 2", "1");
  const fits = "f".repeat(78 - " should be 2, yours gave 1".length);
  assert.deepEqual(long(fits).lines, [`${fits} should be 2, yours gave 1`, "n"]);
  assert.deepEqual(long(`${fits}g`).lines, [`${fits}g`, "  should be 2, yours gave 1", "n"]);
  const said = mismatch(answer(1), "be 2", "1", { value: 1, mistake: "m", says: "that is 1" });
  assert.deepEqual(said.lines, ["yours() should be 2, yours gave 1", "  that is 1"]);
  assert.equal(said.mistake, "m");
});

Deno.test("a field, an item, a number, a value and a vector are each checked before use", () => {
  const result = { subject: "f()", value: { weights: [1, 2] }, notes: [] };
  assert.deepEqual(field(result, "weights", "{ weights }"), {
    subject: "f().weights",
    value: [1, 2],
    notes: [],
  });
  assert.throws(() => field(result, "bias", "{ bias }"), NotDone, /should return \{ bias \}/);
  assert.throws(() => field(answer(1), "bias", "{ bias }"), NotDone);
  assert.throws(() => field({ ...answer(1), value: null }, "bias", "{ bias }"), NotDone);
  assert.deepEqual(item({ ...answer(0), value: [4, 5] }, 1, 2, "values"), {
    subject: "yours()[1]",
    value: 5,
    notes: [],
  });
  assert.throws(() => expectList(answer(1), 2, "values"), NotDone, /be a list of values/);
  assert.throws(() => expectNumber({ ...answer(0), value: "1" }), NotDone, /be a number/);
  const nan = [{ value: NaN, mistake: "nan", says: "a NaN" }];
  try {
    expectNumber(answer(NaN), nan);
    assert.fail("NaN passed");
  } catch (error) {
    assert.equal((error as NotDone).mistake, "nan");
  }
  assert.isNaN(expectNumber(answer(NaN)), "NaN without a known mistake is left to the check");
  assert.equal(expectValue(answer(0.123456789), 0.12345679), 0.123456789);
  assert.equal(expectValue(answer(0.5), "0.5"), 0.5);
  assert.throws(() => expectValue(answer(0.12345678), 0.12345679), NotDone, /be 0\.12345679/);
  expectVector({ ...answer(0), value: [0.5, 1] }, [0.5, 1], "values");
  assert.throws(() => expectVector({ ...answer(0), value: [0.5, 2] }, [0.5, 1], "values"), NotDone);
  assert.throws(
    () => expectVector({ ...answer(0), value: [0.5, "1"] }, [0.5, 1], "values"),
    NotDone,
  );
});

Deno.test("expectClose names the reference, in full digits when the rounded ones agree", () => {
  assert.throws(
    () => expectClose(answer(0.1000000011), 0.1, 1e-9, "a finite difference"),
    NotDone,
    /^yours\(\) should be 0\.1 \(a finite difference\), yours gave 0\.1000000011$/,
  );
  assert.throws(
    () => expectClose(answer(0.2), 0.1, 1e-6, "a finite difference"),
    NotDone,
    /should be 0\.1 \(a finite difference\), yours gave 0\.2$/,
  );
  // Exactly at the tolerance passes.
  assert.equal(expectClose(answer(1.5), 1, 0.5 / 1.5, "x"), 1.5);
});

Deno.test("each rule of describe, diagnose and expectNumber at its edge", () => {
  // A number in the tutorial's 8 decimals, a list of one as NumPy prints it.
  assert.equal(describe(1 / 3), "0.33333333");
  assert.equal(describe([5]), "[5.]");
  // Within 1e-9 of a diagnosis, absolute up to 1, exactly at it too.
  const known = [{ value: 0.3, mistake: "small", says: "s" }];
  assert.equal(diagnose(0.3 + 5e-10, known)?.mistake, "small", "absolute below 1");
  assert.isUndefined(diagnose(0.3 + 1.5e-9, known));
  assert.equal(diagnose(1e-9, [{ value: 0, mistake: "zero", says: "z" }])?.mistake, "zero");
  // A NaN is named by the NaN diagnosis, not by the first one; a number passes.
  const both = [...known, { value: NaN, mistake: "nan", says: "n" }];
  try {
    expectNumber(answer(NaN), both);
    assert.fail("NaN passed");
  } catch (error) {
    assert.equal((error as NotDone).mistake, "nan");
  }
  assert.equal(expectNumber(answer(0.5), both), 0.5);
  // Near 0, expectClose's scale is 0.001: 5e-10 off passes a tolerance of 1e-6.
  assert.equal(expectClose(answer(5e-10), 0, 1e-6, "x"), 5e-10);
});

Deno.test("each call of the learner's code is told first; a null argument has no note", () => {
  const told: string[] = [];
  calls.observer = (subject) => told.push(subject);
  try {
    const f = yours({ f: (x: unknown) => x === null ? 0 : 1 }, "01_prediction.ts", "f");
    assert.deepEqual(f(null), { subject: "f(null)", value: 0, notes: [] });
    f(2);
    attempt("train(...)", () => 3);
    assert.deepEqual(told, ["f(null)", "f(2)", "train(...)"]);
  } finally {
    calls.observer = undefined;
  }
});
