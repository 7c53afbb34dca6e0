// Watching a lesson learn, without a second copy of the lesson: while the page runs a lesson, it
// watches every training of the lib's training loop that the lesson's own code starts, through
// the loop's own observer (`observeTraining` in lib/train.ts), and records each cumulative error
// and at most 200 snapshots on the way (the predictions over the input plane for two inputs, and
// the predictions for a few training points). The page then replays the recording: the curve
// grows and the decision boundary redraws as the network learned, and the end is the very state
// the lesson printed, because it is the lesson's own run. An observer only looks: the training
// computes the same numbers, watched or not.

import type { ChainLinks } from "../../lib/chain_rule.ts";
import { LayeredNetwork } from "../../lib/layers/layered_network.ts";
import { NeuralNetwork } from "../../lib/neural_network.ts";
import { ERROR_EVERY, observeTraining, type Trainable } from "../../lib/train.ts";

/** The snapshots of one training, at most: any length of training replays in a few seconds. */
export const MAX_FRAMES = 200;

/** The decision boundary's cells across and down, as in lib/charts/decision_boundary_svg.ts. */
export const GRID = 40;

/**
 * A hidden unit's picture's cells across and down: half the boundary's, so that the units of
 * lesson 10's XOR network add a quarter, not all, of a snapshot's cost again.
 */
export const UNIT_GRID = GRID / 2;

/** The most hidden units whose own pictures a snapshot keeps, as a playground shows them. */
export const MAX_UNITS = 8;

/** The training points whose predictions a snapshot keeps, at most. */
export const MAX_POINTS = 8;

/** The plane around the training points, with a margin, as the lib's boundary picture has it. */
export interface Span {
  low: number;
  size: number;
}

/** The network at one moment of its training. */
export interface Frame {
  /** Iterations done: 0 before training, 1 after iteration 0, 101 after iteration 100, ... */
  done: number;
  /** The prediction at the centre of each cell, row by row from the lowest x2 (two inputs). */
  grid?: Float64Array;
  /**
   * Each unit of the first hidden layer: what it gives at the centre of each of `UNIT_GRID` by
   * `UNIT_GRID` cells, row by row as `grid` (a network with a hidden layer of at most
   * `MAX_UNITS` units, two inputs).
   */
  units?: Float64Array[];
  /**
   * The prediction for each of the first training points: the probability of class 1, or of
   * the point's own class for a network with more classes.
   */
  points: number[];
}

/** The iterations of a neuron's training that are kept one by one, from the first. */
export const MAX_STEPS = 100;

/** The most inputs a neuron may have for its steps to be kept: a row of weights to read. */
export const STEP_INPUTS = 4;

/**
 * One iteration of a neuron's training, as the lib computed it: the sample picked, the
 * parameters before the update, every link of the chain rule (`NeuralNetwork.chainRule`) and
 * the parameters after the update, read from the network itself.
 */
export interface Step {
  /** The iteration, counted from 0. */
  iteration: number;
  /** The sample picked: its index among the inputs. */
  index: number;
  input: readonly number[];
  target: number;
  /** The weights and the bias before the update. */
  weights: number[];
  bias: number;
  /** Every link, as the lib's chain rule computed them for this sample at those parameters. */
  links: ChainLinks;
  learningRate: number;
  /** The weights and the bias the update left; missing when the training diverged there. */
  after?: { weights: number[]; bias: number };
}

/** One training of one network, as the lesson ran it. */
export interface Recording {
  /** What kind of network, e.g. "Hidden layers: sizes [2, 4, 1], learning rate 1". */
  label: string;
  inputs: readonly (readonly number[])[];
  targets: readonly number[];
  iterations: number;
  /** Every cumulative error, one per 100 iterations, as the training loop recorded them. */
  errors: number[];
  /** The snapshots, the first before any training. */
  frames: Frame[];
  /** The plane of the boundary, for two inputs. */
  span?: [Span, Span];
  /** Milliseconds spent training, snapshots excluded, by the browser's own clock. */
  trainingTime: number;
  /** What the hidden units give: a sigmoid's (0, 1), or a ReLU's 0 and up. */
  unitKind?: "sigmoid" | "relu";
  /** A neuron's first iterations, one by one (a neuron of at most `STEP_INPUTS` inputs). */
  steps?: Step[];
}

/** How far a training has come, for a progress indicator. */
export interface Progress {
  /** Trainings started so far in this run, this one included. */
  training: number;
  done: number;
  iterations: number;
}

/** The plane around the points along one axis, with a margin of a tenth of their spread. */
function span(points: readonly (readonly number[])[], axis: number): Span {
  let [low, high] = [Infinity, -Infinity];
  for (const point of points) {
    [low, high] = [Math.min(low, point[axis]), Math.max(high, point[axis])];
  }
  const margin = Math.max(0.5, (high - low) / 10);
  return { low: low - margin, size: high - low + 2 * margin };
}

/** The probability of class 1, or of `target` when the network tells more classes apart. */
function probability(network: Trainable<unknown>, input: readonly number[], target: number) {
  const prediction = network.predict(input);
  return typeof prediction === "number" ? prediction : prediction[target];
}

function snapshot(network: Trainable<unknown>, recording: Recording, done: number): Frame {
  const { inputs, targets } = recording;
  const points = inputs.slice(0, MAX_POINTS).map((x, i) => probability(network, x, targets[i]));
  if (recording.span === undefined) return { done, points };
  const [sx, sy] = recording.span;
  const grid = new Float64Array(GRID * GRID);
  const layered = recording.unitKind !== undefined && network instanceof LayeredNetwork
    ? network
    : undefined;
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const x = sx.low + ((i + 0.5) * sx.size) / GRID;
      const y = sy.low + ((j + 0.5) * sy.size) / GRID;
      grid[j * GRID + i] = probability(network, [x, y], 1);
    }
  }
  const units = layered?.layers[0].weights.map(() => new Float64Array(UNIT_GRID * UNIT_GRID));
  for (let j = 0; units !== undefined && j < UNIT_GRID; j++) {
    for (let i = 0; i < UNIT_GRID; i++) {
      const x = sx.low + ((i + 0.5) * sx.size) / UNIT_GRID;
      const y = sy.low + ((j + 0.5) * sy.size) / UNIT_GRID;
      layered!.hiddenActivations([x, y])[0].forEach((value, k) => {
        units[k][j * UNIT_GRID + i] = value;
      });
    }
  }
  return { done, grid, points, ...(units === undefined ? {} : { units }) };
}

function label(network: Trainable<unknown>): string {
  const rate = `learning rate ${network.learningRate}`;
  if (network instanceof LayeredNetwork) {
    const sizes = [network.inputSize, ...network.layers.map((layer) => layer.weights.length)];
    const output = network.output === "softmax" ? ", softmax output" : "";
    return `Hidden layers: sizes [${sizes.join(", ")}]${output}, ${rate}`;
  }
  if (network instanceof NeuralNetwork) return `One neuron: ${network.inputSize} inputs, ${rate}`;
  return `A network, ${rate}`;
}

/** The last step kept learns where its update left the network, if it does not know yet. */
function keepAfter(steps: Step[], network: NeuralNetwork): void {
  const last = steps.at(-1);
  if (last !== undefined && last.after === undefined) {
    last.after = { weights: network.weights, bias: network.bias };
  }
}

let recording = false;

/**
 * Runs `run` (a lesson's `main`) and records every training of the lib's training loop it
 * starts, through the loop's observer.
 *
 * @param onProgress Told, at every recorded cumulative error, how far the training has come.
 * @returns What `run` returned, and the recordings in the order the trainings started.
 * @throws {Error} If another recording is under way: each run of a lesson has its own.
 */
export async function recordTrainings<T>(
  run: () => Promise<T>,
  onProgress?: (progress: Progress) => void,
): Promise<{ result: T; recordings: Recording[] }> {
  if (recording) throw new Error("Expected one recording at a time");
  const recordings: Recording[] = [];
  let current: { recording: Recording; every: number; since: number } | undefined;
  const stop = observeTraining({
    start({ network, inputs, targets, iterations }) {
      const recording: Recording = {
        label: label(network),
        inputs,
        targets,
        iterations,
        errors: [],
        frames: [],
        span: inputs.every((x) => x.length === 2) ? [span(inputs, 0), span(inputs, 1)] : undefined,
        trainingTime: 0,
        ...(network instanceof NeuralNetwork && network.inputSize <= STEP_INPUTS
          ? { steps: [] }
          : {}),
        ...(network instanceof LayeredNetwork && network.layers.length > 1 &&
            network.layers[0].weights.length <= MAX_UNITS && inputs.every((x) => x.length === 2)
          ? { unitKind: network.hidden }
          : {}),
      };
      recording.frames.push(snapshot(network, recording, 0));
      recordings.push(recording);
      // A snapshot at every so many recorded errors, from the first (after iteration 0's update):
      // at most MAX_FRAMES of them, and the last.
      const every = Math.max(1, Math.ceil(iterations / ERROR_EVERY / MAX_FRAMES));
      current = { recording, every, since: performance.now() };
      onProgress?.({ training: recordings.length, done: 0, iterations });
    },
    pick({ network, iteration, index }) {
      const steps = current?.recording.steps;
      if (steps === undefined || !(network instanceof NeuralNetwork)) return;
      keepAfter(steps, network);
      if (iteration >= MAX_STEPS) return;
      const [input, target] = [current!.recording.inputs[index], current!.recording.targets[index]];
      steps.push({
        iteration,
        index,
        input,
        target,
        weights: network.weights,
        bias: network.bias,
        links: network.chainRule(input, target),
        learningRate: network.learningRate,
      });
    },
    progress({ network, iteration, error }) {
      if (current === undefined) return;
      const { recording, every } = current;
      recording.errors.push(error);
      const done = iteration + 1;
      if ((recording.errors.length - 1) % every === 0 && done < recording.iterations) {
        recording.trainingTime += performance.now() - current.since;
        recording.frames.push(snapshot(network, recording, done));
        current.since = performance.now();
        onProgress?.({ training: recordings.length, done, iterations: recording.iterations });
      }
    },
    end({ network, diverged }) {
      if (current === undefined) return;
      const { recording } = current;
      recording.trainingTime += performance.now() - current.since;
      if (recording.steps !== undefined && diverged === undefined) {
        keepAfter(recording.steps, network as NeuralNetwork);
      }
      if (diverged === undefined) {
        recording.frames.push(snapshot(network, recording, recording.iterations));
      }
      current = undefined;
    },
  });
  recording = true;
  try {
    return { result: await run(), recordings };
  } finally {
    recording = false;
    stop();
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
