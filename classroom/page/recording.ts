// Watching a lesson learn, without a second copy of the lesson: while the page runs a lesson, it
// records every training of the lib's networks that the lesson's own code starts: each
// cumulative error, and at most 200 snapshots on the way (the predictions over the input plane
// for two inputs, and the predictions for a few training points). The page then replays the
// recording: the curve grows and the decision boundary redraws as the network learned, and the
// end is the very state the lesson printed, because it is the lesson's own run.
//
// How it records: a network's `train(inputs, targets, n)` is made to train in steps of a
// multiple of 100 iterations, taking a snapshot after each. That changes no number: `train`
// draws one random number per iteration from the generator the network was built with, and
// records the cumulative error at every 100th iteration it makes, so steps of a multiple of 100
// (the last one shorter) draw the same numbers and record the same errors as one long call.

import { LayeredNetwork } from "../../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../../lib/neural_network.ts";
import { ERROR_EVERY, TrainingDivergedError } from "../../lib/train.ts";

/** The snapshots of one training, at most: any length of training replays in a few seconds. */
export const MAX_FRAMES = 200;

/** The decision boundary's cells across and down, as in lib/charts/decision_boundary_svg.ts. */
export const GRID = 40;

/** The training points whose predictions a snapshot keeps, at most. */
export const MAX_POINTS = 8;

/** The plane around the training points, with a margin, as the lib's boundary picture has it. */
export interface Span {
  low: number;
  size: number;
}

/** The network at one moment of its training. */
export interface Frame {
  /** Iterations done. */
  done: number;
  /** The prediction at the centre of each cell, row by row from the lowest x2 (two inputs). */
  grid?: Float64Array;
  /** The prediction for each of the first training points. */
  points: number[];
}

/** One training of one network, as the lesson ran it. */
export interface Recording {
  /** What kind of network, e.g. "A hidden layer: sizes [2, 4, 1], learning rate 1". */
  label: string;
  inputs: readonly (readonly number[])[];
  targets: readonly number[];
  iterations: number;
  /** Every cumulative error, one per 100 iterations, as `train` returned them. */
  errors: number[];
  /** The snapshots, the first before any training. */
  frames: Frame[];
  /** The plane of the boundary, for two inputs. */
  span?: [Span, Span];
  /** Milliseconds spent inside `train`, snapshots excluded, by the browser's own clock. */
  trainingTime: number;
}

/** What the recorder needs of a network: the lib's networks have it. */
interface Network {
  readonly learningRate: number;
  predict(input: readonly number[]): number;
  train(inputs: readonly (readonly number[])[], targets: readonly number[], n: number): number[];
}

let recordings: Recording[] | undefined;

/** The plane around the points along one axis, with a margin of a tenth of their spread. */
function span(points: readonly (readonly number[])[], axis: number): Span {
  let [low, high] = [Infinity, -Infinity];
  for (const point of points) {
    [low, high] = [Math.min(low, point[axis]), Math.max(high, point[axis])];
  }
  const margin = Math.max(0.5, (high - low) / 10);
  return { low: low - margin, size: high - low + 2 * margin };
}

function snapshot(network: Network, recording: Recording, done: number): Frame {
  const points = recording.inputs.slice(0, MAX_POINTS).map((x) => network.predict(x));
  if (recording.span === undefined) return { done, points };
  const [sx, sy] = recording.span;
  const grid = new Float64Array(GRID * GRID);
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const x = sx.low + ((i + 0.5) * sx.size) / GRID;
      const y = sy.low + ((j + 0.5) * sy.size) / GRID;
      grid[j * GRID + i] = network.predict([x, y]);
    }
  }
  return { done, grid, points };
}

function label(network: Network): string {
  const rate = `learning rate ${network.learningRate}`;
  if (network instanceof LayeredNetwork) {
    const sizes = [network.inputSize, ...network.layers.map((layer) => layer.weights.length)];
    return `Hidden layers: sizes [${sizes.join(", ")}], ${rate}`;
  }
  if (network instanceof NeuralNetwork) return `One neuron: ${network.inputSize} inputs, ${rate}`;
  return `A network, ${rate}`;
}

/** Makes a network class's `train` record itself while a recording is under way. */
function recordTraining(prototype: Network): void {
  const train = prototype.train;
  prototype.train = function (this: Network, inputs, targets, iterations) {
    if (recordings === undefined || !Number.isInteger(iterations) || iterations < 1) {
      return train.call(this, inputs, targets, iterations);
    }
    const recording: Recording = {
      label: label(this),
      inputs,
      targets,
      iterations,
      errors: [],
      frames: [],
      span: inputs.length > 0 && inputs.every((x) => x.length === 2)
        ? [span(inputs, 0), span(inputs, 1)]
        : undefined,
      trainingTime: 0,
    };
    let before: Frame;
    try {
      before = snapshot(this, recording, 0);
    } catch {
      // Inputs the network cannot read: `train` refuses them with its own message.
      return train.call(this, inputs, targets, iterations);
    }
    recording.frames.push(before);
    const recorded = recordings;
    const step = ERROR_EVERY * Math.max(1, Math.ceil(iterations / ERROR_EVERY / MAX_FRAMES));
    let done = 0;
    while (done < iterations) {
      const n = Math.min(step, iterations - done);
      const start = performance.now();
      let errors: number[];
      try {
        errors = train.call(this, inputs, targets, n);
      } catch (error) {
        // The same error, naming the iteration of the whole run rather than of this step.
        if (error instanceof TrainingDivergedError) {
          const iteration = done + error.iteration;
          error.message = error.message.replace(
            `at iteration ${error.iteration}:`,
            `at iteration ${iteration}:`,
          );
          Object.defineProperty(error, "iteration", { value: iteration });
        }
        throw error;
      }
      recording.trainingTime += performance.now() - start;
      if (done === 0) recorded.push(recording);
      for (const error of errors) recording.errors.push(error);
      done += n;
      recording.frames.push(snapshot(this, recording, done));
    }
    return recording.errors.slice();
  };
}

recordTraining(NeuralNetwork.prototype);
recordTraining(LayeredNetwork.prototype as unknown as Network);

/**
 * Runs `run` (a lesson's `main`) and records every training of the lib's networks it starts.
 *
 * @returns What `run` returned, and the recordings in the order the trainings started.
 */
export async function recordTrainings<T>(
  run: () => Promise<T>,
): Promise<{ result: T; recordings: Recording[] }> {
  if (recordings !== undefined) throw new Error("Expected one recording at a time");
  const recorded: Recording[] = [];
  recordings = recorded;
  try {
    return { result: await run(), recordings: recorded };
  } finally {
    recordings = undefined;
  }
}

/**
 * The trainings worth watching: those of at least 1,000 iterations on the data of the first
 * one. That keeps a lesson's main comparison (lesson 10's neuron and hidden layer on XOR, lesson
 * 11's two models) and leaves out reruns on other data, such as lesson 11's other seeds.
 */
export function worthWatching(recordings: readonly Recording[]): Recording[] {
  const long = recordings.filter((r) => r.iterations >= 1000);
  return long.filter((r) => r.inputs === long[0].inputs);
}
