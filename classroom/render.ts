// The classroom page's HTML: one section per lesson, in order, each with its title and idea
// (from its opening comment) and its source, highlighted. The page's script fills in the rest
// from the lesson's own module: the flag controls, Run, the output and the training animation.
// Every address in it is relative and every script classic, so the same file works opened from
// the disk (file://) and served from any folder of any server (classroom/build.ts writes it).

import { formulaMathMl } from "./formula.ts";
import { escapeHtml, highlight } from "./highlight.ts";
import { type IdeaBlock, lessonIdea } from "./idea.ts";

/** A lesson's file name in lessons/: two digits, an underscore, a name; not a test. */
export const LESSON_FILE = /^\d\d_[a-z0-9_]+(?<!_test)\.ts$/;

/**
 * What the page may load, also when opened from the disk: its own files only (its script, its
 * style sheet), pictures it draws (data: and blob: addresses), workers from Blob URLs; nothing
 * from the network, nothing sent. The charting library (vega) compiles its chart expressions to
 * functions at run time, hence 'unsafe-eval': code the page made from its own script, not loaded.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src blob:; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'";

/** A lesson as the build reads it: its file name in lessons/ and its source. */
export interface LessonSource {
  /** E.g. "08_train.ts". */
  file: string;
  source: string;
  /** For a lesson the page cannot run (lesson 18): a recording of its run, shown instead. */
  recorded?: { date: string; command: string; stdout: string };
}

/** Inline `code` in an idea becomes <code>; everything else is escaped. */
function ideaText(text: string): string {
  return text.split("`").map((part, i) =>
    i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)
  ).join("");
}

/**
 * A block of the idea. A formula with TeX is shown as mathematics (MathML, made here), its
 * plain lines below it as the code names them; one without is shown as the terminal shows it.
 */
function ideaBlock(block: IdeaBlock, where: string): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${ideaText(block.text)}</p>`;
    case "formula": {
      const plain = escapeHtml(block.lines.join("\n"));
      if (block.tex === undefined) return `<pre class="formula">${plain}</pre>`;
      return `<div class="formula">${formulaMathMl(block.tex, where)}` +
        `<pre class="formula-text">${plain}</pre>` +
        `</div>`;
    }
    case "list":
      return `<ol>${block.items.map((item) => `<li>${ideaText(item)}</li>`).join("")}</ol>`;
  }
}

/** A recorded run, in place of the controls: when and how it was made, and what it printed. */
function recordedRun({ date, command, stdout }: NonNullable<LessonSource["recorded"]>): string {
  return `<div class="recorded">
  <p class="recorded-note">Recorded on ${escapeHtml(date)} from <code>${
    escapeHtml(command)
  }</code>: the
  page cannot run this lesson, so it shows that run's output (its times are that machine's).</p>
  <pre class="recorded-output" role="region" tabindex="0" aria-label="What the lesson printed">${
    escapeHtml(stdout)
  }</pre>
</div>`;
}

function lessonSection({ file, source, recorded }: LessonSource): string {
  const number = file.slice(0, 2);
  const { title, blocks } = lessonIdea(source);
  return `
<section class="lesson" id="lesson-${number}" data-lesson="${number}" data-file="${file}"${
    recorded === undefined ? "" : " data-recorded"
  } hidden>
  <h2>${escapeHtml(title)}</h2>
  <div class="idea">${blocks.map((block) => ideaBlock(block, `lessons/${file}`)).join("\n")}</div>
  ${recorded === undefined ? '<div class="workspace-slot"></div>' : recordedRun(recorded)}
  <h3>The code: <code>lessons/${escapeHtml(file)}</code></h3>
  <pre class="code" tabindex="0"><code>${highlight(source)}</code></pre>
</section>`;
}

/** The part of the page that follows the lesson shown: its flags, Run, its output, training. */
const WORKSPACE = `
<div id="workspace">
  <form id="flags" autocomplete="off"></form>
  <p class="command">In a terminal: <code id="command"></code></p>
  <div class="actions">
    <button type="button" id="run">Run</button>
    <button type="button" id="help">--help</button>
    <button type="button" id="stop" disabled>Stop</button>
    <span id="status" role="status"></span>
    <progress id="run-progress" aria-label="How far the training has come" hidden></progress>
  </div>
  <div id="training" hidden>
    <h3>Watch it learn</h3>
    <div class="actions">
      <button type="button" id="play">Play</button>
      <button type="button" id="step">Step</button>
      <button type="button" id="finish">To the end</button>
      <button type="button" id="reset">Back to the start</button>
      <label>Speed <select id="speed">
        <option value="1">slow</option>
        <option value="2" selected>normal</option>
        <option value="5">fast</option>
        <option value="20">fastest</option>
      </select></label>
    </div>
    <p id="progress" role="status"></p>
    <div id="runs"></div>
  </div>
  <pre id="output" role="region" tabindex="0" aria-label="What the lesson prints"></pre>
  <pre id="errors" role="region" tabindex="0" aria-label="What the lesson prints on stderr" hidden></pre>
  <div id="pictures"></div>
</div>`;

/**
 * The whole page: a bar of links to every lesson, then each lesson's section (only the one
 * asked for is shown), with the workspace the page's script moves into it.
 *
 * @param lessons The lessons in order.
 * @param script The page's one classic script, beside the page.
 * @returns The HTML document.
 */
export function renderPage(lessons: readonly LessonSource[], script = "classroom.js"): string {
  const links = lessons.map(({ file }) => {
    const number = file.slice(0, 2);
    return `<li><a href="?lesson=${number}" data-lesson="${number}">${number}</a></li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Neural network from scratch: the classroom</title>
<meta http-equiv="content-security-policy" content="${CONTENT_SECURITY_POLICY}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="style.css">
<script defer src="${script}"></script>
</head>
<body>
<header>
  <h1>Neural network from scratch</h1>
  <nav aria-label="Lessons">
    <button type="button" id="previous" aria-label="Previous lesson">&larr;</button>
    <ol>${links.join("")}</ol>
    <button type="button" id="next" aria-label="Next lesson">&rarr;</button>
  </nav>
  <button type="button" id="present" aria-pressed="false">Presenter mode</button>
  <p id="presenter-keys">Keys: <kbd>Space</kbd> play or pause, <kbd>&rarr;</kbd> <kbd>&larr;</kbd> step,
  <kbd>R</kbd> rewind, <kbd>Page Down</kbd> <kbd>Page Up</kbd> lesson, <kbd>Esc</kbd> leave</p>
</header>
<main>${lessons.map(lessonSection).join("\n")}
</main>
<template id="workspace-template">${WORKSPACE}</template>
</body>
</html>
`;
}
