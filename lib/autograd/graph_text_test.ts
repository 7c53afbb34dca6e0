import { assert } from "chai";
import { graphText } from "./graph_text.ts";
import { Value } from "./value.ts";

Deno.test("the tree: formulas from the children's names, a node used twice drawn once", () => {
  const [w, x, b] = [new Value(1.5, "w"), new Value(2, "x"), new Value(-1, "b")];
  const z = w.mul(x).add(b).named("z");
  const d = z.sigmoid().sub(1).named("d");
  const error = d.mul(d).named("error");
  error.backward();
  // NumPy: s = 1 / (1 + np.exp(-2.0)); d = s - 1; d * d, 2 * d, 2 * d * s * (1 - s) (z's grad),
  // and that times 2 (w's) and 1.5 (x's).
  assert.equal(
    graphText(error),
    [
      "node                    value        grad",
      "error = d * d           0.01420934   1.",
      "├─ d = sigmoid(z) - 1   -0.11920292  -0.23840584",
      "│  ├─ sigmoid(z)        0.88079708   -0.23840584",
      "│  │  └─ z = w * x + b  2.           -0.02503108",
      "│  │     ├─ w * x       3.           -0.02503108",
      "│  │     │  ├─ w        1.5          -0.05006217",
      "│  │     │  └─ x        2.           -0.03754663",
      "│  │     └─ b           -1.          -0.02503108",
      "│  └─ 1                 1.           0.23840584",
      "└─ d (above)            -0.11920292  -0.23840584",
    ].join("\n"),
  );
});

Deno.test("a labelled value of one child shows its formula; narrow names and values still fit the headings", () => {
  const z = new Value(0, "z");
  const p = z.sigmoid().named("p");
  p.backward();
  assert.deepEqual(graphText(p).split("\n"), [
    "node            value  grad",
    "p = sigmoid(z)  0.5    1.",
    "└─ z            0.     0.25",
  ]);
  assert.equal(graphText(new Value(1, "a")), ["node  value  grad", "a     1.     0."].join("\n"));
});
