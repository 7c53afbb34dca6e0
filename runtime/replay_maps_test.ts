// A lesson offers each map it drew; the map is made only when someone watches, once for all of
// them, and not after they stop watching.

import { assert } from "chai";
import { offerMap, type ReplayMap, watchMaps } from "./replay_maps.ts";

const map: ReplayMap = { title: "A map", svg: "<svg/>", paths: [], digits: 3 };

Deno.test("a map is made once for all its watchers, and not at all when no one watches", () => {
  let made = 0;
  const make = () => (made++, map);
  offerMap(make);
  assert.equal(made, 0, "no watcher: not made");
  const first: ReplayMap[] = [];
  const second: ReplayMap[] = [];
  const stopFirst = watchMaps((m) => first.push(m));
  const stopSecond = watchMaps((m) => second.push(m));
  offerMap(make);
  assert.equal(made, 1, "made once");
  assert.deepEqual([first, second], [[map], [map]], "each watcher gets it");
  stopFirst();
  offerMap(make);
  assert.deepEqual([first.length, second.length, made], [1, 2, 2], "the other still watches");
  stopSecond();
  offerMap(make);
  assert.equal(made, 2, "no one watches any more");
});
