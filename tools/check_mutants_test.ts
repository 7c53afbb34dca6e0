import { assert } from "chai";
import { checkMutants } from "./check_mutants.ts";
import { plant } from "./mutants.ts";
import prediction from "../exercises/01_prediction.check.ts" with { type: "text" };
import update from "../exercises/04_update.check.ts" with { type: "text" };
import train from "../exercises/08_train.check.ts" with { type: "text" };
import split from "../exercises/12_split.check.ts" with { type: "text" };
import threshold from "../exercises/13_threshold.check.ts" with { type: "text" };

const tests = ["exercises/_checker/main_test.ts"];

Deno.test("every expect call of a check is a mutant, the whole statement over its lines taken out", () => {
  const source = [
    "export function check(module: Module): string[] {",
    '  const dot = yours(module, file, "dot");',
    "  expectValue(dot([1, 2], [3, 4]), 11, [{",
    "    value: NaN,",
    '    says: "A NaN (from a sum) past the end; [ or { in a string are no brackets",',
    "  }]);",
    "  const value = expectNumber(dot([3], [4]));",
    "  const both = [",
    "    expectNumber(dot([1], [2])),",
    "  ];",
    '  expectClose(dot([3], [4]), 12, 1e-9, `by hand (${"x"})`);',
    "  return [];",
    "}",
  ].join("\n");
  const mutants = checkMutants("exercises/01_prediction.check.ts", source, tests);
  assert.deepEqual(mutants.map((m) => [m.from.split("\n").length, m.to, m.bug]), [
    [4, "", "line 3 taken out: expectValue(dot([1, 2], [3, 4]), 11, [{"],
    [1, "", "line 11 taken out: expectClose(dot([3], [4]), 12, 1e-9, `by ha…"],
  ], "an expect whose value is kept (in a const, a list) is no statement of its own");
  assert.deepEqual(mutants[0].tests, tests);
  assert.notInclude(plant(source, mutants[0]), "expectValue");
  assert.include(plant(source, mutants[0]), "const value = expectNumber");
});

Deno.test("a throw of a complaint becomes a plain expression: the check throws nothing", () => {
  const source = [
    "  if (!(value > 0)) {",
    '    throw mismatch(result, "be above 0", String(value));',
    "  }",
    '  if (pick(1) === pick(2)) throw new NotDone(["the same split"]);',
    "  throw error;",
  ].join("\n");
  const mutants = checkMutants("exercises/12_split.check.ts", source, tests);
  assert.deepEqual(mutants.map((m) => [m.from, m.to]), [
    [
      '    throw mismatch(result, "be above 0", String(value));',
      '    void mismatch(result, "be above 0", String(value));',
    ],
  ], "a throw in the middle of a line, or of anything else, is not a check's");
  assert.equal(
    mutants[0].bug,
    'line 2 throws nothing: throw mismatch(result, "be above 0", String…',
  );
});

Deno.test("a check whose text stands twice takes the lines before it, so that it plants once", () => {
  const source = [
    "  // sigmoid",
    "  expectValue(f(0), 1);",
    "  // dot",
    "  expectValue(f(0), 1);",
  ].join("\n");
  const mutants = checkMutants("exercises/01_prediction.check.ts", source, tests);
  assert.deepEqual(mutants.map((m) => [m.from, m.to]), [
    ["  // sigmoid\n  expectValue(f(0), 1);", "  // sigmoid"],
    ["  // dot\n  expectValue(f(0), 1);", "  // dot"],
  ]);
  assert.equal(plant(source, mutants[1]), "  // sigmoid\n  expectValue(f(0), 1);\n  // dot");
});

Deno.test("every check of five exercises plants once in its file", () => {
  const sources = { "01_prediction": prediction, "04_update": update, "08_train": train };
  for (
    const [name, source] of Object.entries({
      ...sources,
      "12_split": split,
      "13_threshold": threshold,
    })
  ) {
    const file = `exercises/${name}.check.ts`;
    const mutants = checkMutants(file, source, tests);
    assert.isAbove(mutants.length, 2, file);
    for (const mutant of mutants) plant(source, mutant);
  }
});
