// A lesson's idea, read from the lesson file's own opening comment: the page shows what the
// lesson says about itself, never a second copy.

import { blocksOf, type IdeaBlock } from "../runtime/lesson_intro.ts";

export type { IdeaBlock };

/** What a lesson's opening comment says: its title line, then its idea. */
export interface LessonIdea {
  /** The first line, e.g. "Lesson 08: training the network." */
  title: string;
  /**
   * The paragraphs, formulas (lines indented by four spaces, their TeX marked) and numbered
   * lists after it, read by the terminal's rules (runtime/lesson_intro.ts).
   */
  blocks: IdeaBlock[];
}

/**
 * Reads the opening comment of a lesson's source: the `//` lines before its first line of code.
 * Paragraphs are separated by empty comment lines. The "Run it:" paragraph is left out: it is
 * about the terminal, and the page shows its own command line.
 *
 * @param source The lesson's TypeScript source.
 * @returns Its title and the blocks of its idea.
 * @throws {SyntaxError} If the source does not start with a comment.
 */
export function lessonIdea(source: string): LessonIdea {
  const lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const comment = /^\/\/ ?(.*)$/.exec(line);
    if (comment === null) break;
    lines.push(comment[1].trimEnd());
  }
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line === "") paragraphs.push([]);
    else paragraphs.at(-1)!.push(line);
  }
  const [titleLines, ...rest] = paragraphs.filter((p) => p.length > 0);
  if (titleLines === undefined) {
    throw new SyntaxError("Expected the lesson to start with a comment that states its idea");
  }
  const blocks = rest.filter((p) => !p[0].startsWith("Run it:")).flatMap(blocksOf);
  return { title: titleLines.join(" "), blocks };
}
