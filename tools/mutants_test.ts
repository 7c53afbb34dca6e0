import { assert } from "chai";
import { LessonError } from "../runtime/cli.ts";
import { plant } from "./mutants.ts";

const mutant = { file: "lib/x.ts", from: "a + b", to: "a - b", bug: "adds the other way" };

Deno.test("a mutant plants its bug where its text stands, once", () => {
  assert.strictEqual(plant("return a + b;", mutant), "return a - b;");
});

Deno.test("a mutant whose text is gone, or stands twice, is a stale list: named, not planted", () => {
  assert.throws(() => plant("return a * b;", mutant), LessonError, '"a + b" is not in lib/x.ts');
  assert.throws(
    () => plant("a + b; a + b;", mutant),
    LessonError,
    '"a + b" is more than once in lib/x.ts',
  );
});
