import { RandomState } from "../random/random_state.ts";
import { stratifiedSplit } from "./stratified_split.ts";

/** The digits as `data/digits.csv` holds them: 64 grey levels per image, and its digit. */
export interface Digits {
  /** Each image's 8x8 grey levels, row by row, 0 (white) to 16 (black). */
  images: number[][];
  /** Each image's digit, 0 to 9. */
  labels: number[];
}

/**
 * Reads the handwritten digits of `data/digits.csv`: a header of 64 pixel
 * columns and `target`, then 64 grey levels (whole numbers 0 to 16) and a
 * digit per row. (`parseDataset` reads only the classes 0 and 1.) The file
 * ships with the project, so a broken one is a bug: it throws with the line.
 *
 * @param text The CSV text.
 * @returns The images and their labels.
 * @throws {Error} If the header or a row is not what the file holds, with its line.
 *
 * @example One image of a 3
 * ```ts
 * import { assert } from "chai";
 * import { readDigits } from "./read_digits.ts";
 *
 * const header = [...Array(64).keys()].map((i) => `pixel_${i}`).join(",") + ",target";
 * const digits = readDigits(`${header}\n${"0,".repeat(64)}3\n`);
 * assert.deepEqual(digits.labels, [3]);
 * assert.lengthOf(digits.images[0], 64);
 * ```
 */
export function readDigits(text: string): Digits {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  if (header.split(",").length !== 64 + 1 || !header.endsWith(",target")) {
    throw new Error(`${SOURCE}, line 1: expected 64 pixel columns and "target"`);
  }
  const images: number[][] = [];
  const labels: number[] = [];
  rows.forEach((row, r) => {
    const values = row.split(",").map(Number);
    const label = values.pop()!;
    const isLevel = (v: number) => Number.isInteger(v) && v >= 0 && v <= BLACK;
    if (
      values.length !== 64 || !values.every(isLevel) ||
      !(Number.isInteger(label) && label >= 0 && label <= 9)
    ) {
      throw new Error(`${SOURCE}, line ${r + 2}: expected 64 grey levels 0-16 and a digit`);
    }
    images.push(values);
    labels.push(label);
  });
  return { images, labels };
}

/**
 * Lesson 12's split of the digits for a seed: a stratified 80/20 split into
 * training and test indices, and every image as a network reads it, each
 * grey level divided by 16 so that it lies between 0 and 1.
 *
 * @param digits What {@link readDigits} returned.
 * @param random The seed of the split, shuffled as `np.random.seed(seed)`
 * then `np.random.shuffle` would (`new RandomState(seed)`); or the generator
 * itself, a {@link RandomState} or uniform numbers in [0, 1).
 * @returns The training and test indices, and every image's inputs.
 *
 * @example A fifth of each digit is kept for the test
 * ```ts
 * import { assert } from "chai";
 * import { digitsSplit } from "./read_digits.ts";
 *
 * const digits = { images: Array.from({ length: 10 }, () => new Array(64).fill(16)), labels: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1] };
 * const { train, test, inputs } = digitsSplit(digits, 42);
 * assert.lengthOf(test, 2);
 * assert.lengthOf(train, 8);
 * assert.equal(inputs[0][0], 1);
 * ```
 */
export function digitsSplit(
  digits: Digits,
  random: number | RandomState | (() => number),
): { train: number[]; test: number[]; inputs: number[][] } {
  const generator = typeof random === "number" ? new RandomState(random) : random;
  const { train, test } = stratifiedSplit(digits.labels, TEST_FRACTION, generator);
  const inputs = digits.images.map((pixels) => pixels.map((level) => level / BLACK));
  return { train, test, inputs };
}

const SOURCE = "data/digits.csv";
/** The grey level of a fully inked pixel. */
const BLACK = 16;
const TEST_FRACTION = 0.2;
