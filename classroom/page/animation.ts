/// <reference lib="dom" />
// Watching a lesson learn: the page replays what it recorded while the lesson ran (see
// recording.ts), with play, pause, step and a speed. Each frame redraws every network's cumulative
// error curve so far and, for two inputs, its decision boundary: the prediction over the input
// plane, coloured as the lessons' SVG pictures colour it, with the training points on top.

import { formatArray, formatNumber } from "../../lib/format_array.ts";
import { ERROR_EVERY } from "../../lib/train.ts";
import { Playhead } from "./playhead.ts";
import { type Frame, GRID, type Recording, type Span, UNIT_GRID } from "./recording.ts";

const SVG = "http://www.w3.org/2000/svg";
// The lessons' decision boundary colours: class 0 blue, undecided white, class 1 orange.
const SCALE = [[0x2c, 0x7b, 0xb6], [0xff, 0xff, 0xff], [0xfd, 0xae, 0x61]];
const POINT = ["#08519c", "#d94801"];

/** The colour of a prediction in (0, 1), through the scale's three stops. */
export function colour(prediction: number): string {
  const [from, to, t] = prediction < 0.5
    ? [SCALE[0], SCALE[1], prediction * 2]
    : [SCALE[1], SCALE[2], prediction * 2 - 1];
  return `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * t)).join(",")})`;
}

/** An element with its attributes and its text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = "",
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

/** One network's card: its boundary (two inputs only), its curve, its latest numbers. */
class RunView {
  readonly node = element("figure", { class: "run" });
  readonly #canvas?: HTMLCanvasElement;
  /** Each hidden unit's own picture, beside the output's, as a playground shows them. */
  readonly #units: HTMLCanvasElement[] = [];
  readonly #curve = document.createElementNS(SVG, "svg");
  readonly #line = document.createElementNS(SVG, "polyline");
  readonly #top: SVGTextElement;
  readonly #numbers = element("p", { class: "numbers" });
  readonly #predictions: HTMLTableCellElement[] = [];
  readonly #scale: number;

  constructor(readonly recording: Recording) {
    const { label, inputs, targets, iterations, errors, span, trainingTime } = recording;
    this.node.append(element("figcaption", {}, label));
    const pictures = element("div", { class: "pictures" });
    const units = recording.frames[0].units ?? [];
    if (units.length > 0) {
      const column = element("div", { class: "units" });
      column.append(element("p", {}, "Each hidden unit's own line"));
      units.forEach((_, k) => {
        const canvas = element("canvas", {
          class: "unit",
          width: String(UNIT_GRID * 4),
          height: String(UNIT_GRID * 4),
          "aria-label": `Hidden unit ${k + 1}: what it gives over the plane`,
        });
        this.#units.push(canvas);
        column.append(canvas);
      });
      pictures.append(column);
    }
    if (span !== undefined) {
      this.#canvas = element("canvas", {
        class: "boundary",
        width: String(GRID * 8),
        height: String(GRID * 8),
        "aria-label": "Decision boundary",
      });
      pictures.append(this.#canvas);
    }
    for (const [name, value] of [["viewBox", "0 0 400 240"], ["class", "curve"], ["role", "img"]]) {
      this.#curve.setAttribute(name, value);
    }
    this.#curve.setAttribute("aria-label", "Cumulative error");
    const axes = document.createElementNS(SVG, "path");
    axes.setAttribute("d", "M40 10 V210 H390");
    axes.setAttribute("class", "axes");
    this.#line.setAttribute("class", "line");
    const text = (x: number, y: number, text: string, anchor = "start") => {
      const node = document.createElementNS(SVG, "text");
      node.setAttribute("x", String(x));
      node.setAttribute("y", String(y));
      node.setAttribute("text-anchor", anchor);
      node.textContent = text;
      return node;
    };
    // The curve's scale is the whole training's, so it grows into a fixed frame.
    this.#scale = errorScale(errors);
    this.#top = text(36, 20, scaleLabel(this.#scale), "end");
    this.#curve.append(
      axes,
      this.#line,
      this.#top,
      text(36, 214, "0", "end"),
      text(40, 234, "0"),
      text(390, 234, `${iterations.toLocaleString("en")} iterations`, "end"),
    );
    pictures.append(this.#curve);
    const time = element(
      "p",
      { class: "time", "data-ms": String(trainingTime) },
      trainedText(iterations, trainingTime),
    );
    this.node.append(this.#numbers, pictures);
    if (showsPredictions(recording)) {
      const table = element("table", { class: "predictions" });
      const row = (...cells: HTMLElement[]) => {
        const tr = element("tr");
        tr.append(...cells);
        table.append(tr);
      };
      table.append(element("caption", {}, "Predictions for the training points"));
      row(element("th", {}, "input"), element("th", {}, "prediction"), element("th", {}, "target"));
      inputs.forEach((input, i) => {
        const cell = element("td", { class: "prediction" });
        this.#predictions.push(cell);
        row(element("td", {}, formatArray(input)), cell, element("td", {}, String(targets[i])));
      });
      pictures.append(table);
    }
    this.node.append(time);
  }

  draw(frame: Frame): void {
    const { errors, iterations, inputs, targets, span } = this.recording;
    const latest = latestError(errors, frame.done);
    this.#numbers.replaceChildren(
      `After ${iterationsText(frame.done)}: `,
      ...(latest === undefined ? ["no cumulative error yet"] : [
        "cumulative error ",
        element("span", { class: "error" }, formatNumber(latest.error)),
        ` (at iteration ${latest.iteration.toLocaleString("en")})`,
      ]),
    );
    this.#line.setAttribute("points", curvePoints(errors, frame.done, iterations, this.#scale));
    this.#predictions.forEach((cell, i) => {
      cell.textContent = formatNumber(frame.points[i]);
    });
    // A sigmoid unit gives (0, 1), coloured as a prediction; a ReLU unit 0 and up, coloured
    // from white at 0 to orange at its largest over the plane.
    this.#units.forEach((canvas, k) => {
      const values = frame.units?.[k];
      if (values === undefined) return;
      paint(canvas, values, UNIT_GRID, unitShade(this.recording.unitKind, values));
    });
    if (this.#canvas === undefined || frame.grid === undefined || span === undefined) return;
    const context = paint(this.#canvas, frame.grid, GRID, (v) => v);
    const { width, height } = this.#canvas;
    inputs.forEach((input, k) => {
      const [px, py] = pointPlace(input, span, width, height);
      context.fillStyle = POINT[targets[k]] ?? "black";
      context.strokeStyle = "black";
      context.lineWidth = 2;
      context.beginPath();
      if (targets[k] === 1) context.rect(px - 7, py - 7, 14, 14);
      else context.arc(px, py, 8, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    });
  }
}

/** Colours `canvas`, `cells` by `cells`, each by its value in `grid`, the lowest x2 at the bottom. */
function paint(
  canvas: HTMLCanvasElement,
  grid: Float64Array,
  cells: number,
  shade: (value: number) => number,
): CanvasRenderingContext2D {
  const context = canvas.getContext("2d")!;
  const { width, height } = canvas;
  for (let j = 0; j < cells; j++) {
    for (let i = 0; i < cells; i++) {
      context.fillStyle = colour(shade(grid[j * cells + i]));
      context.fillRect(...cellRect(i, j, cells, width, height));
    }
  }
  return context;
}

/**
 * Where cell `i` across, `j` up of a `cells` by `cells` grid is drawn on a canvas of `width` by
 * `height`: [x, y, width, height], row 0 at the bottom, a pixel wider and taller than the cell so
 * that no seam shows between cells.
 */
export function cellRect(
  i: number,
  j: number,
  cells: number,
  width: number,
  height: number,
): [number, number, number, number] {
  const cell = width / cells;
  return [i * cell, height - (j + 1) * cell, cell + 1, cell + 1];
}

/** Where a training point of two inputs lands on the boundary's canvas: [x, y], y down. */
export function pointPlace(
  [x, y]: readonly number[],
  [sx, sy]: readonly [Span, Span],
  width: number,
  height: number,
): [number, number] {
  return [((x - sx.low) / sx.size) * width, height - ((y - sy.low) / sy.size) * height];
}

/**
 * How a hidden unit's value is shaded: a sigmoid unit's (0, 1) as a prediction; a ReLU unit's,
 * 0 and up, from white at 0 (0.5) to orange at its largest over the plane (1).
 */
export function unitShade(
  kind: Recording["unitKind"],
  values: Float64Array,
): (value: number) => number {
  const largest = values.reduce((a, b) => Math.max(a, b), 0) || 1;
  return (v) => kind === "relu" ? 0.5 + v / largest / 2 : v;
}

/** The label at the top of the curve's scale: its value to 3 significant digits. */
export const scaleLabel = (scale: number): string => formatNumber(Number(scale.toPrecision(3)));

/** How long the training took in this browser, to a hundredth of a millisecond. */
export const trainedText = (iterations: number, ms: number): string =>
  `Trained ${iterations.toLocaleString("en")} iterations in ${ms.toFixed(2)} ms in this browser.`;

/** Whether the card shows a table of predictions: when a snapshot kept every training point. */
export function showsPredictions({ frames, inputs }: Recording): boolean {
  const points = frames[0].points.length;
  return points > 0 && points === inputs.length;
}

/** The top of the curve's scale: the training's largest cumulative error (1 if none is above 0). */
export function errorScale(errors: readonly number[]): number {
  // A loop: a run of 100,000,000 iterations records 1,000,000 errors, too many to spread into
  // Math.max.
  return errors.reduce((largest, error) => Math.max(largest, error), 0) || 1;
}

/** The cumulative error recorded last after `done` iterations, and its iteration; none at 0. */
export function latestError(
  errors: readonly number[],
  done: number,
): { error: number; iteration: number } | undefined {
  const count = Math.ceil(done / ERROR_EVERY);
  return count === 0
    ? undefined
    : { error: errors[count - 1], iteration: (count - 1) * ERROR_EVERY };
}

/**
 * The curve's points after `done` iterations, as a polyline's `points`: the errors recorded so
 * far, x from 40 (iteration 0) to 390 (the training's last recorded error), y from 210 (0) up
 * to 10 (`scale`); at most one point per column, and the latest always.
 */
export function curvePoints(
  errors: readonly number[],
  done: number,
  iterations: number,
  scale: number,
): string {
  const count = Math.ceil(done / ERROR_EVERY);
  const stride = Math.max(1, Math.ceil(errors.length / 350));
  const last = Math.max(1, Math.ceil(iterations / ERROR_EVERY) - 1);
  const points: string[] = [];
  const point = (i: number) => `${40 + (350 * i) / last},${210 - (200 * errors[i]) / scale}`;
  for (let i = 0; i < count; i += stride) points.push(point(i));
  if (count > 0 && (count - 1) % stride !== 0) points.push(point(count - 1));
  return points.join(" ");
}

/** "1 iteration", "10,000 iterations". */
export const iterationsText = (n: number): string =>
  `${n.toLocaleString("en")} iteration${n === 1 ? "" : "s"}`;

/** The largest of 1, 2, 5, 10, 20, 50, ... that is at most `x` (and at least 1). */
export function roundNumber(x: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, x)));
  return [5, 2, 1].map((m) => m * power).find((n) => n <= x) ?? 1;
}

/** How many Step presses a training takes, about: each shows a change worth seeing. */
const STEPS = 20;

/**
 * What one Step moves in the replay of `longest` (the recording with the most frames): `stride`
 * frames, each `perFrame` iterations on (frame 1 is after the first update, each later frame the
 * same number of iterations on), so that a Step is a round number of iterations, about a
 * twentieth of the training.
 */
export function stepSize(longest: Recording): { stride: number; perFrame: number } {
  const perFrame = longest.frames.length > 2 ? longest.frames[2].done - longest.frames[1].done : 1;
  return {
    stride: Math.max(1, Math.round(roundNumber(longest.iterations / STEPS) / perFrame)),
    perFrame,
  };
}

/**
 * The frame one Step after `frame`: from the start, frame 1 (after the first update); from
 * there, the next of 1 + a multiple of `stride`.
 */
export const stepForward = (frame: number, stride: number): number =>
  Math.floor((frame - 1) / stride) * stride + stride + 1;

/** The frame one Step before `frame`: where the Step before left it, the start at most. */
export const stepBackward = (frame: number, stride: number): number =>
  frame <= 1 ? 0 : (Math.ceil((frame - 1) / stride) - 1) * stride + 1;

/** The recording with the most frames, the first of those on a tie. */
export const longestOf = (recordings: readonly Recording[]): Recording =>
  recordings.reduce((a, b) => (b.frames.length > a.frames.length ? b : a));

/**
 * What the replay shows at frame `frame`: each recording's snapshot there (its last, once it
 * has no more), the most iterations done among them, and the longest training's iterations.
 */
export function framesAt(
  recordings: readonly Recording[],
  frame: number,
): { frames: Frame[]; done: number; iterations: number } {
  const frames = recordings.map((r) => r.frames[Math.min(frame, r.frames.length - 1)]);
  return {
    frames,
    done: Math.max(...frames.map((f) => f.done)),
    iterations: Math.max(...recordings.map((r) => r.iterations)),
  };
}

/** The replay's progress line: "500 of 10,000 iterations", and at the end what it shows. */
export const progressText = (done: number, iterations: number, finished: boolean): string =>
  `${done.toLocaleString("en")} of ${iterationsText(iterations)}` +
  (finished ? ": the state the lesson printed." : "");

/** The page's controls of the animation. */
export interface AnimationControls {
  play: HTMLButtonElement;
  step: HTMLButtonElement;
  finish: HTMLButtonElement;
  reset: HTMLButtonElement;
  speed: HTMLSelectElement;
  progress: HTMLElement;
  runs: HTMLElement;
}

/** Replays the recorded trainings of one run of a lesson; `stop()` before dropping it. */
export class Animation {
  readonly #views: RunView[];
  readonly #head: Playhead;
  /** Frames per Step: a round number of iterations, about a twentieth of the training. */
  readonly #stride: number;

  constructor(recordings: readonly Recording[], readonly controls: AnimationControls) {
    this.#views = recordings.map((recording) => new RunView(recording));
    this.#head = new Playhead(
      longestOf(recordings).frames.length,
      () => this.#draw(),
      () => Number(controls.speed.value),
    );
    const { stride, perFrame } = stepSize(longestOf(recordings));
    this.#stride = stride;
    controls.step.textContent = `Step +${(this.#stride * perFrame).toLocaleString("en")}`;
    controls.step.title = `Show the network ${iterationsText(this.#stride * perFrame)} later`;
    controls.runs.replaceChildren(...this.#views.map((view) => view.node));
    this.#draw();
  }

  play(): void {
    this.#head.play();
  }

  pause(): void {
    this.#head.pause();
  }

  /** Play or pause. */
  toggle(): void {
    this.#head.toggle();
  }

  /**
   * One step: from the start, the network after its first update; then a round number of
   * iterations later each time (about a twentieth of the training: 500 of lesson 08's 10,000).
   */
  step(): void {
    this.#head.moveTo(stepForward(this.#head.frame, this.#stride));
  }

  /** One step back, to where the step before this one left the network (the start at most). */
  stepBack(): void {
    this.#head.moveTo(stepBackward(this.#head.frame, this.#stride));
  }

  /** Straight to the end: the state the lesson printed. */
  finish(): void {
    this.#head.moveTo(this.#head.frames - 1);
  }

  /** Back to the start, before any training. */
  reset(): void {
    this.#head.moveTo(0);
  }

  stop(): void {
    this.pause();
  }

  #draw(): void {
    const head = this.#head;
    const { frames, done, iterations } = framesAt(this.#views.map((v) => v.recording), head.frame);
    this.#views.forEach((view, i) => view.draw(frames[i]));
    const { play, step, finish, progress } = this.controls;
    play.textContent = head.playing ? "Pause" : "Play";
    for (const button of [play, step, finish]) button.disabled = head.finished;
    progress.dataset.state = head.state;
    progress.dataset.done = String(done);
    progress.textContent = progressText(done, iterations, head.finished);
  }
}
