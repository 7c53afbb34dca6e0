import breastCancerCsv from "../../data/breast_cancer.csv" with { type: "text" };
import { LayeredNetwork } from "./layered_network.ts";
import { parseDataset } from "../data/parse_dataset.ts";
import { seededRandom } from "../random/seeded_random.ts";
import { fitStandardizer } from "../data/standardizer.ts";

const xorInputs = [[0, 0], [0, 1], [1, 0], [1, 1]];
const xorTargets = [0, 1, 1, 0];

Deno.bench("hidden layer [2, 4, 1]: one epoch of XOR (4 iterations)", () => {
  const network = new LayeredNetwork({
    learningRate: 1,
    sizes: [2, 4, 1],
    random: seededRandom(42),
  });
  network.train(xorInputs, xorTargets, 4);
});

const data = parseDataset(breastCancerCsv);
const scaler = fitStandardizer(data.inputs);
const inputs = data.inputs.map(scaler.transform);

Deno.bench("hidden layer [30, 8, 1]: one epoch of the diagnosis data (569 iterations)", () => {
  const network = new LayeredNetwork({
    learningRate: 0.1,
    sizes: [30, 8, 1],
    random: seededRandom(42),
  });
  network.train(inputs, data.targets, 569);
});
