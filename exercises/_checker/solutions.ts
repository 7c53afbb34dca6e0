// The solutions as modules, by exercise number: for the checker's tests (_testing.ts) and the
// planted mistakes (planted.ts), which the classroom page's test also loads, as sources, so this
// file imports nothing but the solutions.

import * as prediction from "../solutions/01_prediction.ts";
import * as error from "../solutions/02_error.ts";
import * as gradients from "../solutions/03_gradients.ts";
import * as update from "../solutions/04_update.ts";
import * as numerical from "../solutions/05_numerical_gradient.ts";
import * as plantedBug from "../solutions/06_planted_bug.ts";
import * as batch from "../solutions/07_batch_gradient.ts";
import * as train from "../solutions/08_train.ts";
import * as hiddenLayer from "../solutions/09_hidden_layer.ts";
import * as softmax from "../solutions/10_softmax.ts";
import * as autograd from "../solutions/11_autograd.ts";
import * as split from "../solutions/12_split.ts";
import * as threshold from "../solutions/13_threshold.ts";
import * as learningRate from "../solutions/14_learning_rate.ts";
import type { Module } from "./exercise.ts";

/** The solutions, by exercise number. */
export const solutions: Record<number, Module> = {
  1: prediction,
  2: error,
  3: gradients,
  4: update,
  5: numerical,
  6: plantedBug,
  7: batch,
  8: train,
  9: hiddenLayer,
  10: softmax,
  11: autograd,
  12: split,
  13: threshold,
  14: learningRate,
};
