/// <reference lib="dom" />
// Watching descents walk a map: the page replays the maps a lesson offered while it ran
// (runtime/replay_maps.ts, lesson 13's loss landscape). Each map is the lib's own SVG picture of
// it, the one --plot writes, shown in the page; each frame cuts every path's line back to its
// first points and moves the path's end dot to the last of them, so the paths grow step by step
// on the contours, and the last frame is the picture as the lesson drew it. Beside the map, each
// path's step, weights and error, in the digits the lesson prints them with.

import type { ReplayMap, ReplayPath } from "../../runtime/replay_maps.ts";
import type { AnimationControls } from "./animation.ts";
import { Playhead } from "./playhead.ts";

/** A number as the lesson prints it: `digits` significant digits, no trailing zeros. */
export const shown = (value: number, digits: number): string =>
  String(Number(value.toPrecision(digits)));

/** Frames of a replay: one per point of the longest path, the start first. */
export const mapFrames = (maps: readonly ReplayMap[]): number =>
  Math.max(...maps.flatMap((m) => m.paths.map((p) => p.points.length)));

/**
 * A path at frame `frame` (its last point once it has no more): which point, and its line beside
 * the map, e.g. "full batch (rate 1): step 10 of 50, at " then "(0.5, -1.25)", ", error " and
 * the error in the lesson's `digits`.
 */
export function pathRow(
  path: ReplayPath,
  frame: number,
  digits: number,
): { at: number; step: string; place: string; error: string } {
  const at = Math.min(frame, path.points.length - 1);
  const [w1, w2] = path.points[at];
  return {
    at,
    step: `${path.name}: step ${(at * path.every).toLocaleString("en")} of ` +
      `${((path.points.length - 1) * path.every).toLocaleString("en")}, at `,
    place: `(${shown(w1, 6)}, ${shown(w2, 6)})`,
    error: shown(path.errors[at], digits),
  };
}

/**
 * A path's picture cut back to its point `at`: the polyline's `points` up to that point, and
 * where its end dot goes ([cx, cy]), from the picture's own coordinates ("x,y" each).
 */
export function drawnPath(
  coordinates: readonly string[],
  at: number,
): { points: string; end: [string, string] } {
  const [cx, cy] = coordinates[at].split(",");
  return { points: coordinates.slice(0, at + 1).join(" "), end: [cx, cy] };
}

/** The replay's progress line at frame `frame` of `frames`. */
export const mapProgressText = (frame: number, frames: number): string =>
  `Point ${frame} of ${frames - 1} of the longest path` +
  (frame >= frames - 1 ? ": the paths the lesson drew." : "");

/** One path drawn in the picture: its line, its end dot, its full list of points. */
interface DrawnPath {
  path: ReplayPath;
  line: SVGPolylineElement;
  end: SVGCircleElement;
  coordinates: string[];
  row: HTMLElement;
}

/** One map's card: the picture, and a line per path. */
class MapView {
  readonly node = document.createElement("figure");
  readonly #paths: DrawnPath[] = [];

  constructor(readonly map: ReplayMap, index: number) {
    this.node.className = "run map";
    const caption = document.createElement("figcaption");
    caption.textContent = map.title;
    const picture = new DOMParser().parseFromString(map.svg, "image/svg+xml").documentElement;
    const svg = document.importNode(picture, true) as unknown as SVGSVGElement;
    svg.setAttribute("class", "map-picture");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", map.title);
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    // Each picture's clip path an id of its own: the page holds several pictures.
    const clip = `replay-map-${index}`;
    for (const node of svg.querySelectorAll("clipPath")) node.id = clip;
    for (const node of svg.querySelectorAll("[clip-path]")) {
      node.setAttribute("clip-path", `url(#${clip})`);
    }
    const list = document.createElement("ul");
    list.className = "map-paths";
    const lines = [...svg.querySelectorAll("polyline")];
    map.paths.forEach((path, k) => {
      const line = lines[k];
      // The lib draws each path as its line, then a dot at its start and one at its end.
      const end = line.nextElementSibling!.nextElementSibling as SVGCircleElement;
      const row = document.createElement("li");
      row.className = "map-path";
      list.append(row);
      this.#paths.push({
        path,
        line,
        end,
        coordinates: line.getAttribute("points")!.split(" "),
        row,
      });
    });
    this.node.append(caption, svg, list);
  }

  /** The map with each path's first `frame` + 1 points (all of a shorter path). */
  draw(frame: number): void {
    const { digits } = this.map;
    for (const { path, line, end, coordinates, row } of this.#paths) {
      const { at, step, place, error } = pathRow(path, frame, digits);
      const { points, end: [cx, cy] } = drawnPath(coordinates, at);
      line.setAttribute("points", points);
      end.setAttribute("cx", cx);
      end.setAttribute("cy", cy);
      const span = (name: string, text: string) => {
        const node = document.createElement("span");
        node.className = name;
        node.textContent = text;
        return node;
      };
      row.replaceChildren(step, span("at", place), ", error ", span("error", error));
    }
  }
}

/** How far a frame moves per screen refresh at each speed of the page's speed control. */
export const FRAMES_PER_REFRESH = 1 / 4;

/** Replays the maps of one run of a lesson; `stop()` before dropping it. */
export class MapReplay {
  readonly #views: MapView[];
  readonly #head: Playhead;

  constructor(maps: readonly ReplayMap[], readonly controls: AnimationControls) {
    this.#views = maps.map((map, i) => new MapView(map, i));
    this.#head = new Playhead(
      mapFrames(maps),
      () => this.#draw(),
      () => Number(controls.speed.value) * FRAMES_PER_REFRESH,
    );
    controls.step.textContent = "Step +1";
    controls.step.title = "Each path one point further";
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

  /** Each path one point further. */
  step(): void {
    this.#head.moveTo(this.#head.frame + 1);
  }

  /** Straight to the end: the paths as the lesson drew them. */
  finish(): void {
    this.#head.moveTo(this.#head.frames - 1);
  }

  /** Back to the start: every path at its first point. */
  reset(): void {
    this.#head.moveTo(0);
  }

  stop(): void {
    this.pause();
  }

  #draw(): void {
    const head = this.#head;
    for (const view of this.#views) view.draw(head.frame);
    const { play, step, finish, progress } = this.controls;
    play.textContent = head.playing ? "Pause" : "Play";
    for (const button of [play, step, finish]) button.disabled = head.finished;
    progress.dataset.state = head.state;
    progress.dataset.done = String(head.frame);
    progress.textContent = mapProgressText(head.frame, head.frames);
  }
}
