// A lesson's flags on the page: each flag of the lesson's own spec becomes a control whose text
// is checked by the command line's own rules (readValue), turned into the arguments its `main`
// receives, shown as the command to type in a terminal, and kept in the page's address with the
// command line's names: /?lesson=08&seed=7&learning-rate=0.05.

import { type Flag, flagName, type LessonSpec, readValue } from "../../runtime/cli.ts";
import { SEPARATE_LESSONS } from "../../runtime/separate.ts";
import { MAX_STEPS } from "./recording.ts";

/** Each flag's text as typed in its control, by the spec's key. */
export type FlagTexts = Record<string, string>;

/** `learningRate` is `learning-rate` in the address, as `--learning-rate` on the command line. */
export const queryName = (key: string): string => flagName(key).slice(2);

/** A flag's default as the text of its control; "" for a flag that is left out by default. */
export function defaultText(flag: Flag): string {
  switch (flag.kind) {
    case "number":
      return flag.default === undefined ? "" : String(flag.default);
    case "whole":
      return String(flag.default);
    case "list":
      return flag.default === undefined ? "" : flag.default.join(",");
    case "input":
      return flag.default ?? "";
    case "choice":
      return flag.default;
    case "output":
    case "switch":
      return "";
  }
}

/** A switch's text when it is on. */
export const ON = "on";

/** The texts the address asks for, and the default of every other flag. */
export function textsFromQuery(
  spec: LessonSpec<Record<string, Flag>>,
  query: URLSearchParams,
): FlagTexts {
  return Object.fromEntries(
    Object.entries(spec.flags).map(([key, flag]) => {
      const text = query.get(queryName(key));
      if (flag.kind === "switch") return [key, text === null || text === "0" ? "" : ON];
      return [key, text ?? defaultText(flag)];
    }),
  );
}

/** The flags whose text differs from their default: what the command line and address name. */
function changed(spec: LessonSpec<Record<string, Flag>>, texts: FlagTexts): [string, string][] {
  return Object.entries(spec.flags)
    .filter(([key, flag]) => (texts[key] ?? defaultText(flag)) !== defaultText(flag))
    .map(([key]) => [key, texts[key]]);
}

/**
 * The arguments for the lesson's `main`, exactly as a terminal passes them: `--name=text` for
 * each flag changed from its default (so any text, even one starting with "--", reaches the
 * flag's own check), `--name` for a switch that is on.
 */
export function argsFor(spec: LessonSpec<Record<string, Flag>>, texts: FlagTexts): string[] {
  return changed(spec, texts).map(([key, text]) =>
    spec.flags[key].kind === "switch" ? flagName(key) : `${flagName(key)}=${text}`
  );
}

/**
 * Checks a control's text by the command line's rules.
 *
 * @returns The one-line message the command line gives for it (without "Error: "), or
 * `undefined` when the text is fine or the flag is left out.
 */
export function checkText(key: string, flag: Flag, text: string): string | undefined {
  if (flag.kind === "switch" || text === defaultText(flag)) return undefined;
  try {
    readValue(key, flag, text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Quotes a word for a POSIX shell when it needs it. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command that prints in a terminal what the page prints, e.g.
 * `deno run --allow-read=my.csv lessons/08_train.ts --data my.csv --seed 7`, with the
 * permissions its files need: read for a file it reads (a path flag with a default), read and
 * write on the folder of a file it writes (a path flag without one).
 */
export function commandFor(
  file: string,
  spec: LessonSpec<Record<string, Flag>>,
  texts: FlagTexts,
): string {
  return commandParts(file, spec, texts).join(" ");
}

/**
 * The command of {@link commandFor} in the parts a line may not break inside: `deno run`, each
 * permission, the lesson, and each flag with its value (`--seed 7`).
 */
export function commandParts(
  file: string,
  spec: LessonSpec<Record<string, Flag>>,
  texts: FlagTexts,
): string[] {
  const permissions = new Set<string>();
  const flags: string[] = [];
  for (const [key, text] of changed(spec, texts)) {
    const flag = spec.flags[key];
    if (flag.kind === "switch") {
      flags.push(flagName(key));
      continue;
    }
    flags.push(`${flagName(key)} ${shellWord(text)}`);
    if ((flag.kind === "input" || flag.kind === "output") && text !== "") {
      if (flag.kind === "input") {
        permissions.add(`--allow-read=${shellWord(text)}`);
      } else {
        const folder = shellWord(text.includes("/") ? text.slice(0, text.lastIndexOf("/")) : ".");
        permissions.add(`--allow-read=${folder}`).add(`--allow-write=${folder}`);
      }
    }
  }
  return ["deno run", ...permissions, `lessons/${file}`, ...flags];
}

/**
 * The page's address for a lesson and its flags: only the flags changed from their default,
 * by their command-line names. A file read from the page (pasted or dropped data) is left out:
 * a link cannot hold it.
 */
export function queryFor(
  lesson: string,
  spec: LessonSpec<Record<string, Flag>>,
  texts: FlagTexts,
): URLSearchParams {
  const query = new URLSearchParams({ lesson });
  for (const [key, text] of changed(spec, texts)) {
    const flag = spec.flags[key];
    if (flag.kind === "input" && flag.default !== undefined) continue;
    query.set(queryName(key), flag.kind === "switch" ? "1" : text);
  }
  return query;
}

/**
 * The address's word for the iteration "See one step" shows once the run has ended:
 * `&see-step=5` opens it at iteration 5.
 */
export const SEE_STEP = "see-step";

/** The iteration a link's `see-step` asks for, if it is one "See one step" keeps (0 to 99). */
export function seeStepOf(query: URLSearchParams): number | undefined {
  const asked = query.get(SEE_STEP) ?? "";
  return /^\d+$/.test(asked) && Number(asked) < MAX_STEPS ? Number(asked) : undefined;
}

/** The page's address for `query` (changed in place), with `present=1` when presenting. */
export function pageAddress(query: URLSearchParams, presenting: boolean): string {
  if (presenting) query.set("present", "1");
  else query.delete("present");
  return `?${query}`;
}

/**
 * What the address names that is not here, in one line: lesson `number` is one that runs in a
 * terminal only, or none of `numbers` (the page's lessons); the page shows lesson `shown`.
 */
export function unknownLesson(number: string, shown: string, numbers: readonly string[]): string {
  const apart = Object.entries(SEPARATE_LESSONS).find(([file]) => file.startsWith(`${number}_`));
  if (apart !== undefined) {
    return `Lesson ${number} runs in a terminal only (${apart[1].command}), so the page shows ` +
      `lesson ${shown}.`;
  }
  return `There is no lesson ${JSON.stringify(number)} here (the lessons are ` +
    `${numbers.join(", ")}), so the page shows lesson ${shown}.`;
}

/**
 * The words of the page's address that are not flags: the lesson, whether to run it, whether
 * to show it in presenter mode, the iteration "See one step" shows.
 */
const PAGE_WORDS = ["lesson", "run", "present", SEE_STEP];

/** The page's words that are switches: 1 turns each on, 0 (or leaving it out) off. */
const PAGE_SWITCHES = ["run", "present"];

/**
 * What is wrong with the flags of a link, in one line each: a name that is no flag of the
 * lesson (left out), a page switch (run, present) that is neither 1 nor 0 (left off), an
 * iteration for "See one step" it does not keep (left out), a name given more than once (its
 * first value used). A value a flag
 * refuses is its control's own message.
 */
export function linkProblems(
  spec: LessonSpec<Record<string, Flag>>,
  query: URLSearchParams,
): string[] {
  const names = new Set(Object.keys(spec.flags).map(queryName));
  const problems: string[] = [];
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    if (!PAGE_WORDS.includes(name) && !names.has(name)) {
      problems.push(
        `The link's ${JSON.stringify(name)} is not a flag of this lesson, so it was left out ` +
          `(its flags: ${[...names].map((n) => `--${n}`).join(", ") || "none"}).`,
      );
    } else if (PAGE_SWITCHES.includes(name) && !["0", "1"].includes(values[0])) {
      problems.push(
        `The link's ${JSON.stringify(name)} is ${JSON.stringify(values[0])}: 1 turns it on, ` +
          `0 off, so it was left off.`,
      );
    } else if (name === SEE_STEP && seeStepOf(query) === undefined) {
      problems.push(
        `The link's "${SEE_STEP}" is ${JSON.stringify(values[0])}: "See one step" shows ` +
          `iterations 0 to ${MAX_STEPS - 1}, so it was left out.`,
      );
    } else if (values.length > 1) {
      problems.push(
        `The link gives ${JSON.stringify(name)} ${values.length} times ` +
          `(${values.map((v) => JSON.stringify(v)).join(", ")}): the first is used.`,
      );
    }
  }
  return problems;
}
