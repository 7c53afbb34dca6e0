// TypeScript source as HTML, highlighted for the projector: comments, strings, numbers and
// keywords each get a class the page's style sheet colours. Small on purpose: it only colours,
// and the text between the tags is the source, character for character.

const KEYWORDS = [
  "as",
  "async",
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "default",
  "else",
  "export",
  "extends",
  "false",
  "for",
  "from",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "new",
  "null",
  "of",
  "readonly",
  "return",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "type",
  "typeof",
  "undefined",
  "void",
  "while",
  "with",
];

// One alternative per kind of token, in the order they are tried at each position.
const TOKEN = new RegExp(
  [
    String.raw`(?<comment>\/\/[^\n]*|\/\*[\s\S]*?\*\/)`,
    String.raw`(?<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|` + "`(?:\\\\.|[^`\\\\])*`)",
    String.raw`(?<number>\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b)`,
    String.raw`(?<keyword>\b(?:${KEYWORDS.join("|")})\b)`,
  ].join("|"),
  "g",
);

/** Escapes the characters HTML gives a meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Highlights TypeScript source as HTML: each comment, string, number and keyword becomes a
 * `<span class="comment">` (or `string`, `number`, `keyword`); everything is HTML-escaped.
 *
 * @param source The source text.
 * @returns HTML whose text content is exactly `source`.
 */
export function highlight(source: string): string {
  let html = "";
  let end = 0;
  for (const match of source.matchAll(TOKEN)) {
    const kind = Object.entries(match.groups!).find(([, text]) => text !== undefined)![0];
    html += escapeHtml(source.slice(end, match.index));
    html += `<span class="${kind}">${escapeHtml(match[0])}</span>`;
    end = match.index + match[0].length;
  }
  return html + escapeHtml(source.slice(end));
}
