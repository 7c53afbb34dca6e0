import { assert } from "chai";
import fc from "fast-check";
import { anyVector, finiteOrRefused } from "../_property.ts";
import { Layer, type LayerParameters } from "./layer.ts";
import { makePrediction } from "../make_prediction.ts";
import { seededRandom } from "../random/seeded_random.ts";

Deno.test("each unit of a layer is the tutorial's neuron: sigmoid(dot(input, weights) + bias)", () => {
  const layer = new Layer({ weights: [[1.45, -0.66], [0.5, 2]], biases: [0, -1] });
  const { sums, outputs } = layer.forward([2, 1.5]);
  assert.closeTo(sums[0], 1.91, 1e-15);
  assert.equal(outputs[0], makePrediction([2, 1.5], [1.45, -0.66], 0));
  assert.equal(outputs[1], makePrediction([2, 1.5], [0.5, 2], -1));
});

Deno.test("Layer.random draws every weight and bias, reproducibly", () => {
  const a = Layer.random(3, 4, seededRandom(5));
  const b = Layer.random(3, 4, seededRandom(5));
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.biases, b.biases);
  assert.lengthOf(a.weights, 4);
  assert.lengthOf(a.weights[0], 3);
  assert.equal(a.inputSize, 3);
});

Deno.test("a layer copies its parameters and refuses ones that do not fit", () => {
  const weights = [[1, 2]];
  const layer = new Layer({ weights, biases: [0] });
  weights[0][0] = 99;
  assert.equal(layer.weights[0][0], 1);
  assert.throws(() => new Layer({ weights: [[1, 2], [3]], biases: [0, 0] }), RangeError, "Row 1");
  assert.throws(() => new Layer({ weights: [[1]], biases: [0, 0] }), RangeError, "2 biases");
  assert.throws(() => new Layer({ weights: [], biases: [] }), RangeError, "at least one unit");
  assert.throws(() => new Layer({ weights: [[NaN]], biases: [0] }), RangeError, "weights[0][0]");
  assert.throws(() => layer.forward([1, 2, 3]), RangeError, "3 and 2");
});

Deno.test("new Layer({ weights: [[]], biases: [0] }) throws: a unit reads at least one input", () => {
  assert.throws(() => new Layer({ weights: [[]], biases: [0] }), RangeError, "Row 0 has 0 weights");
  assert.throws(() => new Layer({ weights: [[], []], biases: [0, 0] }), RangeError, "Row 0 has 0");
});

Deno.test("a layer from JavaScript with parameters of the wrong type is a TypeError", () => {
  const make = (parameters: unknown) => () => new Layer(parameters as LayerParameters);
  assert.throws(make(null), TypeError, "the layer's parameters to be an object");
  assert.throws(make({ weights: "1", biases: [0] }), TypeError, "weights to be an array");
  assert.throws(make({ weights: [1], biases: [0] }), TypeError, "weights[0] to be an array");
  assert.throws(make({ weights: [["1"]], biases: [0] }), TypeError, "weights[0][0]");
  assert.throws(make({ weights: [[1]], biases: [null] }), TypeError, "biases[0]");
});

Deno.test("Layer.random refuses sizes that are not positive whole numbers, or too large to hold", () => {
  const random = seededRandom(1);
  assert.throws(() => Layer.random(0, 2, random), RangeError, "the input size");
  assert.throws(() => Layer.random(2, 1.5, random), RangeError, "the number of units");
  assert.throws(() => Layer.random(100_000, 1_000, random), RangeError, "more than 10000000");
  assert.throws(() => Layer.random(2, 2, 1 as unknown as () => number), TypeError, "random");
});

Deno.test("property: a layer's forward pass gives finite sums and outputs, or a refusal", () => {
  const example = fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.tuple(fc.array(anyVector(n), { minLength: 1, maxLength: 3 }), anyVector(3), anyVector(n))
  );
  fc.assert(
    fc.property(
      example,
      ([weights, biases, input]) =>
        finiteOrRefused(() =>
          new Layer({ weights: weights as number[][], biases: biases as number[] }).forward(
            input as number[],
          )
        ),
    ),
  );
});
