// A lesson introduces itself in its opening comment: the first line names it, the paragraph
// after it states the idea. The walkthrough shows both from the lesson's own source, so there is
// no second copy to keep in step.

import { wrap } from "../runtime/cli.ts";

/** What the walkthrough shows before it runs a lesson. */
export interface LessonIntro {
  /** Two digits, as in the file name: `"05"`. */
  number: string;
  /** `"gradient descent by hand"`, from `// Lesson 05: gradient descent by hand.` */
  title: string;
  /** The idea: whole sentences of the first paragraph, wrapped, at most three lines. */
  idea: string[];
}

/** The idea never takes more than this many lines on screen. */
export const IDEA_LINES = 3;

/**
 * Reads a lesson's title and idea from its opening comment:
 *
 *     // Lesson 05: gradient descent by hand.
 *     //
 *     // To shrink the error we need to know which way to move the weights. The derivative ...
 *
 * The idea is the first paragraph after the title, cut to the whole sentences that fit in
 * three lines of `width` columns (always at least the first; if it is longer, up to its first
 * colon). A last sentence that ends with a colon introduces a formula the walkthrough does not
 * show, so it ends with a full stop instead; a sentence cut off by the formula is left out.
 *
 * @throws {Error} If the source does not open that way, or the idea has no whole sentence: a
 * bug in the lesson, named by its path.
 */
export function lessonIntro(source: string, path: string, width = 78): LessonIntro {
  const lines = source.split(/\r?\n/);
  const title = /^\/\/ Lesson (\d\d): (.+?)\.?$/.exec(lines[0]);
  if (title === null || lines[1] !== "//" || !/^\/\/ \S/.test(lines[2] ?? "")) {
    throw new Error(
      `${path} must open with "// Lesson NN: title.", a line "//", then the idea in a paragraph`,
    );
  }
  const paragraph: string[] = [];
  for (const line of lines.slice(2)) {
    if (!/^\/\/ \S/.test(line)) break;
    paragraph.push(line.slice(3).trim());
  }
  const sentences = paragraph.join(" ").split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/:$/, "."))
    .filter((sentence) => /[.!?]$/.test(sentence));
  if (sentences.length === 0) throw new Error(`${path}: the idea has no whole sentence`);
  // A first sentence too long for the screen keeps its main clause, up to its first colon.
  const first = wrap(sentences[0], width).length <= IDEA_LINES
    ? sentences[0]
    : sentences[0].replace(/: .*$/, ".");
  let idea = wrap(first, width);
  for (let i = 2; i <= sentences.length; i++) {
    const longer = wrap(sentences.slice(0, i).join(" "), width);
    if (longer.length > IDEA_LINES) break;
    idea = longer;
  }
  return { number: title[1], title: title[2], idea };
}
