// A replay's playhead without a browser: the screen refreshes are ticked by hand.

import { assert } from "chai";
import { Playhead, type Refreshes } from "./playhead.ts";

/** A playhead of `frames` moving `perRefresh` a refresh, its refreshes ticked by `tick()`. */
function playhead(frames: number, perRefresh = 1) {
  let waiting: (() => void) | undefined;
  let requests = 0;
  const cancelled: number[] = [];
  const refreshes: Refreshes = {
    request: (tick) => {
      waiting = tick;
      return ++requests;
    },
    cancel: (request) => {
      cancelled.push(request);
      waiting = undefined;
    },
  };
  let draws = 0;
  const head = new Playhead(frames, () => draws++, () => perRefresh, refreshes);
  const tick = () => {
    const next = waiting;
    waiting = undefined;
    next?.();
  };
  return { head, tick, draws: () => draws, waiting: () => waiting !== undefined, cancelled };
}

Deno.test("a replay starts paused at frame 0, and is finished at its last frame", () => {
  const { head } = playhead(5);
  assert.deepEqual([head.frame, head.playing, head.finished, head.state], [
    0,
    false,
    false,
    "paused",
  ]);
  head.show(3);
  assert.isFalse(head.finished, "frame 3 of 0 to 4");
  head.show(4);
  assert.deepEqual([head.finished, head.state], [true, "finished"]);
  head.show(9);
  assert.strictEqual(head.frame, 4, "never past the last frame");
  assert.isTrue(playhead(1).head.finished, "a replay of one frame is finished at once");
});

Deno.test("playing moves a frame a refresh and stops at the last, finished", () => {
  const { head, tick, waiting } = playhead(4);
  head.play();
  assert.deepEqual([head.frame, head.playing, head.state], [0, true, "playing"]);
  tick();
  assert.strictEqual(head.frame, 1);
  tick();
  assert.strictEqual(head.frame, 2);
  assert.isTrue(waiting());
  tick();
  assert.deepEqual([head.frame, head.playing, head.state], [3, false, "finished"]);
  assert.isFalse(waiting(), "no refresh asked for after the end");
  head.play();
  assert.isFalse(head.playing, "a finished replay does not play");
  assert.isFalse(waiting());
});

Deno.test("a fraction of a frame a refresh moves a frame every so many refreshes", () => {
  const { head, tick } = playhead(10, 1 / 4);
  head.show(2);
  head.play();
  const frames = [];
  for (let i = 0; i < 9; i++) {
    tick();
    frames.push(head.frame);
  }
  assert.deepEqual(frames, [2, 2, 2, 3, 3, 3, 3, 4, 4]);
  const fast = playhead(100, 20);
  fast.head.play();
  fast.tick();
  fast.tick();
  assert.strictEqual(fast.head.frame, 40);
  fast.tick();
  fast.tick();
  fast.tick();
  assert.strictEqual(fast.head.frame, 99, "the end, not past it");
  assert.isFalse(fast.head.playing);
});

Deno.test("pause stops at the frame shown, and takes back the refresh asked for", () => {
  const { head, tick, waiting, cancelled } = playhead(10);
  head.play();
  tick();
  head.pause();
  assert.deepEqual([head.frame, head.playing, head.state], [1, false, "paused"]);
  assert.deepEqual(cancelled, [2], "the second request, asked for by the first tick");
  assert.isFalse(waiting());
  head.toggle();
  assert.isTrue(head.playing);
  head.toggle();
  assert.isFalse(head.playing);
});

Deno.test("moving pauses the replay and shows the frame asked for, the last at most", () => {
  const { head, tick } = playhead(10);
  head.play();
  tick();
  head.moveTo(5);
  assert.deepEqual([head.frame, head.playing], [5, false]);
  tick();
  assert.strictEqual(head.frame, 5, "no refresh moves it after a move");
  head.moveTo(0);
  assert.strictEqual(head.frame, 0);
  head.moveTo(12);
  assert.deepEqual([head.frame, head.finished], [9, true]);
});

Deno.test("every change of the playhead redraws the replay", () => {
  const { head, tick, draws } = playhead(10);
  assert.strictEqual(draws(), 0);
  head.play();
  assert.strictEqual(draws(), 1, "play shows the Pause button");
  tick();
  assert.strictEqual(draws(), 2);
  head.pause();
  assert.strictEqual(draws(), 3);
  head.show(4);
  assert.strictEqual(draws(), 4);
  head.moveTo(6);
  assert.strictEqual(draws(), 6, "a pause, then the frame");
});
