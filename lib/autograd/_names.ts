// How a node is called in drawings of the graph: its label, a leaf's number, or the formula
// that made it from its children's names ("w1 * x1 + w2 * x2"), with only the parentheses
// that precedence needs.

import type { Value } from "./value.ts";

/** The node's label, or a leaf's number (8 digits), or the formula that made it. */
export function nameOf(node: Value): string {
  if (node.label !== "") return node.label;
  return node.children.length === 0 ? String(Number(node.data.toPrecision(8))) : formulaOf(node);
}

/** `a + b`, `sigmoid(a)`, `(a + b)^2`: the operation on the children's names. */
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

/** How tightly a node's formula binds: a name 9, a power 4, a negation 3, `*` 2, `+` `-` 1. */
function precedence(node: Value): number {
  if (node.label !== "" || node.children.length === 0) return 9;
  if (node.children.length === 2) return node.op === "*" ? 2 : 1;
  return node.op === "-" ? 3 : node.op.startsWith("^") ? 4 : 9;
}

/** A child's name, in parentheses when it binds less tightly than `min`. */
function operand(child: Value, min: number): string {
  return precedence(child) < min ? `(${nameOf(child)})` : nameOf(child);
}
