import { assert } from "chai";
import { Layer } from "./layer.ts";
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
