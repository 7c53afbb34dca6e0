import { assert } from "chai";
import {
  denoFiles,
  FileError,
  fileErrorOf,
  FileTooLargeError,
  paragraph,
  terminalColumns,
  wrap,
} from "./io.ts";

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

Deno.test("a line takes a word that fits its width exactly, and breaks before one character more", () => {
  assert.deepEqual(wrap("ab cd", 5), ["ab cd"]);
  assert.deepEqual(wrap("ab cde", 5), ["ab", "cde"]);
  assert.deepEqual(
    wrap("abcdefg hi", 5),
    ["abcdefg", "hi"],
    "a longer word keeps a line of its own",
  );
});

Deno.test("an indented paragraph fits the width with its indent; with no width known it is 80", () => {
  const lines = (io: { columns?: number }, text: string, indent?: string) => {
    const out: string[] = [];
    paragraph({ log: (line) => out.push(line), error() {}, ...io }, text, indent);
    return out[0].split("\n");
  };
  assert.deepEqual(lines({ columns: 12 }, "one two three", "    "), ["    one two", "    three"]);
  assert.deepEqual(lines({ columns: 16 }, "one two three", "    "), ["    one two", "    three"]);
  assert.deepEqual(lines({ columns: 17 }, "one two three", "    "), ["    one two three"]);
  const eighty = `${"word ".repeat(15)}abcd`;
  assert.lengthOf(eighty, 79);
  assert.deepEqual(lines({}, `${eighty}e`), [`${eighty}e`], "80 characters are one line");
  assert.deepEqual(lines({}, `${eighty} f`), [eighty, "f"], "81 are two");
});

Deno.test("Deno's file errors become the runtime's, by what went wrong, with Deno's message", () => {
  const cases = [
    [new Deno.errors.NotFound("No such file"), "not found"],
    [new Deno.errors.IsADirectory("Is a directory"), "folder"],
    [new Deno.errors.NotCapable("Requires read access"), "not permitted"],
    [new Deno.errors.NotCapable("Requires all access to /dev/stdin"), "needs all access"],
    [new Deno.errors.PermissionDenied("Permission denied"), "denied"],
    [new Error("Input/output error"), "other"],
  ] as const;
  for (const [error, problem] of cases) {
    const mapped = fileErrorOf(error);
    assert.instanceOf(mapped, FileError, problem);
    assert.equal((mapped as FileError).problem, problem);
    assert.equal((mapped as FileError).message, error.message);
  }
  const ours = new FileError("folder", "Is a directory: out");
  assert.strictEqual(fileErrorOf(ours), ours, "the runtime's own error stays as it is");
  assert.strictEqual(fileErrorOf("text"), "text", "what is not an error stays as it is");
});

Deno.test("a file over the limit says how many bytes a read allowed, and keeps the number", () => {
  const error = new FileTooLargeError(10);
  assert.equal(error.message, "The file holds more than 10 bytes");
  assert.equal(error.maxBytes, 10);
  assert.equal(error.name, "FileTooLargeError");
  assert.equal(new FileError("denied", "Permission denied").name, "FileError");
});

Deno.test({
  name: "without permission the real files say so as the runtime's error, and permitted says no",
  ignore: (await Deno.permissions.query({ name: "read", path: "README.md" })).state === "granted",
  fn: async () => {
    for (
      const attempt of [
        () => denoFiles.readTextFile("README.md"),
        () => denoFiles.writeTextFile("out/x.txt", "x"),
        () => denoFiles.remove("out/x.txt"),
      ]
    ) {
      const error = await attempt().then(() => "done", (e) => e);
      assert.instanceOf(error, FileError);
      assert.equal(error.problem, "not permitted");
    }
    assert.isFalse(await denoFiles.permitted!("read", "README.md"));
    assert.isFalse(await denoFiles.permitted!("write", "out"));
  },
});
