/// <reference lib="dom" />
// The lesson's code, editable on the classroom page: Edit opens the lesson's source in an editor
// (CodeMirror 6, bundled into the site's script, so it works from the disk with no network), and
// beside it each lib file the lesson uses; Run then runs the edited code (the lessons' worker
// loads it with edited_lesson.ts), and Reset puts back the original of every file. The edits
// last while the page is open.

import { javascript } from "@codemirror/lang-javascript";
import { basicSetup, EditorView } from "codemirror";
import { lessonPath } from "../site.ts";
import type { Sources } from "./exercise_loader.ts";

/** The lib files each lesson uses, by the lesson's file name, as the script holds them. */
const site = globalThis as unknown as {
  classroomLibFiles: Record<string, string[]>;
  classroomSources: Record<string, string>;
};

/** Every file's text as edited, by path, for the lessons shown so far. */
const edits = new Map<string, string>();
/** The original of each file: the lesson's from its page, the lib's from the script. */
const originals = new Map<string, string>();

let view: EditorView | undefined;
let shown: { lesson: string; path: string } | undefined;

/** The files of lesson `file` that the editor offers: the lesson first, then its lib files. */
function filesOf(file: string): string[] {
  return [lessonPath(file), ...(site.classroomLibFiles[file] ?? [])];
}

/** The edited files of lesson `file` with its own source, or undefined if none is edited. */
export function editedSources(file: string): Sources | undefined {
  const paths = filesOf(file);
  if (view !== undefined && shown?.lesson === file) {
    edits.set(shown.path, view.state.doc.toString());
  }
  const changed = paths.filter((p) => edits.has(p) && edits.get(p) !== originals.get(p));
  if (changed.length === 0) return undefined;
  const lesson = lessonPath(file);
  return Object.fromEntries(
    [lesson, ...changed.filter((p) => p !== lesson)].map((
      p,
    ) => [p, edits.get(p) ?? originals.get(p)!]),
  );
}

/** Puts `path`'s text in the editor, after keeping the text shown before. */
function open(file: string, path: string, parent: HTMLElement): void {
  if (view !== undefined && shown !== undefined) edits.set(shown.path, view.state.doc.toString());
  const doc = edits.get(path) ?? originals.get(path)!;
  view?.destroy();
  view = new EditorView({
    doc,
    extensions: [basicSetup, javascript({ typescript: true })],
    parent,
  });
  shown = { lesson: file, path };
}

function button(className: string, text: string): HTMLButtonElement {
  return Object.assign(document.createElement("button"), {
    type: "button",
    className,
    textContent: text,
  });
}

/** Gives the section of lesson `file` its Edit bar, once; closes an editor left open elsewhere. */
export function showEditor(section: HTMLElement, file: string): void {
  if (shown !== undefined && shown.lesson !== file) {
    if (view !== undefined) edits.set(shown.path, view.state.doc.toString());
    view?.destroy();
    view = shown = undefined;
    for (const old of document.querySelectorAll<HTMLElement>(".editor")) old.hidden = true;
    for (const code of document.querySelectorAll<HTMLElement>("pre.code")) code.hidden = false;
    for (const bar of document.querySelectorAll<HTMLElement>(".edit-bar")) bar.hidden = true;
    for (const edit of document.querySelectorAll<HTMLButtonElement>("button.edit")) {
      edit.hidden = false;
    }
  }
  if (section.querySelector(".edit-bar")) return;
  const code = section.querySelector<HTMLElement>("pre.code")!;
  const lesson = lessonPath(file);
  originals.set(lesson, code.textContent!);
  for (const path of filesOf(file).slice(1)) originals.set(path, site.classroomSources[path]);
  const bar = document.createElement("div");
  bar.className = "edit-bar actions";
  const edit = button("edit", "Edit the code");
  const choose = document.createElement("select");
  choose.className = "edit-file";
  choose.setAttribute("aria-label", "The file in the editor");
  choose.hidden = true;
  for (const path of filesOf(file)) choose.append(new Option(path, path));
  const reset = button("edit-reset", "Reset");
  reset.hidden = true;
  const note = document.createElement("span");
  note.className = "edit-note";
  const editor = document.createElement("div");
  editor.className = "editor";
  editor.hidden = true;
  bar.hidden = true;
  bar.append(choose, reset, note);
  code.before(bar, editor);
  // Edit sits on the line that names the code, so that the lesson takes no more room until asked.
  section.querySelector(":scope > h3")!.append(" ", edit);
  edit.addEventListener("click", () => {
    edit.hidden = code.hidden = true;
    bar.hidden =
      choose.hidden =
      reset.hidden =
      editor.hidden =
        false;
    note.textContent = "Run runs the code as you edit it.";
    open(file, choose.value, editor);
    view!.focus();
  });
  choose.addEventListener("change", () => open(file, choose.value, editor));
  reset.addEventListener("click", () => {
    for (const path of filesOf(file)) edits.delete(path);
    shown = undefined;
    open(file, choose.value, editor);
    note.textContent = "Back to the lesson's own code.";
  });
}

// The page's test edits through this, as typing would.
(globalThis as unknown as { classroomEditor: unknown }).classroomEditor = {
  text: () => view?.state.doc.toString(),
  replace(text: string) {
    view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  },
};
