// The job both sides of the comparison run: lesson 08's default training on the tutorial's eight
// points, with its starting parameters and its sample picks written down, so that NumPy can
// replay exactly the same run.

import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "../lib/data/parse_dataset.ts";
import { NeuralNetwork } from "../lib/neural_network.ts";
import { RandomState } from "../lib/random/random_state.ts";
import { parseFlags } from "../runtime/cli.ts";
import { descend, fullBatch, spec as batches } from "../lessons/14_batches.ts";

/** The tutorial's eight points and their targets. */
export const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");

/** One training run, written down: what the NumPy side reads as JSON. */
export interface Job {
  learning_rate: number;
  iterations: number;
  weights: number[];
  bias: number;
  /** The sample picked at each iteration. */
  picks: number[];
}

/**
 * Lesson 08's run for a seed: one seeded generator draws the starting weights and bias, then
 * every sample pick, as the lesson's network does (and as the tutorial's code does after
 * np.random.seed(seed)).
 */
export function makeJob(seed: number, iterations = 10_000, learningRate = 0.1): Job {
  const random = new RandomState(seed);
  const start = new NeuralNetwork({ learningRate, random });
  const picks = Array.from({ length: iterations }, () => random.randint(inputs.length));
  return {
    learning_rate: learningRate,
    iterations,
    weights: start.weights,
    bias: start.bias,
    picks,
  };
}

/**
 * Prepares the project's network for the job: each call of the returned function trains a
 * network from the job's start and returns its cumulative errors. Its random() replays the
 * picks, one per iteration: the loop turns `(pick + 0.5) / 8` back into `pick`, as
 * `Math.floor(random() * 8)`; they are computed once here, outside any timing.
 */
export function trainerFor(job: Job): () => number[] {
  const uniforms = job.picks.map((pick) => (pick + 0.5) / inputs.length);
  return () => {
    let k = 0;
    const network = new NeuralNetwork({
      learningRate: job.learning_rate,
      weights: job.weights,
      bias: job.bias,
      random: () => uniforms[k++],
    });
    return network.train(inputs, targets, job.iterations);
  };
}

/** Lesson 14's full-batch job, as the NumPy side of the batch comparison reads it as JSON. */
export interface BatchJob {
  learning_rate: number;
  steps: number;
  weights: number[];
  bias: number;
}

/**
 * Lesson 14's default full-batch descent for a seed: its start (lesson 08's), its learning rate
 * and steps, and a function that runs it with the lesson's own code and returns its 100
 * cumulative errors.
 */
export function batchJobFor(seed: number): { job: BatchJob; train: () => number[] } {
  const { values } = parseFlags([], batches.flags);
  const flags = { ...values, seed };
  const start = makeJob(seed, 0, flags.learningRate);
  return {
    job: {
      learning_rate: flags.learningRate,
      steps: flags.steps,
      weights: start.weights,
      bias: start.bias,
    },
    train: () => descend(inputs, targets, seed, flags, fullBatch).errors,
  };
}
