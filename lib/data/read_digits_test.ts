import { assert } from "chai";
import digitsCsv from "../../data/digits.csv" with { type: "text" };
import { RandomState } from "../random/random_state.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { digitsSplit, readDigits } from "./read_digits.ts";
import { stratifiedSplit } from "./stratified_split.ts";

const header = [...Array(64).keys()].map((i) => `pixel_${i}`).join(",") + ",target";
const good = `${"0,".repeat(63)}16,3`;

Deno.test("the shipped digits: 1,797 images of 64 grey levels, digits 0 to 9", () => {
  const digits = readDigits(digitsCsv);
  assert.lengthOf(digits.images, 1797);
  assert.isTrue(digits.images.every((image) => image.length === 64));
  assert.sameMembers([...new Set(digits.labels)], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

Deno.test("a broken header or row is refused with its line", () => {
  assert.throws(
    () => readDigits(`${header}\n${good}\n${"0,".repeat(63)}3`),
    Error,
    "data/digits.csv, line 3: expected 64 grey levels 0-16 and a digit",
  );
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(63)}17,3`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(64)}10`), Error, "line 2");
  assert.throws(
    () => readDigits(`x,target\n${good}`),
    Error,
    'data/digits.csv, line 1: expected 64 pixel columns and "target"',
  );
  assert.deepEqual(readDigits(`${header}\n${good}`).labels, [3]);
});

Deno.test("the split keeps a fifth of the shipped digits for the test, and scales every pixel to [0, 1]", () => {
  const digits = readDigits(digitsCsv);
  const { train, test, inputs } = digitsSplit(digits, 42);
  assert.equal(train.length + test.length, 1797);
  assert.closeTo(test.length / 1797, 0.2, 0.01);
  // A fifth of each digit, rounded: 178 zeros give 36 (35.6), 174 eights 35 (34.8); 359 in all.
  assert.lengthOf(test, 359);
  assert.equal(test.filter((i) => digits.labels[i] === 0).length, 36);
  assert.equal(test.filter((i) => digits.labels[i] === 8).length, 35);
  assert.deepEqual(new Set([...train, ...test]).size, 1797, "every image once");
  assert.deepEqual(inputs[0], digits.images[0].map((level) => level / 16));
  assert.isTrue(inputs.flat().every((x) => x >= 0 && x <= 1));
  assert.deepEqual(
    digitsSplit(digits, 42),
    { train, test, inputs },
    "the same seed, the same split",
  );
  assert.deepEqual(
    digitsSplit(digits, new RandomState(42)).test,
    stratifiedSplit(digits.labels, 0.2, new RandomState(42)).test,
    "a seed is NumPy's: new RandomState(seed)",
  );
  assert.deepEqual(
    digitsSplit(digits, seededRandom(42)).test,
    stratifiedSplit(digits.labels, 0.2, seededRandom(42)).test,
    "a generator is used as given",
  );
  assert.notDeepEqual(digitsSplit(digits, seededRandom(42)).test, test);
});

Deno.test("the digits read the same with Windows line ends and a final newline; 16 and 9 are the largest", () => {
  const text = `${header}\n${good}\n${"16,".repeat(64)}9\n`;
  const expected = {
    images: [[...new Array(63).fill(0), 16], new Array(64).fill(16)],
    labels: [3, 9],
  };
  assert.deepEqual(readDigits(text), expected);
  assert.deepEqual(readDigits(text.replaceAll("\n", "\r\n")), expected);
  assert.throws(() => readDigits(`${header},extra\n${good}`), Error, "line 1");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(65)}3`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(64)}-1`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n-1,${"0,".repeat(63)}1`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n0.5,${"0,".repeat(63)}1`), Error, "line 2");
  assert.throws(() => readDigits(`${header}\n${"0,".repeat(64)}1.5`), Error, "line 2");
});
