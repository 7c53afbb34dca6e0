import { assertArray, assertNumber } from "./_finite.ts";

/**
 * Prints a vector the way NumPy prints an array, so that a learner sees the
 * tutorial's exact digits: at most 8 decimals, trailing zeros trimmed (a whole
 * number keeps its point: `1.`), elements padded to a common width and
 * separated by spaces, all in brackets. Like NumPy, it switches to scientific
 * notation when a value is below 1e-4, reaches 1e8, or the largest is more
 * than 1000 times the smallest.
 *
 * @param values The numbers to print; NaN and the infinities print as NumPy
 * prints them, `nan`, `inf` and `-inf`, so that nothing is hidden.
 * @returns The text NumPy's `print(np.array(values))` shows.
 * @throws {TypeError} If `values` is not an array of numbers.
 *
 * @example The tutorial's first prediction
 * ```ts
 * import { assert } from "chai";
 * import { formatArray } from "./format_array.ts";
 *
 * assert.equal(formatArray([0.7985731042296965]), "[0.7985731]");
 * assert.equal(formatArray([-0.2920383, -2.4020383]), "[-0.2920383 -2.4020383]");
 * assert.equal(formatArray([0.5, 0.123]), "[0.5   0.123]");
 * ```
 */
export function formatArray(values: readonly number[]): string {
  assertArray("values", values);
  values.forEach((value, i) => assertNumber(`values[${i}]`, value));
  const scientific = needsScientific(values);
  const parts = values.map((value) => splitDigits(value, scientific));
  const whole = longest(parts.map((p) => p.whole));
  const fraction = longest(parts.map((p) => p.fraction));
  // Fixed notation pads the decimals with spaces, scientific with zeros.
  const filler = scientific ? "0" : " ";
  const cells = parts.map((p) =>
    p.word ??
      p.whole.padStart(whole) + p.fraction.padEnd(fraction, filler) + p.exponent
  );
  const width = longest(cells);
  return `[${cells.map((cell) => cell.padStart(width)).join(" ")}]`;
}

/**
 * Prints one number the way NumPy prints it inside an array: at most 8
 * decimals, trailing zeros trimmed, scientific below 1e-4 or from 1e8 on.
 *
 * @param value The number to print.
 * @returns The number as NumPy shows it in an array, without brackets.
 * @throws {TypeError} If `value` is not a number.
 *
 * @example The dot product of lesson 01
 * ```ts
 * import { assert } from "chai";
 * import { formatNumber } from "./format_array.ts";
 *
 * assert.equal(formatNumber(4.1259999999999994), "4.126");
 * assert.equal(formatNumber(2), "2.");
 * assert.equal(formatNumber(0.0000453978687), "4.53978687e-05");
 * ```
 */
export function formatNumber(value: number): string {
  assertNumber("the value", value);
  return formatArray([value]).slice(1, -1).trim();
}

const PRECISION = 8;

/** The length of the longest text, 0 for none (a loop: spreading a long array overflows the stack). */
function longest(texts: readonly string[]): number {
  let length = 0;
  for (const text of texts) length = Math.max(length, text.length);
  return length;
}

/** NumPy's rule: scientific when a finite non-zero size is below 1e-4, reaches 1e8, or spans over 1e3. */
function needsScientific(values: readonly number[]): boolean {
  let smallest = Infinity;
  let largest = 0;
  for (const value of values) {
    const size = Math.abs(value);
    if (!Number.isFinite(size) || size === 0) continue;
    smallest = Math.min(smallest, size);
    largest = Math.max(largest, size);
  }
  if (largest === 0) return false;
  return largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1e3;
}

/** A number cut where NumPy pads it: "-0" | ".2920383" | "e-05"; `word` for nan and inf. */
function splitDigits(value: number, scientific: boolean) {
  if (!Number.isFinite(value)) {
    const word = Number.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    return { word, whole: "", fraction: "", exponent: "" };
  }
  if (scientific) {
    const [mantissa, power] = value.toExponential(PRECISION).split("e");
    const [whole, fraction] = mantissa.split(".");
    const sign = power.startsWith("-") ? "-" : "+";
    const exponent = `e${sign}${power.replace(/^[+-]/, "").padStart(2, "0")}`;
    return {
      word: undefined,
      whole,
      fraction: "." + fraction.replace(/0+$/, ""),
      exponent,
    };
  }
  const [whole, fraction] = value.toFixed(PRECISION).split(".");
  return {
    word: undefined,
    whole,
    fraction: "." + fraction.replace(/0+$/, ""),
    exponent: "",
  };
}
