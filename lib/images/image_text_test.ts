import { assert } from "chai";
import { imageText } from "./image_text.ts";

Deno.test("each pixel is two characters: blank for 0, solid for the black level", () => {
  assert.deepEqual(imageText([0, 16], 2, 16), ["  ██"]);
  assert.deepEqual(imageText([0, 16], 1, 16), ["  ", "██"]);
});

Deno.test("the 17 grey levels of a digit become nine shades, a quarter of ink at a time", () => {
  const shades = imageText([...Array(17).keys()], 17, 16)[0].match(/../g)!;
  assert.deepEqual(shades, [
    "  ", // 0
    "░ ", // 1 (a half quarter rounds up)
    "░ ", // 2
    "░░", // 3
    "░░", // 4
    "▒░", // 5
    "▒░", // 6
    "▒▒", // 7
    "▒▒", // 8: half the ink
    "▓▒", // 9
    "▓▒", // 10
    "▓▓", // 11
    "▓▓", // 12
    "█▓", // 13
    "█▓", // 14
    "██", // 15
    "██", // 16
  ]);
});

Deno.test("rows follow rows: a 2 by 3 picture is three lines of four characters", () => {
  const lines = imageText([16, 0, 0, 16, 8, 8], 2, 16);
  assert.deepEqual(lines, ["██  ", "  ██", "▒▒▒▒"]);
});

Deno.test("pixels that do not fill rows, or levels outside 0 to the black level, are refused", () => {
  assert.throws(
    () => imageText([1, 2, 3], 2, 16),
    RangeError,
    "Expected the pixels to fill rows of 2 pixels, got 3 pixels",
  );
  assert.throws(() => imageText([], 2, 16), RangeError, "got 0 pixels");
  assert.throws(
    () => imageText([0, 17], 2, 16),
    RangeError,
    "Expected the pixels[1] to be a grey level from 0 to 16, got 17",
  );
  assert.throws(() => imageText([-1, 0], 2, 16), RangeError, "got -1");
  assert.throws(() => imageText([NaN, 0], 2, 16), RangeError, "pixels[0]");
  assert.throws(
    () => imageText([0, 0], 0, 16),
    RangeError,
    "Expected the width to be a whole number of at least 1, got 0",
  );
  assert.throws(
    () => imageText([0, 0], 2, 0),
    RangeError,
    "Expected the largest level to be a positive finite number, got 0",
  );
});

Deno.test("a black level of 1 or of 0.5 is allowed: any positive level", () => {
  assert.deepEqual(imageText([0, 1], 2, 1), ["  ██"]);
  assert.deepEqual(imageText([0.25, 0.5], 2, 0.5), ["▒▒██"]);
});
