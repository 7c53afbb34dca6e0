import { assert } from "chai";
import { paragraph, terminalColumns } from "./io.ts";

Deno.test("a terminal's width is its columns, and 80 when it reports none (a pty with no size)", () => {
  assert.equal(terminalColumns(120), 120);
  assert.equal(terminalColumns(1), 1);
  assert.equal(terminalColumns(0), 80);
});

Deno.test("a paragraph wraps at the console's columns, between words", () => {
  const out: string[] = [];
  const io = { log: (line: string) => out.push(line), error() {}, columns: 24 };
  paragraph(io, "The bias moves the line off the origin, so it need not pass through 0.");
  assert.deepEqual(out[0].split("\n"), [
    "The bias moves the line",
    "off the origin, so it",
    "need not pass through 0.",
  ]);
});
