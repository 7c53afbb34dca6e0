/** How {@link histogramText} draws. */
export interface HistogramTextOptions {
  /** The bins' edges, ascending: n + 1 edges make n bins, the last one closed. */
  edges: readonly number[];
  /** The longest bar, in characters (default 40). */
  width?: number;
}

/**
 * A histogram in the terminal: one line per bin with its range, a bar of "█"
 * as long as its count relative to the largest, and the count. Values below
 * the first edge or above the last are counted on a line of their own, so
 * none is lost from view.
 *
 * @param values The values to count.
 * @param options The bins' edges and the longest bar.
 * @returns The lines joined by newlines.
 * @throws {RangeError} If there are fewer than two edges, they are not
 * ascending, or a value is not finite.
 *
 * @example Three bins
 * ```ts
 * import { assert } from "chai";
 * import { histogramText } from "./histogram_text.ts";
 *
 * assert.equal(
 *   histogramText([0, 0, 0.5, 1, 2], { edges: [0, 1, 2, 3], width: 3 }),
 *   ["  [0, 1)  ███ 3", "  [1, 2)  █   1", "  [2, 3]  █   1"].join("\n"),
 * );
 * ```
 */
export function histogramText(values: readonly number[], options: HistogramTextOptions): string {
  const { edges, width = 40 } = options;
  if (edges.length < 2) throw new RangeError(`Expected at least two edges, got ${edges.length}`);
  edges.forEach((edge, k) => {
    if (!Number.isFinite(edge) || (k > 0 && !(edge > edges[k - 1]))) {
      throw new RangeError(`Expected ascending finite edges, got ${edges.join(", ")}`);
    }
  });
  const counts = new Array<number>(edges.length - 1).fill(0);
  let [below, above] = [0, 0];
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`Expected finite values, got ${value}`);
    if (value < edges[0]) below++;
    else if (value > edges.at(-1)!) above++;
    else {
      let k = 0;
      while (k < counts.length - 1 && value >= edges[k + 1]) k++;
      counts[k]++;
    }
  }
  const labels = counts.map((_, k) =>
    `[${edges[k]}, ${edges[k + 1]}${k === counts.length - 1 ? "]" : ")"}`
  );
  const rows: [string, number][] = [
    ...(below > 0 ? [[`below ${edges[0]}`, below] as [string, number]] : []),
    ...labels.map((label, k) => [label, counts[k]] as [string, number]),
    ...(above > 0 ? [[`above ${edges.at(-1)}`, above] as [string, number]] : []),
  ];
  const largest = Math.max(1, ...rows.map(([, n]) => n));
  const pad = rows.reduce((most, [label]) => Math.max(most, label.length), 0);
  return rows.map(([label, n]) => {
    const bar = "█".repeat(n === 0 ? 0 : Math.max(1, Math.round(n / largest * width)));
    return `  ${label.padEnd(pad)}  ${bar.padEnd(width)} ${n}`;
  }).join("\n");
}
