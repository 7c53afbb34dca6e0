import { csvRecords } from "./_csv_records.ts";
import { hasUnprintable, listed, printable, quoted } from "./_printable.ts";

/** A labelled data set: one input vector and one target class per row. */
export interface Dataset {
  /** The header's names of the input columns, e.g. ["x1", "x2"]. */
  features: string[];
  /** One input vector per row. */
  inputs: number[][];
  /** One class per row, 0 or 1. */
  targets: number[];
}

/** The name the last column of the header must have. */
export const TARGET_COLUMN = "target";

// A plain decimal number, as a learner would type one: 3, -1.5, .5, 2e-3. Not "0x10", not "".
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a data set from CSV text: a header naming the input columns and, last,
 * `target`; then one row per sample, numbers only, with targets 0 or 1. A UTF-8
 * byte order mark, any line endings (`\n`, `\r\n`, `\r`, even mixed), blank
 * lines and spaces around numbers are fine. Every error is one line: a cell or
 * name is quoted with its line breaks and escape codes written as `\n` or
 * `\x1b`, and cut after 80 characters.
 *
 * @param text The CSV text.
 * @param source What to call the text in error messages, e.g. its file name.
 * @returns The feature names, the input vectors and the targets.
 * @throws {SyntaxError} With the source, the line and the column, if the text
 * is empty, has no rows, lacks the `target` column, has a column without a
 * name, two columns of the same name or a name holding a control character, a
 * row with too few or too many cells, a cell that is not a finite number, a
 * target that is not 0 or 1, or a quote that is never closed.
 * @throws {TypeError} If `text` is not a string.
 *
 * @example The tutorial's first two samples
 * ```ts
 * import { assert } from "chai";
 * import { parseDataset } from "./parse_dataset.ts";
 *
 * const data = parseDataset("x1,x2,target\n1.66,1.56,1\n2,1.5,0\n", "example.csv");
 * assert.deepEqual(data.inputs, [[1.66, 1.56], [2, 1.5]]);
 * assert.deepEqual(data.targets, [1, 0]);
 * assert.throws(() => parseDataset("x1,target\n1,2\n", "bad.csv"), SyntaxError, "line 2");
 * ```
 */
export function parseDataset(text: string, source = "the data"): Dataset {
  if (typeof text !== "string") {
    throw new TypeError(`Expected the CSV text to be a string, got ${typeof text}`);
  }
  const name = printable(source);
  const records = csvRecords(text, name);
  const first = records.next();
  if (first.done) {
    throw new SyntaxError(
      `${name} is empty: expected a header such as "x1,x2,${TARGET_COLUMN}" and rows of numbers`,
    );
  }
  const header = first.value;
  /** Where a cell is, for a message: the source, the line and the column. */
  const at = (line: number, column: string) => `${name}, line ${line}, column ${quoted(column)}`;
  const columns = header.cells;
  checkHeader(columns, `${name}, line ${header.line}`);

  // Each row becomes numbers as soon as it is read, so a large file is never held as strings.
  const inputs: number[][] = [];
  const targets: number[] = [];
  for (const { line, cells } of records) {
    if (cells.length !== columns.length) {
      throw new SyntaxError(
        `${name}, line ${line}: expected ${columns.length} cells (${listed(columns, false)}), ` +
          `found ${cells.length}`,
      );
    }
    const values = cells.map((cell, i) => readNumber(cell, () => at(line, columns[i])));
    const target = values.pop()!;
    if (target !== 0 && target !== 1) {
      throw new SyntaxError(
        `${at(line, TARGET_COLUMN)}: ${printable(cells.at(-1)!)} is not a class; ` +
          `expected 0 or 1`,
      );
    }
    inputs.push(values);
    targets.push(target);
  }
  if (inputs.length === 0) {
    throw new SyntaxError(`${name} has a header but no rows of data`);
  }
  return { features: columns.slice(0, -1), inputs, targets };
}

/** Refuses a header that does not name each input column once and then `target`. */
function checkHeader(columns: readonly string[], where: string): void {
  if (columns.at(-1) !== TARGET_COLUMN || columns.length < 2) {
    throw new SyntaxError(
      `${where}: the header must name the input columns and then "${TARGET_COLUMN}", ` +
        `found ${listed(columns)}`,
    );
  }
  const seen = new Map<string, number>();
  columns.forEach((column, i) => {
    if (column === "") {
      throw new SyntaxError(`${where}: column ${i + 1} of the header has no name`);
    }
    if (hasUnprintable(column)) {
      throw new SyntaxError(
        `${where}: column ${i + 1} of the header, ${quoted(column)}, holds a control ` +
          `character (a line break, a tab or an escape code); name it in plain text`,
      );
    }
    const before = seen.get(column);
    if (before !== undefined) {
      throw new SyntaxError(
        `${where}: the header names ${quoted(column)} twice, columns ${before + 1} and ${i + 1}; ` +
          `give each column its own name`,
      );
    }
    seen.set(column, i);
  });
}

/** The number in a cell; `at()` says where the cell is, should it hold none. */
function readNumber(cell: string, at: () => string): number {
  if (cell === "") {
    throw new SyntaxError(`${at()}: the cell is empty; expected a number`);
  }
  const value = Number(cell);
  if (Number.isNaN(value) || !NUMBER.test(cell) && Number.isFinite(value)) {
    throw new SyntaxError(`${at()}: ${quoted(cell)} is not a number`);
  }
  if (!Number.isFinite(value)) {
    throw new SyntaxError(`${at()}: ${quoted(cell)} is not a finite number`);
  }
  return value;
}
