import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./seeded_random.ts";

// The tutorial's eight training points.
const inputs = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]];
const targets = [0, 1, 0, 1, 0, 1, 1, 0];

Deno.bench("train the tutorial's network: 10,000 iterations on 8 points", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(42) });
  network.train(inputs, targets, 10_000);
});
