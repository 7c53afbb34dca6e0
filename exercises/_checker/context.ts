// What the checks need from outside the exercises: the tutorial's eight points and lesson 08's
// settings, XOR and lesson 10's settings. Read here, in the checker's main thread, and handed to
// the checks, so that the learner's code runs with access to exercises/ and lib/ only.

import tutorialCsv from "../../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "../../lib/data/parse_dataset.ts";
import { spec as lesson08 } from "../../lessons/08_train.ts";
import {
  HIDDEN_LEARNING_RATE,
  ITERATIONS,
  spec as lesson10,
  xorInputs,
  xorTargets,
} from "../../lessons/10_hidden_layer.ts";

/** A data set and how a lesson trains on it. */
export interface TrainingSetup {
  inputs: number[][];
  targets: number[];
  learningRate: number;
  iterations: number;
  seed: number;
}

/** Everything the checks take from the lessons and the data. */
export interface Context {
  /** data/tutorial.csv, trained on as lesson 08 does by default. */
  tutorial: TrainingSetup;
  /** XOR, trained on as lesson 10 does by default, with its hidden layer's size. */
  xor: TrainingSetup & { hidden: number };
}

/** The context, from data/tutorial.csv and the lessons' defaults. */
export function loadContext(): Context {
  const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
  return {
    tutorial: {
      inputs,
      targets,
      learningRate: lesson08.flags.learningRate.default,
      iterations: lesson08.flags.iterations.default,
      seed: lesson08.flags.seed.default,
    },
    xor: {
      inputs: xorInputs,
      targets: xorTargets,
      learningRate: HIDDEN_LEARNING_RATE,
      iterations: ITERATIONS,
      seed: lesson10.flags.seed.default,
      hidden: lesson10.flags.hidden.default,
    },
  };
}
