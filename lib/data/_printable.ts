// A learner's text inside an error message: on one line and short, whatever the text holds.

/** The most characters of a learner's text that a message shows. */
export const SHOWN = 80;

// Characters that would break the message's line or steer the terminal: C0 and C1 control
// characters (line feed, carriage return, tab, escape...), DEL, the Unicode line and paragraph
// separators, and the bidirectional overrides that reorder what follows them.
// deno-lint-ignore no-control-regex
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Writes one character as an escape: `\n`, `\r`, `\t`, else `\x1b` or `\u2028`. */
function escape(character: string): string {
  const code = character.codePointAt(0)!;
  return NAMED[character] ??
    (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`);
}

/** Whether `text` holds a character that {@link printable} must escape. */
export function hasUnprintable(text: string): boolean {
  return UNPRINTABLE.test(text);
}

/**
 * `text` as a message may show it: every unprintable character written as an escape (a line
 * break as `\n`, the escape character as `\x1b`), then cut to at most `max` characters, the last
 * being an ellipsis when it is cut.
 */
export function printable(text: string, max = SHOWN): string {
  const pieces: string[] = [];
  let length = 0;
  for (const character of text) {
    const piece = UNPRINTABLE.test(character) ? escape(character) : character;
    if (length + piece.length > max) {
      // Make room for the ellipsis without splitting an escape.
      while (length > max - 1) length -= pieces.pop()!.length;
      return `${pieces.join("")}…`;
    }
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join("");
}

/** {@link printable} text in double quotes: `"x1"`, `"1\n2"`. */
export const quoted = (text: string): string => `"${printable(text)}"`;

/**
 * A list of names for a message, `"a", "b", "c"` (or `a, b, c` unquoted), cut after about
 * {@link SHOWN} characters with the count of the names left out: `"a1", "a2", … (998 more)`.
 */
export function listed(names: readonly string[], quote = true): string {
  const show = quote ? quoted : printable;
  let text = "";
  for (let i = 0; i < names.length; i++) {
    const name = show(names[i]);
    if (i > 0 && text.length + 2 + name.length > SHOWN) {
      return `${text}, … (${names.length - i} more)`;
    }
    text = i === 0 ? name : `${text}, ${name}`;
  }
  return text;
}
