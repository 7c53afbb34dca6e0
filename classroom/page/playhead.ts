// Where a replay of the page is (a lesson's trainings, a lesson's maps): a frame of so many,
// playing or paused, moved by the page's controls. Each move redraws the replay; a replay that
// plays moves on at each screen refresh and stops at its last frame.

/** How a playing replay asks for the next screen refresh, and takes the request back. */
export interface Refreshes {
  request(tick: () => void): number;
  cancel(request: number): void;
}

/** The browser's own screen refreshes. */
const SCREEN: Refreshes = {
  request: (tick) => requestAnimationFrame(tick),
  cancel: (request) => cancelAnimationFrame(request),
};

/** A replay's place among its frames, from 0 (the start) to `frames - 1` (the end). */
export class Playhead {
  /** The frame shown. */
  frame = 0;
  playing = false;
  #request = 0;

  /**
   * @param frames How many frames the replay has, the start included.
   * @param draw Redraws the replay at the playhead (after every move).
   * @param perRefresh How many frames one screen refresh moves a playing replay (a fraction
   * moves it every so many refreshes).
   */
  constructor(
    readonly frames: number,
    readonly draw: () => void,
    readonly perRefresh: () => number,
    readonly refreshes: Refreshes = SCREEN,
  ) {}

  /** At the last frame: what the lesson left. */
  get finished(): boolean {
    return this.frame >= this.frames - 1;
  }

  /** "finished", "playing" or "paused", as the page's progress line says in its data. */
  get state(): "finished" | "playing" | "paused" {
    return this.finished ? "finished" : this.playing ? "playing" : "paused";
  }

  /** Plays from the frame shown, unless it is the last. */
  play(): void {
    if (this.finished) return;
    this.playing = true;
    let at = this.frame;
    const tick = () => {
      at += this.perRefresh();
      this.show(Math.floor(at));
      if (this.playing) this.#request = this.refreshes.request(tick);
    };
    this.#request = this.refreshes.request(tick);
    this.draw();
  }

  pause(): void {
    this.playing = false;
    this.refreshes.cancel(this.#request);
    this.draw();
  }

  /** Play or pause. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Pauses and shows `frame`. */
  moveTo(frame: number): void {
    this.pause();
    this.show(frame);
  }

  /** Shows `frame` (the last at most), playing on unless it is the last. */
  show(frame: number): void {
    this.frame = Math.min(frame, this.frames - 1);
    if (this.finished) this.playing = false;
    this.draw();
  }
}
