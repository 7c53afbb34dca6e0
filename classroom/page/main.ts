/// <reference lib="dom" />
// The classroom page in the browser. The build wrote every lesson's section (its idea and its
// code); this script shows one lesson at a time and gives it what a terminal gives it: flags,
// made into controls from the lesson's own spec; a Run button that runs the lesson's own `main`
// in a worker (worker.ts: the page stays usable, shows the training's progress, and Stop ends the
// run at once), printing into the page, with `Files` kept in memory; and, for the lessons that
// train, the training animated (and lesson 13's descents walked on its maps, map_replay.ts). The
// address holds the lesson and its flags.

import { flagName } from "../../runtime/cli.ts";
import { MAX_DATA_BYTES } from "../../runtime/files.ts";
import { parseDataset } from "../../lib/data/parse_dataset.ts";
import { Animation } from "./animation.ts";
import { MapReplay } from "./map_replay.ts";
import { OneStep } from "./one_step.ts";
import {
  argsFor,
  checkText,
  commandParts,
  defaultText,
  type FlagTexts,
  linkProblems,
  ON,
  pageAddress,
  queryFor,
  SEE_STEP,
  seeStepOf,
  textsFromQuery,
  unknownLesson,
} from "./flags.ts";
import { type LessonModule, lessonModule } from "./lesson_module.ts";
import type { Progress } from "./recording.ts";
import type { RunMessage, RunRequest } from "./worker.ts";
import { addExerciseLinks, showExercise } from "./exercises.ts";
import { siteWorker } from "./site_worker.ts";
import { editedSources, showEditor } from "./lesson_editor.ts";

/** The name a pasted CSV goes by; a dropped file keeps its own. */
const PASTED = "pasted.csv";

/** How long typing must pause before pasted data is checked: a keystroke never waits on it. */
const SETTLE_MS = 300;

const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document): T =>
  root.querySelector<T>(selector)!;

const sections = [...document.querySelectorAll<HTMLElement>("section.lesson")];
const template = $<HTMLTemplateElement>("#workspace-template");
const workspace = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
const form = $<HTMLFormElement>("#flags", workspace);
const command = $("#command", workspace);
const output = $("#output", workspace);
const errors = $("#errors", workspace);
const status = $("#status", workspace);
const pictures = $("#pictures", workspace);
const trainingPanel = $("#training", workspace);
// What is wrong with the address, named above the controls; the lesson's "Try this", with each
// answer held back until asked for.
const notices = document.createElement("div");
notices.id = "link-problems";
notices.setAttribute("role", "alert");
workspace.prepend(notices);
const experiments = document.createElement("div");
experiments.id = "experiments";
pictures.after(experiments);
// A neuron's first iterations, one at a time (one_step.ts), under the replay.
const oneStepSlot = document.createElement("div");
$("#runs", workspace).after(oneStepSlot);
const runButton = $<HTMLButtonElement>("#run", workspace);
const helpButton = $<HTMLButtonElement>("#help", workspace);
const stopButton = $<HTMLButtonElement>("#stop", workspace);
const runProgress = $<HTMLProgressElement>("#run-progress", workspace);
const controls = {
  play: $<HTMLButtonElement>("#play", workspace),
  step: $<HTMLButtonElement>("#step", workspace),
  finish: $<HTMLButtonElement>("#finish", workspace),
  reset: $<HTMLButtonElement>("#reset", workspace),
  speed: $<HTMLSelectElement>("#speed", workspace),
  progress: $("#progress", workspace),
  runs: $("#runs", workspace),
};

/** The lesson shown, its module, its flags' texts and the files it may read. */
let current: {
  section: HTMLElement;
  file: string;
  module: LessonModule;
  texts: FlagTexts;
  files: Record<string, string>;
  /** The size in bytes of each file the lesson may read, to hold them to the command line's limit. */
  sizes: Record<string, number>;
  animation?: Animation | MapReplay;
  /** The iteration "See one step" opens at when the run ends, as the link asked. */
  seeStep?: number;
};
let runs = 0;

/**
 * Presenter mode: large type, and only the idea, the controls and the output (style.css); the
 * keyboard drives the replay (see `presenterKey`). The address holds it: `&present=1`.
 */
let presenting = false;
const presentButton = $<HTMLButtonElement>("#present");

function present(on: boolean): void {
  presenting = on;
  document.body.classList.toggle("presenting", on);
  presentButton.setAttribute("aria-pressed", String(on));
  presentButton.textContent = on ? "Leave presenter mode" : "Presenter mode";
}

/** The page's address for `query`, with presenter mode when it is on. */
const address = (query: URLSearchParams) => pageAddress(query, presenting);

/** The address holds where "See one step" is, while it is open: `&see-step=5`. */
function linkStep(panel: OneStep): void {
  const query = new URLSearchParams(location.search);
  if (panel.node.open) query.set(SEE_STEP, String(panel.shown));
  else query.delete(SEE_STEP);
  history.replaceState(null, "", address(query));
}

/** Shows lesson `number` with the flags of `query`; runs it when the query says run=1. */
async function show(number: string, query: URLSearchParams): Promise<void> {
  const asked = sections.find((s) => s.dataset.lesson === number);
  const section = asked ?? sections[0];
  document.body.dataset.ready = "false";
  current?.animation?.stop();
  // A run of the lesson shown before ends here: its results would be no one's.
  stopRun();
  for (const s of sections) s.hidden = s !== section;
  // A lesson the page cannot run (lesson 18) has no slot: its section holds its recorded run.
  const slot = section.querySelector(".workspace-slot");
  if (slot !== null) slot.append(workspace);
  else workspace.remove();
  for (const link of document.querySelectorAll<HTMLElement>("nav a")) {
    if (link.dataset.lesson === section.dataset.lesson) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${$("h2", section).textContent} | Neural network from scratch`;
  if (slot === null) {
    notices.replaceChildren();
    document.body.dataset.lesson = section.dataset.lesson;
    document.body.dataset.ready = "true";
    return;
  }
  const file = section.dataset.file!;
  const module = lessonModule(file);
  current = {
    section,
    file,
    module,
    texts: textsFromQuery(module.spec, query),
    files: {},
    sizes: {},
    seeStep: seeStepOf(query),
  };
  const problems = [
    ...(asked === undefined && number !== ""
      ? [unknownLesson(number, section.dataset.lesson!, sections.map((s) => s.dataset.lesson!))]
      : []),
    ...linkProblems(module.spec, query),
  ];
  notices.replaceChildren(...problems.map((problem) => {
    const line = document.createElement("p");
    line.textContent = problem;
    return line;
  }));
  if (problems.length > 0 && query.get("run") === "1") {
    notices.append(Object.assign(document.createElement("p"), {
      textContent: "So the link did not run the lesson: check the flags, then press Run.",
    }));
  }
  showEditor(section, file);
  buildControls();
  buildExperiments();
  output.textContent = "";
  errors.textContent = "";
  errors.hidden = true;
  pictures.replaceChildren();
  status.textContent = "";
  dropAnimation();
  document.body.dataset.lesson = section.dataset.lesson;
  // When the page first became usable, by the browser's clock from the start of navigation.
  document.body.dataset.readyAt ??= performance.now().toFixed(1);
  document.body.dataset.ready = "true";
  if (query.get("run") === "1" && problems.length === 0) {
    await run(argsFor(module.spec, current.texts));
  }
}

/**
 * The lesson's "Try this", as the walkthrough has it: each command and its question, and the
 * answer only when asked for, so that a class predicts before it sees.
 */
function buildExperiments(): void {
  const list = current.module.spec.experiments ?? [];
  experiments.replaceChildren();
  if (list.length === 0) return;
  const heading = document.createElement("h3");
  heading.textContent = "Try this: predict, then see";
  const items = document.createElement("ol");
  for (const { command: line, question, answer } of list) {
    const item = document.createElement("li");
    const code = document.createElement("code");
    code.textContent = line;
    const asking = document.createElement("p");
    asking.textContent = question;
    const show = document.createElement("button");
    show.type = "button";
    show.className = "answer-button";
    show.textContent = "Show the answer";
    show.setAttribute("aria-expanded", "false");
    show.addEventListener("click", () => {
      const told = document.createElement("p");
      told.className = "answer";
      told.textContent = answer;
      show.replaceWith(told);
    });
    item.append(code, asking, show);
    items.append(item);
  }
  experiments.append(heading, items);
}

/** One control per flag of the lesson's spec, with its help, its default, and its message. */
function buildControls(): void {
  const { spec } = current.module;
  form.replaceChildren();
  for (const [key, flag] of Object.entries(spec.flags)) {
    const name = flagName(key);
    const row = document.createElement("div");
    row.className = "flag";
    row.dataset.flag = name.slice(2);
    const label = document.createElement("label");
    label.htmlFor = `flag-${key}`;
    const fallback = defaultText(flag);
    label.innerHTML = `<code></code> <span></span>`;
    label.querySelector("code")!.textContent = name;
    label.querySelector("span")!.textContent = flag.help +
      (fallback ? ` (default ${fallback})` : "");
    const message = document.createElement("span");
    message.className = "message";
    message.setAttribute("role", "alert");
    row.append(label);
    if (flag.kind === "switch") {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `flag-${key}`;
      box.checked = current.texts[key] === ON;
      box.addEventListener("change", () => changed(key, box.checked ? ON : ""));
      row.prepend(box);
    } else if (flag.kind === "input" && flag.default !== undefined) {
      row.append(dataChooser(key, flag.default, message));
    } else {
      const input = document.createElement("input");
      input.type = "text";
      input.id = `flag-${key}`;
      input.spellcheck = false;
      input.inputMode = flag.kind === "number" || flag.kind === "whole" || flag.kind === "list"
        ? "decimal"
        : "text";
      input.value = current.texts[key];
      if (flag.kind === "output") input.placeholder = `e.g. out/${key}.svg`;
      input.addEventListener("input", () => {
        message.textContent = checkText(key, flag, input.value) ?? "";
        changed(key, input.value);
      });
      message.textContent = checkText(key, flag, input.value) ?? "";
      row.append(input);
    }
    row.append(message);
    form.append(row);
  }
  updateCommand();
}

/**
 * The most characters of data the box shows. A larger paste or file is held in memory, read by
 * the run as it is, and only described in the box: a browser lays out every line of a text box,
 * so a 10 MB box takes seconds to draw and then seconds for every key pressed in it.
 */
const SHOWN_CHARACTERS = 100_000;

/**
 * A file the lesson reads, such as lesson 08's --data: its default, or a CSV pasted into the
 * box or dropped on it, checked by the same parseDataset rules as the file on the command line.
 */
function dataChooser(key: string, fallback: string, message: HTMLElement): HTMLElement {
  const box = document.createElement("div");
  box.className = "data";
  const select = document.createElement("select");
  select.id = `flag-${key}`;
  select.innerHTML = `<option value="default"></option><option value="own">` +
    `Your CSV: paste it below or drop a file on the box</option>`;
  select.options[0].textContent = fallback;
  const text = document.createElement("textarea");
  text.rows = 5;
  text.spellcheck = false;
  const example = "x1,x2,target\n3,1.5,0\n2,1,1";
  text.placeholder = example;
  text.hidden = true;
  /** What the box holds when it is too large to show, described beside the box. */
  const about = document.createElement("p");
  about.className = "held";
  about.hidden = true;
  let held: string | undefined;
  let name = PASTED;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const data = () => held ?? text.value;
  const tooLarge = () =>
    `${flagName(key)} ${name}: larger than ${MAX_DATA_BYTES / 1e6} MB, the most ` +
    `${flagName(key)} reads`;
  /** Checks the data by the command line's rules, as a run would read it. */
  const check = () => {
    timer = undefined;
    if ((current.sizes[name] ?? 0) > MAX_DATA_BYTES) {
      message.textContent = tooLarge();
      return;
    }
    try {
      parseDataset(data(), name);
      message.textContent = "";
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      message.textContent = error.message;
    }
  };
  /** Data too large to show is held, the box left empty and the data described. */
  const hold = (value: string | undefined, size: number) => {
    held = value;
    about.hidden = value === undefined && size <= MAX_DATA_BYTES;
    if (about.hidden) {
      text.placeholder = example;
      return;
    }
    text.value = "";
    let lines = 0;
    for (let at = value?.indexOf("\n") ?? -1; at !== -1; at = value!.indexOf("\n", at + 1)) lines++;
    about.textContent = `${name}: ${(size / 1e6).toFixed(1)} MB` +
      (value === undefined
        ? ", not read."
        : `, ${lines.toLocaleString("en-US")} lines, held for the run: too large to show ` +
          "here. Type, paste or drop to replace it.");
    text.placeholder = `${name} (${(size / 1e6).toFixed(1)} MB)`;
  };
  const update = (size = new Blob([data()]).size) => {
    clearTimeout(timer);
    text.hidden = select.value === "default";
    about.hidden ||= text.hidden;
    if (text.hidden) {
      current.files = {};
      current.sizes = {};
      message.textContent = "";
      changed(key, fallback);
      return;
    }
    current.files = { [name]: data() };
    current.sizes = { [name]: size };
    message.textContent = "";
    // Checked once typing settles: a large paste is parsed once, not at every keystroke.
    timer = setTimeout(check, SETTLE_MS);
    changed(key, name);
  };
  select.addEventListener("change", () => {
    if (select.value === "default") hold(undefined, 0);
    update();
  });
  text.addEventListener("input", () => {
    name = PASTED;
    hold(undefined, 0);
    update();
  });
  // A paste too large to show replaces the box's data, held aside.
  text.addEventListener("paste", (event) => {
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    if (pasted.length <= SHOWN_CHARACTERS) return;
    event.preventDefault();
    name = PASTED;
    const size = new Blob([pasted]).size;
    hold(pasted, size);
    update(size);
  });
  text.addEventListener("dragover", (event) => event.preventDefault());
  text.addEventListener("drop", async (event) => {
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    name = file.name;
    // A file past the limit is never read, as on the command line.
    if (file.size > MAX_DATA_BYTES) {
      hold(undefined, file.size);
      update(file.size);
      return;
    }
    const value = await file.text();
    if (value.length > SHOWN_CHARACTERS) hold(value, file.size);
    else {
      hold(undefined, 0);
      text.value = value;
    }
    update(file.size);
  });
  box.append(select, text, about);
  return box;
}

/** A control changed: new text, new command, new address, the training built afresh. */
function changed(key: string, text: string): void {
  current.texts[key] = text;
  updateCommand();
  const query = queryFor(current.section.dataset.lesson!, current.module.spec, current.texts);
  history.replaceState(null, "", address(query));
  dropAnimation();
}

/** The terminal command, each flag with its value on one line: a line breaks between them. */
function updateCommand(): void {
  const parts = commandParts(current.file, current.module.spec, current.texts);
  command.replaceChildren(...parts.flatMap((part, i) => {
    const word = document.createElement("span");
    word.className = "word";
    word.textContent = part;
    return i === 0 ? [word] : [" ", word];
  }));
}

/** Drops the animation of the last run: it no longer matches the flags. */
function dropAnimation(): void {
  current.animation?.stop();
  current.animation = undefined;
  trainingPanel.hidden = true;
  controls.runs.replaceChildren();
  oneStepSlot.replaceChildren();
}

/**
 * The lessons' worker: the site's own script again, from a Blob URL of its source (see
 * classroom/build.ts). One is started before it is needed, and a fresh one after Stop ends one.
 */
let worker: Worker | undefined;

function lessonWorker(): Worker {
  worker ??= siteWorker("lessons");
  return worker;
}

/** Ends the run under way at once, if there is one: Stop, or a move to another lesson. */
let stopRun: () => void = () => {};

/** The run under way, if any: a run starts when the one before it has ended. */
let running: Promise<void> = Promise.resolve();

/**
 * Runs the lesson's own `main` with `args`, once any run under way has ended. While it runs,
 * Run and --help are disabled, so that repeated clicks start nothing more, and Stop is enabled.
 */
function run(args: string[]): Promise<void> {
  runButton.disabled = helpButton.disabled = true;
  const next = running.then(() => runNow(args));
  running = next.catch(() => {});
  return next;
}

/** How a run ended: the worker's last message, or stopped. */
type RunEnd = Extract<RunMessage, { kind: "done" }> | { kind: "stopped" };

/** Lines as a terminal shows them. */
const text = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

/** How far the run has come: the training under way and its iterations, in words and a bar. */
function showProgress({ training, done, iterations }: Progress): void {
  runProgress.max = iterations;
  runProgress.value = done;
  status.textContent = `Running: training ${training}, iteration ${done.toLocaleString("en-US")}` +
    ` of ${iterations.toLocaleString("en-US")}`;
}

/** Runs the lesson shown in the worker, showing what it prints as it goes, until it ends. */
function inWorker(lesson: typeof current, args: string[], out: string[], err: string[]) {
  return new Promise<RunEnd>((resolve) => {
    const thread = lessonWorker();
    const end = (how: RunEnd) => {
      thread.onmessage = thread.onerror = null;
      stopRun = () => {};
      resolve(how);
    };
    stopRun = () => {
      thread.terminate();
      if (worker === thread) worker = undefined;
      end({ kind: "stopped" });
      setTimeout(lessonWorker);
    };
    thread.onmessage = ({ data }: MessageEvent<RunMessage>) => {
      for (const line of data.out) out.push(line);
      for (const line of data.err) err.push(line);
      if (data.kind === "done") return end(data);
      if (current !== lesson) return;
      showProgress(data.progress);
      output.textContent = text(out);
    };
    thread.onerror = (event) => {
      // The worker's script failed: a bug of the page, not of the lesson's input.
      console.error(event.message);
      thread.terminate();
      if (worker === thread) worker = undefined;
      err.push(event.message);
      end({
        kind: "done",
        out: [],
        err: [],
        code: "a bug",
        written: {},
        recordings: [],
        maps: [],
      });
    };
    const request: RunRequest = {
      file: lesson.file,
      args,
      files: lesson.files,
      sizes: lesson.sizes,
      sources: editedSources(lesson.file),
    };
    thread.postMessage(request);
  });
}

async function runNow(args: string[]): Promise<void> {
  const lesson = current;
  runButton.disabled = helpButton.disabled = true;
  stopButton.disabled = false;
  const out: string[] = [];
  const err: string[] = [];
  status.textContent = "Running...";
  delete status.dataset.code;
  runProgress.removeAttribute("value");
  runProgress.hidden = false;
  output.textContent = "";
  document.body.dataset.running = "true";
  if (current === lesson) dropAnimation();
  const start = performance.now();
  const end = await inWorker(lesson, args, out, err);
  const time = performance.now() - start;
  runButton.disabled = helpButton.disabled = false;
  stopButton.disabled = true;
  runProgress.hidden = true;
  document.body.dataset.running = "false";
  if (current !== lesson) {
    // The learner moved to another lesson meanwhile, which stopped this run.
    return;
  }
  output.textContent = text(out);
  errors.textContent = text(err);
  errors.hidden = err.length === 0;
  pictures.replaceChildren();
  if (end.kind === "stopped") {
    status.textContent = `Stopped after ${(time / 1000).toFixed(1)} s, as Ctrl-C stops it in a ` +
      `terminal: press Run to start again`;
    status.dataset.code = "stopped";
    document.body.dataset.runs = String(++runs);
    return;
  }
  // A bug shows its stack, as in a terminal, and in the console.
  if (end.code === "a bug") console.error(text(err));
  if (end.code === 0 && end.recordings.length > 0) {
    current.animation = new Animation(end.recordings, controls);
    trainingPanel.hidden = false;
    const stepped = end.recordings.find(({ steps }) => steps !== undefined && steps.length > 0);
    if (stepped !== undefined) {
      const panel: OneStep = new OneStep(stepped.steps!, stepped.label, () => linkStep(panel));
      oneStepSlot.replaceChildren(panel.node);
      if (current.seeStep !== undefined) {
        panel.show(current.seeStep);
        panel.node.open = true;
        current.seeStep = undefined;
      }
    }
  } else if (end.code === 0 && end.maps.length > 0) {
    current.animation = new MapReplay(end.maps, controls);
    trainingPanel.hidden = false;
  }
  pictures.replaceChildren(
    ...Object.entries(end.written)
      .filter(([path]) => path.endsWith(".svg"))
      .map(([path, svg]) => {
        const figure = document.createElement("figure");
        const image = document.createElement("img");
        image.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
        image.alt = `The picture the lesson wrote to ${path}`;
        const caption = document.createElement("figcaption");
        caption.textContent = path;
        figure.append(image, caption);
        return figure;
      }),
  );
  status.textContent = `Exit code ${end.code}, ran in ${time.toFixed(1)} ms`;
  status.dataset.code = String(end.code);
  document.body.dataset.runs = String(++runs);
}

function report(error: unknown): void {
  console.error(error);
}

/** Moves to the lesson before or after the one shown, with its default flags. */
function go(offset: number): void {
  const shown = sections.findIndex((s) => !s.hidden);
  if (shown < 0) return; // The exercises are shown.
  const index = shown + offset;
  if (index < 0 || index >= sections.length) return;
  const number = sections[index].dataset.lesson!;
  history.pushState(null, "", address(new URLSearchParams({ lesson: number })));
  show(number, new URLSearchParams()).catch(report);
}

runButton.addEventListener("click", () => {
  if (runButton.disabled) return;
  run(argsFor(current.module.spec, current.texts)).catch(report);
});
helpButton.addEventListener("click", () => {
  if (!helpButton.disabled) run(["--help"]).catch(report);
});
stopButton.addEventListener("click", () => stopRun());
controls.play.addEventListener("click", () => current.animation?.toggle());
controls.step.addEventListener("click", () => current.animation?.step());
controls.finish.addEventListener("click", () => current.animation?.finish());
controls.reset.addEventListener("click", () => current.animation?.reset());
$("#previous").addEventListener("click", () => go(-1));
$("#next").addEventListener("click", () => go(1));
for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    history.pushState(null, "", address(new URLSearchParams({ lesson: link.dataset.lesson! })));
    show(link.dataset.lesson!, new URLSearchParams()).catch(report);
  });
}
presentButton.addEventListener("click", () => {
  present(!presenting);
  history.replaceState(null, "", address(new URLSearchParams(location.search)));
});

/**
 * The keys of presenter mode: space plays or pauses the replay (or runs the lesson when it has
 * none yet), the arrows step it forward and back (one iteration when "See one step" is open),
 * R rewinds it to the start, Page Down and Page Up (a presenter's clicker) move between
 * lessons, Escape leaves presenter mode. Returns whether the key was one of them.
 */
function presenterKey(key: string): boolean {
  const animation = current?.animation;
  const oneStep = oneStepSlot.querySelector<HTMLDetailsElement>("details[open]");
  const move = (by: number) => {
    const button = oneStep?.querySelector<HTMLButtonElement>(
      by > 0 ? "#step-next" : "#step-previous",
    );
    if (button !== undefined && button !== null) button.click();
    else if (by > 0) animation?.step();
    else if (animation instanceof Animation) animation.stepBack();
  };
  // The replay is below the idea: bring it into sight when a key moves it, so a projector shows
  // what the key does (at 1280x720 it starts about 1,200 px down the page).
  if (animation !== undefined && [" ", "ArrowRight", "ArrowLeft", "r", "R"].includes(key)) {
    trainingPanel.scrollIntoView({ block: "start" });
  }
  switch (key) {
    case " ":
      if (animation !== undefined) animation.toggle();
      else if (!runButton.disabled) runButton.click();
      return true;
    case "ArrowRight":
      move(1);
      return true;
    case "ArrowLeft":
      move(-1);
      return true;
    case "r":
    case "R":
      animation?.reset();
      return true;
    case "PageDown":
      go(1);
      return true;
    case "PageUp":
      go(-1);
      return true;
    case "Escape":
      presentButton.click();
      return true;
  }
  return false;
}

document.addEventListener("keydown", (event) => {
  const typing = (event.target as HTMLElement).closest("input, textarea, select");
  if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
  if (presenting) {
    // A key of presenter mode does only what it says: space does not also press a button.
    if (presenterKey(event.key)) event.preventDefault();
    return;
  }
  if (event.key === "ArrowRight") go(1);
  if (event.key === "ArrowLeft") go(-1);
});
globalThis.addEventListener("popstate", () => {
  const query = new URLSearchParams(location.search);
  present(query.get("present") === "1");
  show(query.get("lesson") ?? "", query).catch(report);
});

const query = new URLSearchParams(location.search);
present(query.get("present") === "1");
addExerciseLinks();
if (query.has("exercise")) showExercise(query.get("exercise")!);
else show(query.get("lesson") ?? "", query).catch(report);
// The worker loads while the learner reads, so that the first Run starts at once.
setTimeout(lessonWorker);
