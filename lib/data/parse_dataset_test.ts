import { assert } from "chai";
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
  assert.throws(bad(""), SyntaxError, "my.csv is empty");
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
    '"Infinity" is not a finite number',
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

Deno.test("an unclosed quote is refused with the line where the text ended", () => {
  assert.throws(
    bad('x1,x2,target\n1,"2,0\n3,4,1\n'),
    SyntaxError,
    "a quote is opened and never closed",
  );
});
