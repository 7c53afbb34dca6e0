import { formatNumber } from "../format_array.ts";
import { nameOf } from "./name_of.ts";
import { topologicalOrder } from "./topological_order.ts";
import type { Value } from "./value.ts";

/** Box and gap sizes of the drawing, in pixels. */
const BOX = { width: 176, height: 56, column: 216, row: 68, margin: 20, top: 40 };

/**
 * The computation graph that made `root`, as SVG: one box per value with its
 * name, value and grad, an arrow from each value to every value made from it.
 * The leaves sit on the left, the output on the right; each value's column is
 * its longest path to the output, so every arrow points right.
 *
 * @example A product of two leaves: three boxes, two arrows
 * ```ts
 * import { assert } from "chai";
 * import { graphSvg } from "./graph_svg.ts";
 * import { Value } from "./value.ts";
 *
 * const product = new Value(2, "a").mul(new Value(3, "b")).named("c");
 * product.backward();
 * const svg = graphSvg(product, "c = a * b");
 * assert.equal(svg.match(/<rect class="node"/g)?.length, 3);
 * assert.equal(svg.match(/<path class="edge"/g)?.length, 2);
 * assert.include(svg, ">grad 3.</text>");
 * ```
 */
export function graphSvg(root: Value, title: string): string {
  const order = topologicalOrder(root);
  const rank = new Map<Value, number>([[root, 0]]);
  for (const node of order.toReversed()) {
    for (const child of node.children) {
      rank.set(child, Math.max(rank.get(child) ?? 0, rank.get(node)! + 1));
    }
  }
  const columns = Math.max(...rank.values()) + 1;
  // Within a column, the values in the order a depth-first walk from the output meets them.
  const rows = new Map<Value, number>();
  const filled = new Array<number>(columns).fill(0);
  const walk = (node: Value) => {
    if (rows.has(node)) return;
    rows.set(node, filled[rank.get(node)!]++);
    node.children.forEach(walk);
  };
  walk(root);
  const tallest = Math.max(...filled);
  const at = (node: Value) => {
    const column = rank.get(node)!;
    const offset = (tallest - filled[column]) * BOX.row / 2;
    return {
      x: BOX.margin + (columns - 1 - column) * BOX.column,
      y: BOX.top + offset + rows.get(node)! * BOX.row,
    };
  };
  const width = 2 * BOX.margin + (columns - 1) * BOX.column + BOX.width;
  const height = BOX.top + BOX.margin + (tallest - 1) * BOX.row + BOX.height;
  const arrows = order.flatMap((node) =>
    node.children.map((child, i) => {
      const [from, to] = [at(child), at(node)];
      // A value used twice by one node gets two arrows, spread apart so that both show.
      const uses = node.children.filter((c) => c === child).length;
      const spread = (node.children.slice(0, i).filter((c) => c === child).length -
        (uses - 1) / 2) * 12;
      const [x1, y1] = [from.x + BOX.width, from.y + BOX.height / 2 + spread];
      const [x2, y2] = [to.x - 6, to.y + BOX.height / 2 + spread];
      const middle = (x1 + x2) / 2;
      return `<path class="edge" d="M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}" ` +
        `fill="none" stroke="#888" marker-end="url(#arrow)"/>`;
    })
  );
  const boxes = order.map((node) => {
    const { x, y } = at(node);
    const leaf = node.children.length === 0;
    const name = leaf || node.label === "" ? nameOf(node) : `${node.label} (${node.op})`;
    const fill = node === root ? "#fde9b5" : leaf ? "#dcebf7" : "#eeeeee";
    const line = (k: number, text: string) =>
      `<text x="${x + 8}" y="${y + 16 + 16 * k}">${escape(fit(text))}</text>`;
    return `<rect class="node" x="${x}" y="${y}" width="${BOX.width}" height="${BOX.height}" ` +
      `rx="6" fill="${fill}" stroke="#555"/>` +
      line(0, name) + line(1, `value ${formatNumber(node.data)}`) +
      line(2, `grad ${formatNumber(node.grad)}`);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="monospace" font-size="12">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="6" ` +
    `markerHeight="6" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#888"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${BOX.margin}" y="24" font-size="14">${escape(title)}</text>`,
    ...arrows,
    ...boxes,
    "</svg>",
    "",
  ].join("\n");
}

/** At most 23 characters, the width of a box. */
const fit = (text: string) => text.length <= 23 ? text : `${text.slice(0, 22)}…`;

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
