import { assertFiniteVector } from "../_finite.ts";

/**
 * Throws a RangeError unless `pixels` is a picture `width` pixels wide with grey levels from 0 to
 * `maxValue`: a whole number of rows, every level finite and in range.
 */
export function assertImage(
  name: string,
  pixels: readonly number[],
  width: number,
  maxValue: number,
): void {
  if (!Number.isInteger(width) || width < 1) {
    throw new RangeError(`Expected the width to be a whole number of at least 1, got ${width}`);
  }
  if (!(Number.isFinite(maxValue) && maxValue > 0)) {
    throw new RangeError(
      `Expected the largest level to be a positive finite number, got ${maxValue}`,
    );
  }
  if (pixels.length === 0 || pixels.length % width !== 0) {
    throw new RangeError(
      `Expected ${name} to fill rows of ${width} pixels, got ${pixels.length} pixels`,
    );
  }
  assertFiniteVector(name, pixels);
  const outside = pixels.findIndex((level) => level < 0 || level > maxValue);
  if (outside !== -1) {
    throw new RangeError(
      `Expected ${name}[${outside}] to be a grey level from 0 to ${maxValue}, ` +
        `got ${pixels[outside]}`,
    );
  }
}
