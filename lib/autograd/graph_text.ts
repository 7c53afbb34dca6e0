import { formatNumber } from "../format_array.ts";
import { formulaOf } from "./formula_of.ts";
import { nameOf } from "./name_of.ts";
import type { Value } from "./value.ts";

/**
 * The computation graph that made `root`, as a tree in text: the output on
 * top, each value's children indented below it, with its value and its grad.
 * A named value shows the formula that made it (`layer_1 = w1 * x1 + b`); a
 * value used twice is drawn once, then named again with "(above)".
 *
 * @example Three lines for a product
 * ```ts
 * import { assert } from "chai";
 * import { graphText } from "./graph_text.ts";
 * import { Value } from "./value.ts";
 *
 * const product = new Value(2, "a").mul(new Value(3, "b")).named("c");
 * product.backward();
 * assert.equal(graphText(product), [
 *   "node       value  grad",
 *   "c = a * b  6.     1.",
 *   "├─ a       2.     3.",
 *   "└─ b       3.     2.",
 * ].join("\n"));
 * ```
 */
export function graphText(root: Value): string {
  const rows: [string, Value][] = [];
  const drawn = new Set<Value>();
  const visit = (node: Value, head: string, indent: string) => {
    const again = drawn.has(node);
    const name = node.label !== "" && node.children.length > 0 && !again
      ? `${node.label} = ${formulaOf(node)}`
      : nameOf(node);
    rows.push([`${head}${name}${again ? " (above)" : ""}`, node]);
    if (again) return;
    drawn.add(node);
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      visit(child, `${indent}${last ? "└─ " : "├─ "}`, `${indent}${last ? "   " : "│  "}`);
    });
  };
  visit(root, "", "");
  const values = rows.map(([, node]) => formatNumber(node.data));
  const width = Math.max(4, ...rows.map(([text]) => text.length));
  const valueWidth = Math.max(5, ...values.map((v) => v.length));
  return [
    `${"node".padEnd(width)}  ${"value".padEnd(valueWidth)}  grad`,
    ...rows.map(([text, node], k) =>
      `${text.padEnd(width)}  ${values[k].padEnd(valueWidth)}  ${formatNumber(node.grad)}`
    ),
  ].join("\n");
}
