import { assert } from "chai";
import { csvRecords } from "./_csv_records.ts";

const read = (text: string) => [...csvRecords(text, "my.csv")];

Deno.test("records carry their cells and the line they start on", () => {
  assert.deepEqual(read("a,b\r\n\r\n 1 , 2 \n3,4"), [
    { line: 1, cells: ["a", "b"] },
    { line: 3, cells: ["1", "2"] },
    { line: 4, cells: ["3", "4"] },
  ]);
});

Deno.test("a quoted cell keeps its commas, quotes and line breaks, and they count as lines", () => {
  assert.deepEqual(read('"a,b","say ""hi""","x\r\ny\rz\nw"\n1,2,3\n'), [
    { line: 1, cells: ["a,b", 'say "hi"', "x\r\ny\rz\nw"] },
    { line: 5, cells: ["1", "2", "3"] },
  ]);
});

Deno.test("an empty quoted cell is a record, a blank line is not", () => {
  assert.deepEqual(read('""\n\n  \n,\n'), [
    { line: 1, cells: [""] },
    { line: 4, cells: ["", ""] },
  ]);
});

Deno.test("a byte order mark is skipped, and tabs and spaces around any cell are trimmed", () => {
  assert.deepEqual(read("\ufeffa,b\n1,2"), [
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["1", "2"] },
  ]);
  assert.deepEqual(read('\t 1\t, \t"x" \t,\t2'), [{ line: 1, cells: ["1", "x", "2"] }]);
  assert.deepEqual(
    read('\ufeff"a,b",c'),
    [{ line: 1, cells: ["a,b", "c"] }],
    "a quoted first cell",
  );
});

Deno.test("a \\r\\n is one line break, and the next record starts right after it", () => {
  assert.deepEqual(read("a\r\nbc\rd\ne"), [
    { line: 1, cells: ["a"] },
    { line: 2, cells: ["bc"] },
    { line: 3, cells: ["d"] },
    { line: 4, cells: ["e"] },
  ]);
});

Deno.test("a quote never closed, or text after a closing quote, is refused with its line", () => {
  assert.throws(
    () => read('a\n"b,c\nd'),
    SyntaxError,
    "my.csv, line 2: a quote is opened and never closed (the text ended inside it)",
  );
  assert.throws(
    () => read('a\n"b\nc" x,d'),
    SyntaxError,
    'my.csv, line 3: a quoted cell must end at its closing quote, found "x" after it',
  );
});

Deno.test("a quoted cell may end the text, and may be followed by spaces before its comma", () => {
  assert.deepEqual(read('a,"b"'), [{ line: 1, cells: ["a", "b"] }]);
  assert.deepEqual(read('"a"  ,b\n"c" \t\r\nd'), [
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["c"] },
    { line: 3, cells: ["d"] },
  ]);
});
