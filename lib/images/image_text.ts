import { assertImage } from "./_image.ts";

/** The shade characters, from empty to full, a quarter more ink each. */
const SHADES = [" ", "░", "▒", "▓", "█"];

/**
 * Draws a small greyscale picture in the terminal with block characters. Each
 * pixel is two characters wide, so that it looks square, and its grey level
 * sets how much of those two characters is inked, in quarter steps: nine
 * shades from blank (`"  "`) to solid (`"██"`).
 *
 * @param pixels The grey levels row after row, 0 for white up to `maxValue` for black.
 * @param width How many pixels make one row, e.g. 8.
 * @param maxValue The level of black, e.g. 16 for the digits.
 * @returns One line of text per row of pixels, each `2 * width` characters long.
 * @throws {RangeError} If the pixels do not fill whole rows or a level is not
 * a number from 0 to `maxValue`.
 *
 * @example A diagonal line, 2 pixels by 2
 * ```ts
 * import { assert } from "chai";
 * import { imageText } from "./image_text.ts";
 *
 * assert.deepEqual(imageText([16, 0, 8, 16], 2, 16), ["██  ", "▒▒██"]);
 * ```
 */
export function imageText(pixels: readonly number[], width: number, maxValue: number): string[] {
  assertImage("the pixels", pixels, width, maxValue);
  const lines: string[] = [];
  for (let start = 0; start < pixels.length; start += width) {
    const row = pixels.slice(start, start + width).map((level) => {
      const quarters = Math.round((level / maxValue) * 8); // ink in both characters: 0 to 8
      return SHADES[Math.ceil(quarters / 2)] + SHADES[Math.floor(quarters / 2)];
    });
    lines.push(row.join(""));
  }
  return lines;
}
