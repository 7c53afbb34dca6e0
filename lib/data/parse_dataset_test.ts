import { assert } from "chai";
import fc from "fast-check";
import tutorialCsv from "../../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "./parse_dataset.ts";

const bad = (text: string) => () => parseDataset(text, "my.csv");

Deno.test("data/tutorial.csv holds the tutorial's eight points and targets", () => {
  const data = parseDataset(tutorialCsv, "data/tutorial.csv");
  assert.deepEqual(data.features, ["x1", "x2"]);
  assert.deepEqual(data.inputs, [
    [3, 1.5],
    [2, 1],
    [4, 1.5],
    [3, 4],
    [3.5, 0.5],
    [2, 0.5],
    [5.5, 1],
    [1, 1],
  ]);
  assert.deepEqual(data.targets, [0, 1, 0, 1, 0, 1, 1, 0]);
});

Deno.test("untidy but valid CSV is accepted: byte order mark, CRLF, blank lines, spaces", () => {
  const data = parseDataset("\ufeffa, b ,target\r\n 1 , -2.5e1 ,0\r\n\r\n.5,3,1\r\n\r\n", "my.csv");
  assert.deepEqual(data.features, ["a", "b"]);
  assert.deepEqual(data.inputs, [[1, -25], [0.5, 3]]);
  assert.deepEqual(data.targets, [0, 1]);
});

Deno.test("any number of input columns works", () => {
  const data = parseDataset("a,b,c,target\n1,2,3,1\n", "my.csv");
  assert.deepEqual(data.inputs, [[1, 2, 3]]);
});

Deno.test("an empty file or a header without rows is refused", () => {
  assert.throws(
    bad(""),
    SyntaxError,
    'my.csv is empty: expected a header such as "x1,x2,target" and rows of numbers',
  );
  assert.throws(bad("\n\n"), SyntaxError, "my.csv is empty");
  assert.throws(bad("x1,x2,target\n"), SyntaxError, "my.csv has a header but no rows of data");
});

Deno.test("a header without a last column named target is refused, quoting what it found", () => {
  assert.throws(
    bad("x1,x2,targt\n1,2,0\n"),
    SyntaxError,
    'my.csv, line 1: the header must name the input columns and then "target", found "x1", "x2", "targt"',
  );
  assert.throws(bad("target,x1\n0,2\n"), SyntaxError, "line 1");
  assert.throws(bad("target\n0\n"), SyntaxError, "line 1");
});

Deno.test("a row with too few or too many cells names its line and the expected count", () => {
  assert.throws(
    bad("x1,x2,target\n1,2,0\n1,2\n"),
    SyntaxError,
    "my.csv, line 3: expected 3 cells (x1, x2, target), found 2",
  );
  assert.throws(bad("x1,x2,target\n1,2,0,4\n"), SyntaxError, "line 2: expected 3 cells");
});

Deno.test("a cell that is not a number names its line, its column and its value", () => {
  assert.throws(
    bad("x1,x2,target\n1,abc,0\n"),
    SyntaxError,
    'my.csv, line 2, column "x2": "abc" is not a number',
  );
  assert.throws(bad("x1,x2,target\n0x10,1,0\n"), SyntaxError, '"0x10" is not a number');
  assert.throws(
    bad("x1,x2,target\n1,,0\n"),
    SyntaxError,
    'line 2, column "x2": the cell is empty',
  );
  assert.throws(
    bad("x1,x2,target\nInfinity,1,0\n"),
    SyntaxError,
    'my.csv, line 2, column "x1": "Infinity" is not a finite number',
  );
  assert.throws(bad("x1,x2,target\n1e999,1,0\n"), SyntaxError, '"1e999" is not a finite number');
  assert.throws(bad("x1,x2,target\nNaN,1,0\n"), SyntaxError, '"NaN" is not a number');
});

Deno.test("a target that is not 0 or 1 is refused", () => {
  assert.throws(
    bad("x1,x2,target\n1,2,0.5\n"),
    SyntaxError,
    'my.csv, line 2, column "target": 0.5 is not a class; expected 0 or 1',
  );
  assert.throws(bad("x1,x2,target\n1,2,2\n"), SyntaxError, "2 is not a class");
});

Deno.test("an unclosed quote is refused with the line where it opens", () => {
  assert.throws(
    bad('x1,x2,target\n1,"2,0\n3,4,1\n'),
    SyntaxError,
    "my.csv, line 2: a quote is opened and never closed (the text ended inside it)",
  );
  assert.throws(bad('x1,x2,target\r\n1,2,0\r\n3,"4\r\n'), SyntaxError, "line 3: a quote is");
  assert.throws(bad('"x1,x2,target\n'), SyntaxError, "line 1: a quote is");
});

Deno.test("a quoted cell is read without its quotes; text after the closing quote is refused", () => {
  const data = parseDataset('"x1", "x 2" ,target\n"1.5", "2" ,"0"\n', "my.csv");
  assert.deepEqual(data.features, ["x1", "x 2"]);
  assert.deepEqual(data.inputs, [[1.5, 2]]);
  assert.throws(
    bad('x1,x2,target\n1,"2"5,0\n'),
    SyntaxError,
    'my.csv, line 2: a quoted cell must end at its closing quote, found "5" after it',
  );
  assert.throws(bad('x1,x2,target\n1,"2" x y\n'), SyntaxError, 'found "x y" after it');
  assert.throws(bad('x1,x2,target\n1,"""2",0\n'), SyntaxError, '""2" is not a number');
});

// Line endings: a file edited on two systems mixes them; each is a line break, wherever it is.

const threeRows = { inputs: [[1, 2], [3, 4], [5, 6]], targets: [0, 1, 0] };

Deno.test("mixed line endings are read as the lines they are: CRLF, LF and CR in one file", () => {
  for (
    const text of [
      "x1,x2,target\r\n1,2,0\n3,4,1\r\n5,6,0\r\n", // CRLF with one LF line
      "x1,x2,target\n1,2,0\r\n3,4,1\n5,6,0\n", // LF with one CRLF line
      "x1,x2,target\r1,2,0\r3,4,1\r5,6,0", // old Mac CR only, no last line break
      "x1,x2,target\n1,2,0\r3,4,1\r\n5,6,0\n", // all three
      "\ufeffx1,x2,target\r\n\n1,2,0\r\r\n3,4,1\n\r5,6,0\r\n", // with blank lines
    ]
  ) {
    const { inputs, targets } = parseDataset(text, "my.csv");
    assert.deepEqual({ inputs, targets }, threeRows, JSON.stringify(text));
  }
});

Deno.test("line numbers stay exact across mixed endings, blank lines and quoted line breaks", () => {
  // The bad row is on line 5 of each text, counted as an editor counts lines.
  for (
    const text of [
      "x1,x2,target\r\n1,2,0\n3,4,1\r\n\r\n1,2\r\n",
      "x1,x2,target\r1,2,0\r\n\n3,4,1\r1,2\r",
      'x1,x2,target\n1,2,"0"\n"3","4","1"\n\n1,2\n',
    ]
  ) {
    assert.throws(bad(text), SyntaxError, "my.csv, line 5: expected 3 cells", JSON.stringify(text));
  }
  assert.throws(
    bad('x1,x2,target\r\n1,"2\r\n3",0\r\n4,5,6\r\n'),
    SyntaxError,
    'my.csv, line 2, column "x2": "2\\r\\n3" is not a number',
    "a cell's line is where the cell starts",
  );
});

// Messages are one line, however strange the text: a terminal prints them as they are.

Deno.test("a cell with a line break, a carriage return or an escape code is quoted escaped", () => {
  const cell = (text: string) => bad(`x1,x2,target\n1,"${text}",0\n`);
  assert.throws(cell("1\n2"), SyntaxError, 'line 2, column "x2": "1\\n2" is not a number');
  assert.throws(cell("1\r2"), SyntaxError, '"1\\r2" is not a number');
  assert.throws(cell("\x1b[31mred"), SyntaxError, '"\\x1b[31mred" is not a number');
  assert.throws(cell("a\tb"), SyntaxError, '"a\\tb" is not a number');
  assert.throws(cell("\u2028\u202e"), SyntaxError, '"\\u2028\\u202e" is not a number');
  assert.throws(
    () => parseDataset("x1,target\n", "my\nfile\x1b.csv"),
    SyntaxError,
    "my\\nfile\\x1b.csv has",
  );
});

Deno.test("a very long cell, header or file name is cut after 80 characters with an ellipsis", () => {
  const long = "9".repeat(70) + "x".repeat(1000);
  const message = (text: string, source = "my.csv") => {
    try {
      parseDataset(text, source);
    } catch (error) {
      return (error as Error).message;
    }
    assert.fail("expected a SyntaxError");
  };
  const shown = `"${"9".repeat(70)}${"x".repeat(9)}…" is not a number`;
  assert.include(message(`x1,x2,target\n1,${long},0\n`), shown);
  assert.notInclude(message(`x1,x2,target\n1,${long},0\n`), "x".repeat(10));
  // A cut never splits an escape: 79 characters, then \x1b would pass 80.
  assert.include(message(`x1,x2,target\n1,"${"9".repeat(78)}\x1b",0\n`), `"${"9".repeat(78)}…"`);

  assert.isBelow(message(`x1,${long},target\n1,two,0\n`).length, 200, "a long header name");
  const wide = Array.from({ length: 1000 }, (_, i) => `a${i}`);
  const header = message(`${wide.join(",")}\n1\n`);
  assert.match(header, /found "a0", "a1", .*, … \(\d+ more\)$/);
  assert.isBelow(header.length, 200);
  const cells = message(`${wide.join(",")},target\n1\n`);
  assert.match(cells, /expected 1001 cells \(a0, a1, .*, … \(\d+ more\)\), found 1$/);
  assert.isBelow(cells.length, 200);
  assert.isBelow(message("", "f".repeat(5000)).length, 200, "a long file name");
});

// The header names each column once: the lessons print the names, and a model reads them.

Deno.test("a header with an empty name is refused, naming the column", () => {
  assert.throws(
    bad("x1,,target\n1,2,0\n"),
    SyntaxError,
    "my.csv, line 1: column 2 of the header has no name",
  );
  assert.throws(bad(",x2,target\n1,2,0\n"), SyntaxError, "column 1 of the header has no name");
  assert.throws(
    bad(' x1 ,  "" ,target\n1,2,0\n'),
    SyntaxError,
    "column 2 of the header has no name",
  );
});

Deno.test("a header naming a column twice is refused, naming both columns", () => {
  assert.throws(
    bad("x1,x2,x1,target\n1,2,3,0\n"),
    SyntaxError,
    'my.csv, line 1: the header names "x1" twice, columns 1 and 3; give each column its own name',
  );
  assert.throws(bad("x,target,target\n1,2,0\n"), SyntaxError, '"target" twice, columns 2 and 3');
  assert.throws(bad(' a ,"a",target\n1,2,0\n'), SyntaxError, '"a" twice, columns 1 and 2');
});

Deno.test("a header name holding a control character is refused, escaped", () => {
  assert.throws(
    bad('x1,"x\n2",target\n1,2,0\n'),
    SyntaxError,
    'my.csv, line 1: column 2 of the header, "x\\n2", holds a control character',
  );
  assert.throws(bad("\x1b[2Jx1,target\n1,0\n"), SyntaxError, '"\\x1b[2Jx1", holds a control');
  assert.throws(bad("x\t1,target\n1,0\n"), SyntaxError, "column 1 of the header");
});

Deno.test("text that is not a string is refused with a TypeError", () => {
  assert.throws(() => parseDataset(undefined as unknown as string), TypeError, "got undefined");
  assert.throws(() => parseDataset(42 as unknown as string), TypeError, "got number");
});

// Properties, checked on many random texts by fast-check.

/** The message of the SyntaxError that parsing `text` throws, or undefined if it parses. */
function refusal(text: string, source?: string): string | undefined {
  try {
    parseDataset(text, source);
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return error.message;
  }
}
/** One line of bounded length, free of anything a terminal would act on. */
// deno-lint-ignore no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const isOneSafeLine = (message: string) => !UNSAFE.test(message) && message.length <= 400;

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'01,.e-"\r\n \t\x1b\u2028x'), maxLength: 300 }),
);

Deno.test("property: any cell text gives a number or one safe line naming its line and column", () => {
  fc.assert(
    fc.property(anyText, (cell) => {
      const quotedCell = `"${cell.replaceAll('"', '""')}"`;
      const message = refusal(`x1,x2,target\n1,${quotedCell},0\n`, "my.csv");
      return message === undefined ||
        isOneSafeLine(message) && message.startsWith('my.csv, line 2, column "x2": ');
    }),
  );
});

Deno.test("property: any text and any file name parse or give one safe line", () => {
  fc.assert(
    fc.property(anyText, anyText, (text, source) => {
      const message = refusal(text, source);
      return message === undefined || isOneSafeLine(message);
    }),
  );
  fc.assert(
    fc.property(anyText, (header) => {
      const message = refusal(`${header}\n1,0\n`, "my.csv");
      return message === undefined || isOneSafeLine(message);
    }),
  );
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const lineEnding = fc.constantFrom("\n", "\r\n", "\r");
const dataset = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.array(
    fc.tuple(fc.array(finite, { minLength: width, maxLength: width }), fc.constantFrom(0, 1)),
    { minLength: 1, maxLength: 20 },
  )
);

Deno.test("property: numbers written with any line endings, spaces and quotes read back exactly", () => {
  fc.assert(
    fc.property(
      dataset,
      fc.infiniteStream(lineEnding),
      fc.infiniteStream(fc.constantFrom("", " ", "\t")),
      fc.infiniteStream(fc.boolean()),
      (rows, endings, spaces, quotes) => {
        const cell = (value: number) => {
          const text = Object.is(value, -0) ? "-0" : String(value);
          const shown = quotes.next().value ? `"${text}"` : text;
          return `${spaces.next().value}${shown}${spaces.next().value}`;
        };
        const width = rows[0][0].length;
        const header = [...Array.from({ length: width }, (_, j) => `x${j}`), "target"].join(",");
        const lines = rows.map(([inputs, target]) => [...inputs, target].map(cell).join(","));
        const text = [header, ...lines].map((line) => line + endings.next().value).join("");
        const data = parseDataset(text, "my.csv");
        assert.deepEqual(data.inputs, rows.map(([inputs]) => inputs));
        assert.deepEqual(data.targets, rows.map(([, target]) => target));
      },
    ),
  );
});

Deno.test("property: a bad row is reported on its line, however the lines end", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(lineEnding, fc.boolean()), { minLength: 1, maxLength: 30 }),
      (lines) => {
        // Good rows, some lines blank, then a row with one cell too few. Its line is one more
        // than the line breaks before it, as an editor counts them (CR then LF is one).
        const before = "x1,x2,target" +
          lines.map(([ending, blank]) => ending + (blank ? "" : "1,2,0")).join("") + "\n";
        const line = before.match(/\r\n|\r|\n/g)!.length + 1;
        const message = refusal(`${before}1,2\n`, "my.csv");
        return message?.startsWith(`my.csv, line ${line}: expected 3 cells`);
      },
    ),
  );
});
