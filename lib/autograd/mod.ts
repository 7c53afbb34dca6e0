/**
 * A tiny scalar autograd, micrograd's idea in our own code: a `Value` records
 * the operations that made it, and `backward()` runs the chain rule back
 * through them in topological order. `graphText` and `graphSvg` draw the graph
 * with each value and its gradient.
 *
 * @example The slope of x * x + x at 3 is 2 * 3 + 1
 * ```ts
 * import { assert } from "chai";
 * import { Value } from "./mod.ts";
 *
 * const x = new Value(3, "x");
 * x.mul(x).add(x).backward();
 * assert.equal(x.grad, 7);
 * ```
 *
 * @module
 */
export { Value } from "./value.ts";
export { topologicalOrder } from "./topological_order.ts";
export { graphText } from "./graph_text.ts";
export { graphSvg } from "./graph_svg.ts";
export { nameOf } from "./name_of.ts";
export { formulaOf } from "./formula_of.ts";
