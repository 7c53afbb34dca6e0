// A lesson's formula as mathematics on the classroom page: its TeX (the opening comment's lines
// marked `TeX:`, runtime/lesson_intro.ts) turned into MathML when the site is built, by temml,
// so that the page needs no script, no web font and no network to show it: Chromium and Firefox
// render MathML Core themselves. A terminal prints the same formula's plain lines.

import temml from "temml";

/**
 * A formula's TeX as one MathML `<math>` element, displayed as a block.
 *
 * @param tex The formula in TeX, e.g. `\frac{1}{1 + e^{-x}}`.
 * @param where What the formula belongs to, for the message of a formula that does not convert.
 * @returns The MathML.
 * @throws {SyntaxError} If the TeX does not parse, naming `where` and temml's reason.
 */
export function formulaMathMl(tex: string, where: string): string {
  try {
    return temml.renderToString(tex, { displayMode: true, throwOnError: true });
  } catch (error) {
    throw new SyntaxError(`${where}: the formula's TeX does not convert: ${error}`, {
      cause: error,
    });
  }
}
