// What the page records of a training, at the edges of its rules: each cell of the map holds the
// prediction at the cell's centre, the plane spanning each input's own range (so a plane taller
// than wide has taller cells), and the snapshots come once each, the last at the end, whether or
// not the last iteration is one whose error is recorded; the trainings worth watching are those
// of 1,000 iterations or more (tools/mutants_list.ts plants the bugs these catch).

import { assert } from "chai";
import { NeuralNetwork } from "../../lib/neural_network.ts";
import { sigmoid } from "../../lib/sigmoid.ts";
import { GRID, type Recording, recordTrainings, worthWatching } from "./recording.ts";

// Points 1 wide and 10 high: the plane is x1 from -0.5 to 1.5 (a margin of 0.5 at least), x2
// from -1 to 11 (a tenth of the spread).
const inputs = [[0, 0], [1, 10], [0, 10], [1, 0]];
const targets = [0, 1, 1, 0];

Deno.test("the page's map predicts at each cell's centre, rows spaced by the plane's height", async () => {
  // A neuron that looks at x2 only: each row of the map is one prediction, sigmoid(x2).
  const network = new NeuralNetwork({ learningRate: 0.1, weights: [0, 1], bias: 0 });
  const { recordings } = await recordTrainings(() =>
    Promise.resolve(network.train(inputs, targets, 1))
  );
  const [{ span, frames }] = recordings;
  assert.deepEqual(span, [{ low: -0.5, size: 2 }, { low: -1, size: 12 }]);
  const grid = frames[0].grid!;
  for (const j of [0, 1, GRID - 1]) {
    const x2 = -1 + (j + 0.5) * 12 / GRID;
    for (const i of [0, GRID - 1]) assert.closeTo(grid[j * GRID + i], sigmoid(x2), 1e-12);
  }
});

Deno.test("the page's snapshots come once each and the last at the end, at any length", async () => {
  for (const iterations of [200, 201, 202]) {
    const network = new NeuralNetwork({ learningRate: 0.1, weights: [0, 1], bias: 0 });
    const { recordings } = await recordTrainings(() =>
      Promise.resolve(network.train(inputs, targets, iterations))
    );
    const done = recordings[0].frames.map((frame) => frame.done);
    // Errors at iterations 0, 100 (and 200): a snapshot after each, and one at the end.
    assert.deepEqual(done, [0, 1, 101, ...(iterations > 201 ? [201] : []), iterations]);
  }
});

Deno.test("the page shows the trainings of 1,000 iterations or more on the first one's data", () => {
  const other = [[2, 2]];
  const training = (iterations: number, data = inputs): Recording => ({
    label: `${iterations} iterations`,
    inputs: data,
    targets,
    iterations,
    errors: [],
    frames: [],
    trainingTime: 0,
  });
  const shown = worthWatching([
    training(999),
    training(1000),
    training(1000, other),
    training(20_000),
  ]).map((r) => r.label);
  // 999 is too short to watch; exactly 1,000 is long enough; other data is a rerun, left out.
  assert.deepEqual(shown, ["1000 iterations", "20000 iterations"]);
});
