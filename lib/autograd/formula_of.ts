import { nameOf } from "./name_of.ts";
import type { Value } from "./value.ts";

/**
 * The operation that made a value, on its children's names: `a + b`,
 * `sigmoid(a)`, `(a + b)^2`, with only the parentheses precedence needs.
 *
 * @example A sum squared
 * ```ts
 * import { assert } from "chai";
 * import { formulaOf } from "./formula_of.ts";
 * import { Value } from "./value.ts";
 *
 * const sum = new Value(1, "a").add(new Value(2, "b"));
 * assert.equal(formulaOf(sum.pow(2)), "(a + b)^2");
 * assert.equal(formulaOf(sum.named("s").pow(2)), "s^2");
 * ```
 */
export function formulaOf(node: Value): string {
  const [a, b] = node.children;
  if (b !== undefined) {
    const p = node.op === "*" ? 2 : 1;
    return `${operand(a, p)} ${node.op} ${operand(b, node.op === "-" ? p + 1 : p)}`;
  }
  if (node.op === "-") return `-${operand(a, 4)}`;
  if (node.op.startsWith("^")) return `${operand(a, 9)}${node.op}`;
  return `${node.op}(${nameOf(a)})`;
}

/** How tightly a node's name binds: a name 9, a power 4, a negation 3, `*` 2, `+` `-` 1. */
function precedence(node: Value): number {
  if (node.label !== "" || node.children.length === 0) return 9;
  if (node.children.length === 2) return node.op === "*" ? 2 : 1;
  return node.op === "-" ? 3 : node.op.startsWith("^") ? 4 : 9;
}

/** A child's name, in parentheses when it binds less tightly than `min`. */
function operand(child: Value, min: number): string {
  return precedence(child) < min ? `(${nameOf(child)})` : nameOf(child);
}
