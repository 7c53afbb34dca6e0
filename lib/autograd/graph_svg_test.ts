import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { graphSvg } from "./graph_svg.ts";
import { topologicalOrder } from "./topological_order.ts";
import { Value } from "./value.ts";

/** The tutorial's neuron, its error written d * d. */
function neuron() {
  const [w1, w2, b] = [new Value(1.45, "w1"), new Value(-0.66, "w2"), new Value(0, "b")];
  const layer1 = w1.mul(new Value(2, "x1")).add(w2.mul(new Value(1.5, "x2"))).add(b)
    .named("layer_1");
  const d = layer1.sigmoid().named("prediction").sub(new Value(0, "target")).named("d");
  const error = d.mul(d).named("error");
  error.backward();
  return error;
}

/** Every box's position and its three lines of text, and every arrow's ends. */
function parse(svg: string) {
  const boxes = [...svg.matchAll(
    /<rect class="node" x="([\d.]+)" y="([\d.]+)"[^>]*\/><text[^>]*>([^<]*)<\/text><text[^>]*>([^<]*)<\/text><text[^>]*>([^<]*)<\/text>/g,
  )].map((m) => ({ x: Number(m[1]), y: Number(m[2]), lines: [m[3], m[4], m[5]] }));
  const arrows = [...svg.matchAll(/<path class="edge" d="M([\d.]+) [\d.]+ C.* ([\d.]+) [\d.]+"/g)]
    .map((m) => ({ from: Number(m[1]), to: Number(m[2]) }));
  return { boxes, arrows };
}

Deno.test("one box per value with its name, value and grad; one arrow per use", () => {
  const error = neuron();
  const svg = graphSvg(error, "The tutorial's neuron");
  assert.isTrue(XMLValidator.validate(svg));
  const { boxes, arrows } = parse(svg);
  const nodes = topologicalOrder(error);
  assert.lengthOf(boxes, nodes.length);
  assert.lengthOf(arrows, nodes.reduce((sum, node) => sum + node.children.length, 0));
  const box = (name: string) => boxes.find((b) => b.lines[0] === name)!;
  assert.deepEqual(box("b").lines, ["b", "value 0.", "grad 0.19570893"]);
  assert.deepEqual(box("error (*)").lines, ["error (*)", "value 0.75867436", "grad 1."]);
  assert.deepEqual(box("w1 * x1").lines, ["w1 * x1", "value 2.9", "grad 0.19570893"]);
  assert.include(svg, ">The tutorial's neuron</text>");
});

Deno.test("the leaves on the left, the output on the right, every arrow pointing right", () => {
  const svg = graphSvg(neuron(), "t");
  const { boxes, arrows } = parse(svg);
  const x = (name: string) => boxes.find((b) => b.lines[0] === name)!.x;
  assert.equal(x("error (*)"), Math.max(...boxes.map((b) => b.x)));
  assert.equal(x("w1"), Math.min(...boxes.map((b) => b.x)));
  assert.isBelow(x("d (-)"), x("error (*)"));
  assert.isBelow(x("prediction (sigmoid)"), x("d (-)"));
  for (const { from, to } of arrows) assert.isBelow(from, to);
  // d is used twice by error: two arrows, apart.
  const twice = [...svg.matchAll(/<path class="edge" d="M([\d.]+ [\d.]+) C/g)].map((m) => m[1])
    .filter((start) => start.startsWith(`${x("d (-)") + 176} `));
  assert.lengthOf(twice, 2);
  assert.notEqual(twice[0], twice[1]);
  // No two boxes overlap.
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      assert.isFalse(a.x === b.x && Math.abs(a.y - b.y) < 56, `${a.lines[0]} and ${b.lines[0]}`);
    }
  }
});

Deno.test("names are escaped and cut to the width of a box", () => {
  const svg = graphSvg(new Value(1, "a<b & a very long name indeed"), "x < y");
  assert.isTrue(XMLValidator.validate(svg));
  assert.include(svg, ">a&lt;b &amp; a very long name…</text>");
  assert.include(svg, ">x &lt; y</text>");
});
