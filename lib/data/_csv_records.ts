// Reading CSV text record by record, with the line each record starts on. Written here rather
// than taken from a package so that every line ending is read the same way, line numbers stay
// exact, and a large file is read without holding every cell of it as a string at once.

import { quoted } from "./_printable.ts";

/** One record: its cells, trimmed, and the line (from 1) where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const isSpace = (code: number) => code === 0x20 || code === 0x09;
const LINE_BREAKS = /\r\n|\r|\n/g;
const UNTIL_CELL_END = /[^,\r\n]*/y;

/**
 * Reads CSV text: cells separated by commas, records by line breaks (`\n`, `\r\n` or `\r`, mixed
 * freely), spaces and tabs around a cell trimmed, blank lines skipped, a byte order mark
 * ignored. A cell in double quotes may hold commas and line breaks, and `""` for a quote.
 *
 * @param text The CSV text.
 * @param source What to call the text in error messages, e.g. its file name.
 * @throws {SyntaxError} If a quote is never closed, or a quoted cell has text after its quote.
 */
export function* csvRecords(text: string, source: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  /** Moves past the line break at i, if any, counting it. */
  const lineBreak = () => {
    const code = text.charCodeAt(i);
    if (code === CR || code === LF) {
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
  };
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let quotedCell = false;
    for (;;) {
      while (isSpace(text.charCodeAt(i))) i++;
      quotedCell = text.charCodeAt(i) === QUOTE;
      if (quotedCell) {
        let cell = "";
        for (;;) {
          const close = text.indexOf('"', i + 1);
          if (close === -1) {
            throw new SyntaxError(
              `${source}, line ${line}: a quote is opened and never closed (the text ended inside it)`,
            );
          }
          const part = text.slice(i + 1, close);
          cell += part;
          line += part.match(LINE_BREAKS)?.length ?? 0;
          i = close + 1;
          if (text.charCodeAt(i) !== QUOTE) break;
          cell += '"'; // "" inside quotes is one quote, and the quote goes on
        }
        while (isSpace(text.charCodeAt(i))) i++;
        const code = text.charCodeAt(i);
        if (i < text.length && code !== COMMA && code !== CR && code !== LF) {
          UNTIL_CELL_END.lastIndex = i;
          throw new SyntaxError(
            `${source}, line ${line}: a quoted cell must end at its closing quote, found ` +
              `${quoted(UNTIL_CELL_END.exec(text)![0])} after it`,
          );
        }
        cells.push(cell);
      } else {
        let end = i;
        for (let code = text.charCodeAt(end); end < text.length; code = text.charCodeAt(++end)) {
          if (code === COMMA || code === CR || code === LF) break;
        }
        cells.push(text.slice(i, end).trim());
        i = end;
      }
      if (text.charCodeAt(i) !== COMMA) break;
      i++;
    }
    lineBreak();
    const blank = cells.length === 1 && cells[0] === "" && !quotedCell;
    if (!blank) yield { line: start, cells };
  }
}
