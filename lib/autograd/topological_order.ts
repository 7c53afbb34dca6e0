import type { Value } from "./value.ts";

/**
 * Every value `root` was made from, and `root` itself, each once, each after
 * all the values it was made from: a depth-first visit that lists a node
 * when its children are done. `backward()` runs it in reverse, the output
 * first.
 *
 * @example A node used twice is listed once, before what uses it
 * ```ts
 * import { assert } from "chai";
 * import { topologicalOrder } from "./topological_order.ts";
 * import { Value } from "./value.ts";
 *
 * const a = new Value(3, "a");
 * const square = a.mul(a).named("square");
 * assert.deepEqual(topologicalOrder(square).map((v) => v.label), ["a", "square"]);
 * ```
 */
export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const seen = new Set<Value>();
  const visit = (node: Value) => {
    if (seen.has(node)) return;
    seen.add(node);
    node.children.forEach(visit);
    order.push(node);
  };
  visit(root);
  return order;
}
