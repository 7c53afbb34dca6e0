/// <reference lib="dom" />
// The classroom page's exercises (index.html?exercise=03): the exercise's text (its file's opening
// comment), an editor holding the learner's file (the blank at first, then what they wrote, kept
// in the browser's storage), and the terminal's checker: Check runs the same check
// (exercises/NN_name.check.ts) in a worker with the same time limit and shows the same report as
// `deno task exercise NN`; Hint does what --hint does, the next hint in the same order; Reset puts
// back the blank, as --reset does. Progress (done or not, the hints seen) is kept as the terminal
// keeps it, with the same rules (progress.ts), in the browser's storage instead of a file.
// TypeScript's type check runs in the terminal only: the page says so.

import { superviseCheck, TIME_LIMIT } from "../../exercises/_checker/channel.ts";
import { type Context, loadContext } from "../../exercises/_checker/context.ts";
import { type Exercise, id } from "../../exercises/_checker/exercise.ts";
import { exercise, exercises } from "../../exercises/_checker/list.ts";
import type { Outcome } from "../../exercises/_checker/outcome.ts";
import { parseProgress, type Progress, record } from "../../exercises/_checker/progress.ts";
import { heading, report } from "../../exercises/_checker/report.ts";
import type { Sources } from "./exercise_loader.ts";
import type { ExerciseJob } from "./exercise_worker.ts";
import { siteWorker } from "./site_worker.ts";

/** Where the page keeps the progress, and each exercise's code, in the browser's storage. */
export const PROGRESS_KEY = "classroom.exercises.progress";
const codeKey = (file: string) => `classroom.exercises.${file}`;

/** The one line that tells what the page does not check. */
export const TYPES_NOTE = "Types are checked in the terminal only (deno task exercise NN): " +
  "the page runs the same checks, without TypeScript's type check.";

/** Each exercise's blank, by file name, as the site's script holds them (classroom/build.ts). */
function blank(file: string): string {
  return (globalThis as unknown as { classroomBlanks: Record<string, string> })
    .classroomBlanks[file];
}

/** The learner's file: what they last wrote, or the blank. */
const learnerCode = (file: string) => localStorage.getItem(codeKey(file)) ?? blank(file);

/** Every exercise's file as the learner has it, by its path from the project's root. */
export function learnerSources(): Sources {
  return Object.fromEntries(exercises.map((e) => [`exercises/${e.file}`, learnerCode(e.file)]));
}

/** The exercise's text: its file's opening comment, without the comment marks. */
export function openingComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split("\n")) {
    if (!line.startsWith("//")) break;
    lines.push(line.replace(/^\/\/ ?/, ""));
  }
  return lines.join("\n");
}

const readProgress = (): Progress => parseProgress(localStorage.getItem(PROGRESS_KEY) ?? undefined);

let context: Context | undefined;

/** Checks exercise `number` on `sources` in a fresh worker, stopped after the time limit. */
export function checkInWorker(number: number, sources: Sources, folder: string): Promise<Outcome> {
  context ??= loadContext();
  const job: ExerciseJob = { number, context, folder, sources };
  return superviseCheck(siteWorker("exercises"), job, TIME_LIMIT);
}

/**
 * What the page shows after a check of exercise `number`: the terminal's report, with the hint
 * level that the progress gives (one more when the learner asked, as with --hint), the progress
 * saved. `folder` holds the exercise's file in `sources`.
 */
export async function checkAndReport(
  number: number,
  sources: Sources,
  folder = "exercises/",
  askedForHint = false,
): Promise<{ status: string; lines: string[] }> {
  const e = exercise(number);
  let outcome: Outcome;
  try {
    outcome = await checkInWorker(number, sources, folder);
  } catch (error) {
    return { status: "a bug", lines: [error instanceof Error ? error.message : String(error)] };
  }
  const { progress, level } = record(readProgress(), e, outcome, askedForHint);
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  return { status: outcome.status, lines: report(e, outcome, level) };
}

const lessonNumber = (e: Exercise) => e.lesson.match(/\d\d/)![0];

/** Beside each lesson's code, a link to the exercises it explains, or to the first one. */
export function addExerciseLinks(): void {
  for (const e of exercises) {
    const file = e.lesson.replace(/^lessons\//, "");
    // On the line that names the lesson's code, so that the lesson takes no more room.
    const code = document.querySelector(`section.lesson[data-file="${file}"] > h3`);
    if (!code) continue;
    const link = element("span", { className: "exercise-link" }, " · write it yourself: ");
    link.append(element("a", { href: `?exercise=${id(e.number)}` }, heading(e)));
    code.append(link);
  }
  // A lesson that explains none links to them all, on that same line: the bar has no room.
  for (const code of document.querySelectorAll("section.lesson > h3")) {
    if (code.querySelector(".exercise-link")) continue;
    const link = element("span", { className: "exercise-link" }, " · ");
    link.append(element("a", { href: "?exercise=01" }, "the exercises"));
    code.append(link);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  text = "",
): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), properties);
  if (text !== "") made.textContent = text;
  return made;
}

/** Shows exercise `asked` ("03"), or the first one with a line saying there is no such one. */
export function showExercise(asked: string): void {
  const found = exercises.find((e) => id(e.number) === asked);
  const e = found ?? exercises[0];
  for (const section of document.querySelectorAll<HTMLElement>("section.lesson")) {
    section.hidden = true;
  }
  const progress = readProgress();
  const list = element("ol", { className: "exercise-list" });
  for (const other of exercises) {
    const done = progress[id(other.number)]?.done === true;
    const link = element("a", { href: `?exercise=${id(other.number)}` }, id(other.number));
    link.title = `${heading(other)}${done ? ": done" : ""}`;
    link.dataset.done = String(done);
    if (other === e) link.setAttribute("aria-current", "page");
    const item = element("li");
    item.append(link);
    list.append(item);
  }
  const editor = element("textarea", {
    id: "exercise-code",
    spellcheck: false,
    value: learnerCode(e.file),
  });
  editor.setAttribute("aria-label", `Your code: exercises/${e.file}`);
  editor.rows = Math.min(40, editor.value.split("\n").length + 2);
  editor.addEventListener("input", () => localStorage.setItem(codeKey(e.file), editor.value));
  const check = element("button", { type: "button", id: "check" }, "Check");
  const hint = element("button", { type: "button", id: "hint" }, "Hint");
  const reset = element("button", { type: "button", id: "exercise-reset" }, "Reset");
  const status = element("span", { id: "exercise-status" });
  status.setAttribute("role", "status");
  const reportBox = element("pre", { id: "exercise-report" });
  reportBox.setAttribute("aria-label", "What the checker says");
  let checks = 0;
  const run = async (askedForHint: boolean) => {
    check.disabled = hint.disabled = reset.disabled = true;
    status.textContent = "Checking…";
    document.body.dataset.checking = "true";
    const { status: verdict, lines } = await checkAndReport(
      e.number,
      learnerSources(),
      "exercises/",
      askedForHint,
    );
    reportBox.textContent = lines.join("\n");
    status.textContent = verdict === "done" ? "Done." : "";
    status.dataset.status = verdict;
    const mark = list.querySelector<HTMLElement>("[aria-current]")!;
    mark.dataset.done = String(readProgress()[id(e.number)]?.done === true);
    check.disabled = hint.disabled = reset.disabled = false;
    document.body.dataset.checking = "false";
    document.body.dataset.checks = String(++checks);
  };
  check.addEventListener("click", () => run(false));
  hint.addEventListener("click", () => run(true));
  reset.addEventListener("click", () => {
    if (!confirm(`Put back the blank of exercises/${e.file}? Your code in it will be lost.`)) {
      return;
    }
    localStorage.removeItem(codeKey(e.file));
    const progress = readProgress();
    delete progress[id(e.number)];
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    editor.value = blank(e.file);
    reportBox.textContent = `exercises/${e.file} is the blank again: Check checks it.`;
    list.querySelector<HTMLElement>("[aria-current]")!.dataset.done = "false";
  });

  const section = element("section", { id: "exercise" });
  section.dataset.exercise = id(e.number);
  const lesson = lessonNumber(e);
  const back = element(
    "p",
    { className: "exercise-lesson" },
    `Lesson ${lesson} explains the idea: `,
  );
  back.append(element("a", { href: `?lesson=${lesson}` }, e.lesson));
  const actions = element("div", { className: "actions" });
  actions.append(check, hint, reset, status);
  section.append(
    ...(found ? [] : [
      element(
        "p",
        { className: "notice" },
        `There is no exercise ${JSON.stringify(asked)} here (they are 01 to ` +
          `${id(exercises.length)}), so the page shows exercise 01.`,
      ),
    ]),
    element("nav", { className: "exercises" }),
    element("h2", {}, heading(e)),
    element("pre", { className: "exercise-text" }, openingComment(blank(e.file))),
    back,
    element("h3", {}, `Your code: exercises/${e.file}`),
    editor,
    element("p", { className: "types-note" }, TYPES_NOTE),
    actions,
    reportBox,
  );
  section.querySelector("nav")!.append(list);
  document.querySelector("main")!.append(section);
  document.title = `${heading(e)} | Neural network from scratch`;
  document.body.dataset.exercise = id(e.number);
  document.body.dataset.ready = "true";
}

// The page's test calls the check as the Check button does, on the files it gives.
(globalThis as unknown as { classroomExercises: unknown }).classroomExercises = { checkAndReport };
