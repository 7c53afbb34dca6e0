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

Deno.test("the drawing of y = a * a + b, box by box and arrow by arrow", () => {
  const [a, b] = [new Value(2, "a"), new Value(3, "b")];
  const y = a.mul(a).named("s").add(b).named("y");
  y.backward();
  // Three columns 216 pixels apart from x = 20: a (2 steps from y), then s and b, then y. The
  // middle column holds two boxes, 68 pixels apart from y = 40; the others are centred on it (74).
  // a's two arrows into s start 6 pixels either side of its middle (102) and end so at s's (68).
  const box = (x: number, y: number, fill: string, lines: string[]) =>
    `<rect class="node" x="${x}" y="${y}" width="176" height="56" rx="6" fill="${fill}" ` +
    `stroke="#555"/>` +
    lines.map((text, k) => `<text x="${x + 8}" y="${y + 16 + 16 * k}">${text}</text>`).join("");
  const arrow = (x1: number, y1: number, x2: number, y2: number) => {
    const middle = (x1 + x2) / 2;
    return `<path class="edge" d="M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}" ` +
      `fill="none" stroke="#888" marker-end="url(#arrow)"/>`;
  };
  const svg = graphSvg(y, "t").split("\n");
  assert.equal(
    svg[0],
    '<svg xmlns="http://www.w3.org/2000/svg" width="648" height="184" viewBox="0 0 648 184" ' +
      'font-family="monospace" font-size="12">',
  );
  assert.equal(svg[3], '<text x="20" y="24" font-size="14">t</text>');
  assert.deepEqual(svg.slice(4, -2), [
    arrow(196, 96, 230, 62),
    arrow(196, 108, 230, 74),
    arrow(412, 68, 446, 102),
    arrow(412, 136, 446, 102),
    box(20, 74, "#dcebf7", ["a", "value 2.", "grad 4."]),
    box(236, 40, "#eeeeee", ["s (*)", "value 4.", "grad 1."]),
    box(236, 108, "#dcebf7", ["b", "value 3.", "grad 1."]),
    box(452, 74, "#fde9b5", ["y (+)", "value 7.", "grad 1."]),
  ]);
});

Deno.test("a name of 23 characters fits a box whole; one of 24 is cut to 22 and an ellipsis", () => {
  const name = "abcdefghijklmnopqrstuvw";
  assert.include(graphSvg(new Value(1, name), "t"), `>${name}</text>`);
  assert.include(graphSvg(new Value(1, `${name}x`), "t"), `>${name.slice(0, 22)}…</text>`);
});
