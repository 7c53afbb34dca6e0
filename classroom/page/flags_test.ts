import { assert } from "chai";
import { defineLesson, flag, flagName, parseFlags } from "../../runtime/cli.ts";
import {
  argsFor,
  checkText,
  commandFor,
  commandParts,
  defaultText,
  linkProblems,
  pageAddress,
  queryFor,
  seeStepOf,
  textsFromQuery,
  unknownLesson,
} from "./flags.ts";

const spec = defineLesson({
  summary: "A lesson.",
  flags: {
    learningRate: { kind: "number", default: 0.1, above: 0, help: "Step size" },
    iterations: { kind: "whole", default: 10_000, min: 1, max: 100_000, help: "Steps" },
    input: { kind: "list", length: 2, min: -10, max: 10, help: "An input" },
    data: { kind: "input", default: "data/tutorial.csv", help: "Data" },
    plot: { kind: "output", help: "A picture" },
    standardize: { kind: "switch", help: "Rescale" },
  },
  examples: [],
});

Deno.test("a link's flags become the controls' texts; the others keep their defaults", () => {
  const texts = textsFromQuery(
    spec,
    new URLSearchParams("lesson=08&learning-rate=0.05&standardize=1&plot=out/p.svg"),
  );
  assert.deepEqual(texts, {
    learningRate: "0.05",
    iterations: "10000",
    input: "",
    data: "data/tutorial.csv",
    plot: "out/p.svg",
    standardize: "on",
  });
  assert.equal(defaultText(spec.flags.iterations), "10000");
});

Deno.test("a number flag left out by default starts empty, not as the text 'undefined'", () => {
  // Lesson 02's --x: the field is empty, and an empty field passes no --x.
  const x = flag.number(undefined, "Also print sigmoid(X) and its slope", { min: -1000 });
  assert.equal(defaultText(x), "");
  assert.equal(defaultText(flag.number(0.1, "Step size")), "0.1");
  const lesson = defineLesson({ summary: "", flags: { x }, examples: [] });
  assert.deepEqual(argsFor(lesson, textsFromQuery(lesson, new URLSearchParams(""))), []);
});

Deno.test("the controls' texts become the arguments a terminal passes, which main parses", () => {
  const texts = textsFromQuery(spec, new URLSearchParams("learning-rate=0.05&standardize=1"));
  const args = argsFor(spec, texts);
  assert.deepEqual(args, ["--learning-rate=0.05", "--standardize"]);
  const { values } = parseFlags(args, spec.flags);
  assert.equal(values.learningRate, 0.05);
  assert.isTrue(values.standardize);
  // Any text reaches its flag's own check, even one that looks like a flag.
  assert.deepEqual(argsFor(spec, { ...texts, iterations: "--help" }).slice(1, 2), [
    "--iterations=--help",
  ]);
});

Deno.test("a bad text gets the command line's own message; a default or empty text none", () => {
  assert.equal(
    checkText("learningRate", spec.flags.learningRate, "-1"),
    'Invalid --learning-rate "-1": expected a number above 0',
  );
  assert.match(
    checkText("iterations", spec.flags.iterations, "1.5")!,
    /^Invalid --iterations "1.5"/,
  );
  assert.isUndefined(checkText("iterations", spec.flags.iterations, "20000"));
  assert.isUndefined(checkText("input", spec.flags.input, ""));
  assert.isUndefined(checkText("standardize", spec.flags.standardize, "on"));
});

Deno.test("the command to type in a terminal, with the permissions its files need", () => {
  const texts = textsFromQuery(spec, new URLSearchParams());
  assert.equal(commandFor("08_train.ts", spec, texts), "deno run lessons/08_train.ts");
  assert.equal(
    commandFor("08_train.ts", spec, {
      ...texts,
      iterations: "20000",
      data: "my data.csv",
      plot: "out/p.svg",
      standardize: "on",
    }),
    "deno run --allow-read='my data.csv' --allow-read=out --allow-write=out lessons/08_train.ts " +
      "--iterations 20000 --data 'my data.csv' --plot out/p.svg --standardize",
  );
});

Deno.test("the address holds the lesson and the changed flags, never a pasted file", () => {
  const texts = textsFromQuery(spec, new URLSearchParams());
  assert.equal(String(queryFor("08", spec, texts)), "lesson=08");
  assert.equal(
    String(
      queryFor("08", spec, {
        ...texts,
        learningRate: "0.05",
        data: "pasted.csv",
        standardize: "on",
      }),
    ),
    "lesson=08&learning-rate=0.05&standardize=1",
  );
});

Deno.test("a switch in the address is on for 1 (what the page writes), off for 0 or when absent", () => {
  const switchOf = (query: string) => textsFromQuery(spec, new URLSearchParams(query)).standardize;
  assert.equal(switchOf("standardize=1"), "on");
  assert.equal(switchOf("standardize=0"), "", "a link written by hand with 0 means off");
  assert.equal(switchOf(""), "");
});

Deno.test("a link's unknown and repeated names are named, one line each", () => {
  const query = new URLSearchParams("lesson=08&sed=7&iterations=1&iterations=2&run=1");
  assert.deepEqual(linkProblems(spec, query), [
    `The link's "sed" is not a flag of this lesson, so it was left out (its flags: ` +
    `${Object.keys(spec.flags).map((k) => flagName(k)).join(", ")}).`,
    `The link gives "iterations" 2 times ("1", "2"): the first is used.`,
  ]);
  assert.deepEqual(linkProblems(spec, new URLSearchParams("lesson=08&iterations=3&run=1")), []);
});

Deno.test("the page's switches run and present take 1 or 0; any other value is named", () => {
  const problems = (query: string) => linkProblems(spec, new URLSearchParams(query));
  assert.deepEqual(problems("lesson=08&present=1&run=0"), []);
  assert.deepEqual(problems("lesson=08&present=yes&run=true"), [
    `The link's "present" is "yes": 1 turns it on, 0 off, so it was left off.`,
    `The link's "run" is "true": 1 turns it on, 0 off, so it was left off.`,
  ]);
});

Deno.test("see-step names an iteration See one step keeps, 0 to 99; any other value is named", () => {
  const problems = (query: string) => linkProblems(spec, new URLSearchParams(query));
  assert.deepEqual(problems("lesson=08&run=1&see-step=0"), []);
  assert.deepEqual(problems("lesson=08&see-step=99&iterations=100000"), []);
  for (const wrong of ["100", "-1", "1.5", "x", ""]) {
    assert.deepEqual(problems(`lesson=08&see-step=${wrong}`), [
      `The link's "see-step" is ${JSON.stringify(wrong)}: "See one step" shows iterations 0 ` +
      `to 99, so it was left out.`,
    ], wrong);
  }
});

Deno.test("the command's parts keep each flag with its value", () => {
  assert.deepEqual(
    commandParts("08_train.ts", spec, {
      ...textsFromQuery(spec, new URLSearchParams()),
      iterations: "7",
    }),
    [
      "deno run",
      "lessons/08_train.ts",
      "--iterations 7",
    ],
  );
});

Deno.test("each kind of flag's default is its control's text: a list joined, a choice as is", () => {
  const sizes = { kind: "list", default: [2, 4, 1], length: 3, min: 1, max: 9, help: "Sizes" };
  assert.strictEqual(defaultText(sizes as never), "2,4,1");
  assert.equal(defaultText(spec.flags.input), "", "a list left out by default");
  assert.equal(defaultText(spec.flags.data), "data/tutorial.csv");
  assert.equal(defaultText({ kind: "input", help: "Data" } as never), "");
  assert.equal(
    defaultText({ kind: "choice", default: "relu", choices: ["relu"] } as never),
    "relu",
  );
  assert.equal(defaultText(spec.flags.plot), "");
  assert.equal(defaultText(spec.flags.standardize), "");
});

Deno.test("a link's empty value is an empty control, which the command line then refuses", () => {
  const texts = textsFromQuery(spec, new URLSearchParams("iterations="));
  assert.equal(texts.iterations, "");
  assert.deepEqual(argsFor(spec, texts), ["--iterations="]);
  assert.isString(checkText("iterations", spec.flags.iterations, ""));
  assert.isUndefined(checkText("iterations", spec.flags.iterations, "20"));
});

Deno.test("see-step is read as an iteration 0 to 99, else not at all", () => {
  const asked = (value: string) => seeStepOf(new URLSearchParams({ "see-step": value }));
  assert.equal(asked("0"), 0);
  assert.equal(asked("5"), 5);
  assert.equal(asked("99"), 99);
  assert.isUndefined(asked("100"));
  assert.isUndefined(asked(""));
  assert.isUndefined(asked("-1"));
  assert.isUndefined(asked("1.5"));
  assert.isUndefined(asked("five"));
  assert.isUndefined(seeStepOf(new URLSearchParams("lesson=08")));
  assert.equal(seeStepOf(new URLSearchParams("see-step=3&see-step=7")), 3, "the first");
});

Deno.test("the page's address says present=1 in presenter mode, and nothing of it otherwise", () => {
  assert.equal(pageAddress(new URLSearchParams("lesson=08"), true), "?lesson=08&present=1");
  assert.equal(pageAddress(new URLSearchParams("lesson=08&present=1"), false), "?lesson=08");
  assert.equal(
    pageAddress(new URLSearchParams("lesson=08&present=1"), true),
    "?lesson=08&present=1",
  );
  assert.equal(pageAddress(new URLSearchParams("lesson=08&seed=7"), false), "?lesson=08&seed=7");
});

Deno.test("a lesson the page does not have is named, with the lessons it has or its command", () => {
  assert.equal(
    unknownLesson("99", "01", ["01", "02"]),
    'There is no lesson "99" here (the lessons are 01, 02), so the page shows lesson 01.',
  );
  assert.equal(
    unknownLesson("18", "01", ["01", "02"]),
    "Lesson 18 runs in a terminal only (deno task framework), so the page shows lesson 01.",
  );
  assert.match(unknownLesson("1", "01", ["01"]), /^There is no lesson "1" here/);
});
