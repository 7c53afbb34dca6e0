import { assert } from "chai";
import { chainRule } from "./chain_rule.ts";
import { dot } from "./dot.ts";
import { NeuralNetwork } from "./neural_network.ts";
import { sigmoid } from "./sigmoid.ts";
import { sigmoidDerivative } from "./sigmoid_derivative.ts";

Deno.test("each link of the chain for lesson 06's sample, as the tutorial's formulas say", () => {
  const [input, target, weights, bias] = [[2, 1.5], 0, [1.45, -0.66], 0];
  const links = chainRule(input, target, weights, bias);
  const layer1 = dot(input, weights) + bias;
  assert.equal(links.layer1, layer1);
  assert.equal(links.prediction, sigmoid(layer1));
  assert.equal(links.derrorDprediction, 2 * (sigmoid(layer1) - target));
  assert.equal(links.dpredictionDlayer1, sigmoidDerivative(layer1));
  assert.equal(links.dlayer1Dbias, 1);
  assert.deepEqual(links.dlayer1Dweights, input);
  assert.closeTo(links.derrorDbias, 0.19570893, 5e-9);
  assert.closeTo(links.derrorDweights[0], 0.39141786, 5e-9);
  assert.closeTo(links.derrorDweights[1], 0.29356339, 5e-9);
});

Deno.test("the network's gradients are the chain's last links, at its own weights", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [0.5, -1], bias: 0.25 });
  const links = network.chainRule([3, 1.5], 1);
  assert.deepEqual(links, chainRule([3, 1.5], 1, [0.5, -1], 0.25));
  assert.deepEqual(network.computeGradients([3, 1.5], 1), {
    bias: links.derrorDbias,
    weights: links.derrorDweights,
  });
});

Deno.test("the input is copied, not shared: the links stay as they were computed", () => {
  const input = [2, 1.5];
  const links = chainRule(input, 0, [1.45, -0.66], 0);
  input[0] = 100;
  assert.deepEqual(links.dlayer1Dweights, [2, 1.5]);
});
