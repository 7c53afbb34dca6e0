// How the checker talks about a learner's code. It calls their functions, names each call the
// way they would write it, and turns a wrong answer into one plain line:
//
//     sigmoid(0) should be 0.5, yours gave 0
//
// An error their code throws becomes such a line too, with the place it came from. A TODO error
// is passed on untouched: the caller reads it as "not started".

import { formatArray, formatNumber } from "../../lib/format_array.ts";

/** The widest line of a message: the report indents it by two, to 80 columns. */
export const MESSAGE_WIDTH = 78;

/**
 * Breaks `text` into lines of at most `width` characters after `indent`, at spaces; a list in
 * brackets, like NumPy's `[ 1.5 -0.76]`, is never broken.
 */
export function wrap(text: string, indent = "  ", width = 80): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.match(/\[[^\]]*\]\S*|\S+/g) ?? []) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, indent + line];
}

/**
 * An exercise is not done yet: `lines` say why, in the learner's words; `mistake` names a known
 * mistake (an id of the exercise's `mistakes`) when the wrong value shows which one it is.
 */
export class NotDone extends Error {
  override name = "NotDone";
  readonly lines: string[];
  readonly mistake?: string;

  /** Lines wider than {@link MESSAGE_WIDTH} are wrapped, continued four columns further in. */
  constructor(lines: string[], mistake?: string) {
    const fitted = lines.flatMap((line) => {
      if (line.length <= MESSAGE_WIDTH) return [line];
      const indent = line.match(/^ */)![0];
      const [first, ...rest] = wrap(line.trimStart(), `${indent}    `, MESSAGE_WIDTH);
      return [indent + first.trimStart(), ...rest];
    });
    super(fitted.join("\n"));
    this.lines = fitted;
    this.mistake = mistake;
  }
}

/** A call of the learner's code and what it gave: `subject` is the call as they would write it. */
export interface Result {
  subject: string;
  value: unknown;
  /** What the short names in `subject` stand for, e.g. "inputs: the eight points ...". */
  notes: string[];
}

/**
 * Who is told, before each call of the learner's code, what is about to run: the worker tells
 * the main thread, so that code that never ends is reported with the call it was in.
 */
export const calls: { observer?: (subject: string) => void } = {};

/** True for the error a blank throws: its message starts with "TODO". */
export function isTodo(error: unknown): error is Error {
  return error instanceof Error && /^TODO\b/.test(error.message);
}

/** "exercises/02_sigmoid.ts:17:10": the first place in an exercise file that a stack names. */
export function placeInExercises(stack: string | undefined): string | undefined {
  // The last "exercises/" of the path: the project may itself sit in a folder of that name.
  return stack?.match(/exercises\/(?:(?!exercises\/)[\w/])*\d\d_\w+\.ts:\d+:\d+/)?.[0];
}

/** A number as a learner reads it: 8 decimals at most, like the tutorial; NaN stays NaN. */
export function showNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return formatNumber(x).replace(/\.(?=e|$)/, "");
}

/** What a value the learner's code returned looks like in a message. */
export function describe(value: unknown): string {
  if (value === undefined) return "undefined (a missing return?)";
  if (typeof value === "number") return showNumber(value);
  if (value instanceof Promise) return "a Promise (the function should not be async)";
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number")) {
    return formatArray(value);
  }
  return showArgument(value);
}

const LABEL = Symbol("label");

/** An argument shown by a short name in messages, with a note saying what it is. */
interface Labeled {
  [LABEL]: string;
  note?: string;
  value: unknown;
}

/** Shows `value` as `label` in messages; `note`, if given, explains it on lines of its own. */
export function labeled(value: unknown, label: string, note?: string): Labeled {
  return { [LABEL]: label, note, value };
}

function isLabeled(arg: unknown): arg is Labeled {
  return typeof arg === "object" && arg !== null && LABEL in arg;
}

/** An argument as it is written in code: `[1.66, 1.56]`, `{ weights: [1.45, -0.66], bias: 0 }`. */
function showArgument(value: unknown): string {
  if (isLabeled(value)) return value[LABEL];
  if (typeof value === "function") return value.name || "a function";
  if (Array.isArray(value)) return `[${value.map(showArgument).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const fields = Object.entries(value).map(([key, v]) => `${key}: ${showArgument(v)}`);
    return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
  }
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

/** "sigmoid(0) threw TypeError: ...", and where, for an error the learner's code threw. */
export function threw(subject: string, error: unknown): string[] {
  if (!(error instanceof Error)) return [`${subject} threw ${showArgument(error)}`];
  const place = placeInExercises(error.stack);
  return [
    `${subject} threw ${error.name}: ${error.message.split("\n")[0]}`,
    ...(place ? [`  at ${place}`] : []),
  ];
}

/**
 * The exported function `name` of the learner's `module`, wrapped: each call returns a
 * {@link Result} naming the call. The arguments are copied, so the learner's code cannot change
 * the checker's data.
 *
 * @throws {NotDone} If the module has no such function, or when a call throws (a TODO error is
 * passed on as it is).
 */
export function yours(
  module: Record<string, unknown>,
  file: string,
  name: string,
): (...args: unknown[]) => Result {
  const fn = module[name];
  if (typeof fn !== "function") {
    throw new NotDone([
      `exercises/${file} should export a function named ${name}, yours has none`,
      `  (keep its first line as it was: export function ${name}(...)`,
    ]);
  }
  return (...args) => {
    const subject = `${name}(${args.map(showArgument).join(", ")})`;
    const notes = args.flatMap((arg) => isLabeled(arg) && arg.note ? arg.note.split("\n") : []);
    const plain = args.map((arg) => isLabeled(arg) ? arg.value : arg)
      .map((arg) => typeof arg === "function" ? arg : structuredClone(arg));
    calls.observer?.(subject);
    try {
      return { subject, value: fn(...plain), notes };
    } catch (error) {
      if (isTodo(error)) throw error;
      throw new NotDone([...threw(subject, error), ...notes]);
    }
  };
}

/** Runs more of the learner's code under the name `subject`, e.g. a training run. */
export function attempt<T>(subject: string, run: () => T): T {
  calls.observer?.(subject);
  try {
    return run();
  } catch (error) {
    if (isTodo(error) || error instanceof NotDone) throw error;
    throw new NotDone(threw(subject, error));
  }
}

/**
 * "<subject> should <should>, yours gave <gave>", on two lines if it does not fit on one,
 * followed by the result's notes.
 */
export function mismatch(
  result: Result,
  should: string,
  gave: string,
  diagnosis?: Diagnosis,
): NotDone {
  const line = `${result.subject} should ${should}, yours gave ${gave}`;
  const said = diagnosis ? wrap(diagnosis.says, "  ", MESSAGE_WIDTH) : [];
  const lines = line.length <= MESSAGE_WIDTH
    ? [line]
    : [result.subject, `  should ${should}, yours gave ${gave}`];
  return new NotDone([...lines, ...said, ...result.notes], diagnosis?.mistake);
}

/**
 * A known wrong value: when the learner's value equals `value`, the message adds `says` (what
 * the value is, e.g. "that is 1 - 0.7985731") and names the exercise's mistake `mistake`.
 */
export interface Diagnosis {
  value?: number;
  mistake: string;
  says: string;
}

/** The first diagnosis whose value `value` equals (to 1e-9, relative), or whose value is NaN
 * when `value` is. */
export function diagnose(value: unknown, known: readonly Diagnosis[]): Diagnosis | undefined {
  if (typeof value !== "number") return undefined;
  return known.find((d) =>
    d.value === undefined ||
    (Number.isNaN(d.value)
      ? Number.isNaN(value)
      : Math.abs(value - d.value) <= 1e-9 * Math.max(1, Math.abs(d.value)))
  );
}

/** Part of a result: `result.key`, after checking that the result is an object that has it. */
export function field(result: Result, key: string, shape: string): Result {
  const { value } = result;
  if (typeof value !== "object" || value === null || !(key in value)) {
    throw mismatch(result, `return ${shape}`, describe(value));
  }
  return { ...result, subject: `${result.subject}.${key}`, value: (value as never)[key] };
}

/** An element of a list result, after checking its length. */
export function item(result: Result, index: number, length: number, what: string): Result {
  const list = expectList(result, length, what);
  return { ...result, subject: `${result.subject}[${index}]`, value: list[index] };
}

/** The result as a list of `length` elements. */
export function expectList(result: Result, length: number, what: string): unknown[] {
  const { value } = result;
  if (!Array.isArray(value)) throw mismatch(result, `be a list of ${what}`, describe(value));
  if (value.length !== length) {
    // "1 value", "2 values": the first plural of `what` loses its s for one.
    const counted = length === 1 ? what.replace(/(\w)s\b/, "$1") : what;
    const gave = value.length <= 6 ? describe(value) : `a list of ${value.length}`;
    throw mismatch(result, `have ${length} ${counted}`, gave);
  }
  return value;
}

/** The result as a number, else a message saying it should be one. */
export function expectNumber(result: Result, known: readonly Diagnosis[] = []): number {
  if (typeof result.value === "number" && Number.isNaN(result.value)) {
    const nan = known.find((d) => d.value !== undefined && Number.isNaN(d.value));
    if (nan) throw mismatch(result, "be a number", "NaN", nan);
  }
  if (typeof result.value !== "number") {
    throw mismatch(result, "be a number", describe(result.value));
  }
  return result.value;
}

/**
 * The result equals `expected` at the precision the tutorial prints: both are shown with at
 * most 8 decimals and must read the same. A string is taken as the tutorial's printed digits.
 */
export function expectValue(
  result: Result,
  expected: number | string,
  known: readonly Diagnosis[] = [],
): number {
  const value = expectNumber(result);
  const want = typeof expected === "string" ? expected : showNumber(expected);
  if (showNumber(value) !== want) {
    throw mismatch(result, `be ${want}`, showNumber(value), diagnose(value, known));
  }
  return value;
}

/** The result is a list of numbers equal to `expected` at the tutorial's precision. */
export function expectVector(result: Result, expected: readonly number[], what: string): void {
  const list = expectList(result, expected.length, what);
  const numbers = list.every((x) => typeof x === "number");
  const want = formatArray(expected);
  if (!numbers || formatArray(list as number[]) !== want) {
    throw mismatch(result, `be ${want}`, describe(list));
  }
}

/**
 * The result is within a relative `tolerance` of `expected` (a computed reference, e.g. a
 * finite difference); `what` says where the reference comes from.
 */
export function expectClose(
  result: Result,
  expected: number,
  tolerance: number,
  what: string,
  known: readonly Diagnosis[] = [],
): number {
  const value = expectNumber(result);
  const scale = Math.max(Math.abs(value), Math.abs(expected), 1e-3);
  if (!(Math.abs(value - expected) <= tolerance * scale)) {
    const [want, gave] = [showNumber(expected), showNumber(value)];
    const full = want === gave;
    throw mismatch(
      result,
      `be ${full ? expected : want} (${what})`,
      full ? String(value) : gave,
      diagnose(value, known),
    );
  }
  return value;
}
