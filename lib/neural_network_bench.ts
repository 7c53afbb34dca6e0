import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "./data/parse_dataset.ts";
import { NeuralNetwork } from "./neural_network.ts";
import { seededRandom } from "./random/seeded_random.ts";

// The tutorial's eight training points, from the data set the lessons use.
const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");

Deno.bench("train the tutorial's network: 10,000 iterations on 8 points", () => {
  const network = new NeuralNetwork({ learningRate: 0.1, random: seededRandom(42) });
  network.train(inputs, targets, 10_000);
});
