import { formulaOf } from "./formula_of.ts";
import type { Value } from "./value.ts";

/**
 * What a value is called in drawings of its graph: its label, or a leaf's
 * number (8 significant digits), or else the formula that made it.
 *
 * @example A label, a number, a formula
 * ```ts
 * import { assert } from "chai";
 * import { nameOf } from "./name_of.ts";
 * import { Value } from "./value.ts";
 *
 * const w = new Value(1.45, "w1");
 * assert.equal(nameOf(w), "w1");
 * assert.equal(nameOf(new Value(2)), "2");
 * assert.equal(nameOf(w.mul(2).sigmoid()), "sigmoid(w1 * 2)");
 * ```
 */
export function nameOf(node: Value): string {
  if (node.label !== "") return node.label;
  return node.children.length === 0 ? String(Number(node.data.toPrecision(8))) : formulaOf(node);
}
