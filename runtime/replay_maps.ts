// Paths on a map, for the classroom page to draw step by step. A lesson whose descents are its
// own loops (lesson 13, not the lib's training loop that the page records through lib/train.ts)
// offers each map it drew: the lib's SVG picture of it, with every path in full, and each path's
// points and errors. In a terminal no one watches, and the offer costs nothing: the map is made
// only when a watcher asks for it (classroom/page/worker.ts, while the page runs the lesson).

/** One path on the map, as the picture draws it: its points in order, one per recorded step. */
export interface ReplayPath {
  /** Its name in the picture's legend, e.g. "full batch (rate 1)". */
  name: string;
  /** The descent's steps between two points of the path, e.g. 5 when every 5th is kept. */
  every: number;
  /** The points, as [w1, w2], the start first. */
  points: [number, number][];
  /** The map's value at each point. */
  errors: number[];
}

/** One map with its paths, as a lesson offers it. */
export interface ReplayMap {
  /** What the map shows, a line above it. */
  title: string;
  /** The lib's SVG picture of the map (lib/charts/contour_svg.ts), every path drawn in full. */
  svg: string;
  /** The paths in the picture's order: its n-th polyline is the n-th path. */
  paths: ReplayPath[];
  /** The significant digits the lesson prints the errors with. */
  digits: number;
}

const watchers = new Set<(map: ReplayMap) => void>();

/** Offers a map to whoever watches: `make` runs only if someone does. */
export function offerMap(make: () => ReplayMap): void {
  if (watchers.size === 0) return;
  const map = make();
  for (const watcher of watchers) watcher(map);
}

/** Calls `watcher` with every map offered until the returned function is called. */
export function watchMaps(watcher: (map: ReplayMap) => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
