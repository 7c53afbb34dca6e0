import { CsvError, parse } from "csv-parse/sync";

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
 * byte order mark, CRLF line endings, blank lines and spaces around numbers
 * are fine.
 *
 * @param text The CSV text.
 * @param source What to call the text in error messages, e.g. its file name.
 * @returns The feature names, the input vectors and the targets.
 * @throws {SyntaxError} With the source, the line and the column, if the text
 * is empty, has no rows, lacks the `target` column, has a row with too few or
 * too many cells, a cell that is not a finite number, a target that is not 0
 * or 1, or an unclosed quote.
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
  const rows = readRows(text, source);
  if (rows.length === 0) {
    throw new SyntaxError(
      `${source} is empty: expected a header such as "x1,x2,${TARGET_COLUMN}" and rows of numbers`,
    );
  }
  const [header, ...body] = rows;
  const columns = header.cells;
  if (columns.at(-1) !== TARGET_COLUMN || columns.length < 2) {
    throw new SyntaxError(
      `${source}, line ${header.line}: the header must name the input columns and then ` +
        `"${TARGET_COLUMN}", found ${columns.map((c) => `"${c}"`).join(", ")}`,
    );
  }
  if (body.length === 0) {
    throw new SyntaxError(`${source} has a header but no rows of data`);
  }

  const inputs: number[][] = [];
  const targets: number[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== columns.length) {
      throw new SyntaxError(
        `${source}, line ${line}: expected ${columns.length} cells (${columns.join(", ")}), ` +
          `found ${cells.length}`,
      );
    }
    const values = cells.map((cell, i) => readNumber(cell, `${source}, line ${line}`, columns[i]));
    const target = values.pop()!;
    if (target !== 0 && target !== 1) {
      throw new SyntaxError(
        `${source}, line ${line}, column "${TARGET_COLUMN}": ${cells.at(-1)} is not a class; ` +
          `expected 0 or 1`,
      );
    }
    inputs.push(values);
    targets.push(target);
  }
  return { features: columns.slice(0, -1), inputs, targets };
}

function readRows(text: string, source: string): { line: number; cells: string[] }[] {
  try {
    const records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true, // we check the counts ourselves, to name the columns
      info: true,
    }) as unknown as { info: { lines: number }; record: string[] }[];
    return records.map(({ info, record }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? `, line ${error.lines}` : "";
      const problem = error.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quote is opened and never closed (the text ended inside it)"
        : error.message;
      throw new SyntaxError(`${source}${line}: ${problem}`);
    }
    throw error;
  }
}

function readNumber(cell: string, where: string, column: string): number {
  if (cell === "") {
    throw new SyntaxError(`${where}, column "${column}": the cell is empty; expected a number`);
  }
  const value = Number(cell);
  if (Number.isNaN(value) || !NUMBER.test(cell) && Number.isFinite(value)) {
    throw new SyntaxError(`${where}, column "${column}": "${cell}" is not a number`);
  }
  if (!Number.isFinite(value)) {
    throw new SyntaxError(`${where}, column "${column}": "${cell}" is not a finite number`);
  }
  return value;
}
