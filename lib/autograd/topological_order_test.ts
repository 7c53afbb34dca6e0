import { assert } from "chai";
import { topologicalOrder } from "./topological_order.ts";
import { Value } from "./value.ts";

Deno.test("every node once, each after all of its children, the root last", () => {
  const a = new Value(1, "a");
  const b = new Value(2, "b");
  const c = a.mul(b).named("c");
  const d = c.add(a).named("d");
  const e = c.mul(d).named("e");
  const order = topologicalOrder(e);
  assert.deepEqual(order.map((v) => v.label), ["a", "b", "c", "d", "e"]);
  for (const [k, node] of order.entries()) {
    for (const child of node.children) assert.isBelow(order.indexOf(child), k);
  }
});

Deno.test("a leaf alone is its own order", () => {
  const a = new Value(1);
  assert.deepEqual(topologicalOrder(a), [a]);
});
