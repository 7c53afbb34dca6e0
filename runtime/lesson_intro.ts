// A lesson introduces itself in its opening comment: the first line names it, the paragraphs
// after it state the idea, a line "In the lib: lib/x.ts" names the file its idea's code lives in,
// and "Run it:" says how to run it. The catalogue, the walkthrough and the tests read all of it
// from the lesson's own source, so there is no second copy to keep in step.

/**
 * One block of an opening comment: a paragraph, a formula (indented four spaces), a list. A
 * formula's lines are its plain text, as a terminal prints it; its lines marked `TeX:` are the
 * same formula in TeX, which the classroom page renders as mathematics (`tex`, the marked lines
 * joined by newlines), and which a terminal leaves out.
 */
export type IdeaBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "formula"; lines: string[]; tex?: string }
  | { kind: "list"; items: string[] };

/** The mark of a formula's TeX line, after the four spaces: `//     TeX: e^{-x}`. */
export const TEX_MARK = "TeX: ";

/** What a lesson says about itself in its opening comment. */
export interface LessonIntro {
  /** Two digits, as in the file name: `"05"`. */
  number: string;
  /** `"gradient descent by hand"`, from `// Lesson 05: gradient descent by hand.` */
  title: string;
  /** The whole idea: its paragraphs, formulas and numbered lists, in order. */
  idea: IdeaBlock[];
  /** The lib file the idea's code lives in, from `// In the lib: lib/dot.ts`, if it has one. */
  lib?: string;
}

/** A lib file as an opening comment names it: `lib/dot.ts`, `lib/layers/layered_network.ts`. */
export const LIB_FILE = /^lib\/(\w+\/)*[a-z0-9_]+(?<!_test)\.ts$/;

/**
 * Reads a lesson's opening comment, the `//` lines before its first line of code:
 *
 *     // Lesson 05: gradient descent by hand.
 *     //
 *     // To shrink the error we need to know which way to move the weights. The derivative ...
 *     //
 *     //     d/dprediction (prediction - target)^2 = 2 * (prediction - target)
 *     //     TeX: \frac{d}{d\,\mathit{prediction}} (\mathit{prediction} - \mathit{target})^2 = ...
 *     //
 *     // In the lib: lib/squared_error.ts
 *     //
 *     // Run it: deno run lessons/05_gradient_descent.ts
 *
 * Paragraphs are separated by empty comment lines; lines indented by four spaces are a formula,
 * lines starting "1. " a numbered list; a formula's lines marked "TeX: " are its TeX. The "In the lib:" and "Run it:" paragraphs are not part
 * of the idea.
 *
 * @throws {Error} If the source does not open that way, names a lib file that is not one, or has
 * no idea: a bug in the lesson, named by its path.
 */
export function lessonIntro(source: string, path: string): LessonIntro {
  const lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const comment = /^\/\/(?: (.*))?$/.exec(line);
    if (comment === null) break;
    lines.push((comment[1] ?? "").trimEnd());
  }
  const title = /^Lesson (\d\d): (.+?)\.?$/.exec(lines[0] ?? "");
  if (title === null || lines[1] !== "" || !/^\S/.test(lines[2] ?? "")) {
    throw new Error(
      `${path} must open with "// Lesson NN: title.", a line "//", then the idea in a paragraph`,
    );
  }
  const paragraphs: string[][] = [[]];
  for (const line of lines.slice(2)) {
    if (line === "") paragraphs.push([]);
    else paragraphs.at(-1)!.push(line);
  }
  let lib: string | undefined;
  const idea: IdeaBlock[] = [];
  for (const paragraph of paragraphs.filter((p) => p.length > 0)) {
    if (paragraph[0].startsWith("Run it:")) continue;
    const named = /^In the lib: (.*)$/.exec(paragraph[0]);
    if (named === null) {
      idea.push(...blocksOf(paragraph));
    } else if (paragraph.length > 1 || !LIB_FILE.test(named[1]) || lib !== undefined) {
      throw new Error(`${path}: "In the lib:" names one file, e.g. lib/dot.ts, on its own line`);
    } else {
      lib = named[1];
    }
  }
  if (idea.length === 0) throw new Error(`${path}: the opening comment states no idea`);
  return { number: title[1], title: title[2], idea, ...(lib === undefined ? {} : { lib }) };
}

/**
 * One paragraph's lines as blocks: a formula (its plain lines, and its TeX if it has some), or
 * text followed by a numbered list. The classroom page reads its ideas with it too.
 */
export function blocksOf(lines: readonly string[]): IdeaBlock[] {
  if (lines.every((line) => line.startsWith("    "))) {
    const formula = lines.map((line) => line.slice(4));
    const tex = formula.filter((line) => line.startsWith(TEX_MARK));
    return [{
      kind: "formula",
      lines: formula.filter((line) => !line.startsWith(TEX_MARK)),
      ...(tex.length === 0
        ? {}
        : { tex: tex.map((line) => line.slice(TEX_MARK.length)).join("\n") }),
    }];
  }
  const firstItem = lines.findIndex((line) => /^\d+\. /.test(line));
  const text = (firstItem === -1 ? lines : lines.slice(0, firstItem)).join(" ");
  const blocks: IdeaBlock[] = text === "" ? [] : [{ kind: "paragraph", text }];
  if (firstItem === -1) return blocks;
  const items: string[] = [];
  for (const line of lines.slice(firstItem)) {
    const item = /^\d+\. (.*)$/.exec(line);
    if (item !== null) items.push(item[1]);
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return [...blocks, { kind: "list", items }];
}
