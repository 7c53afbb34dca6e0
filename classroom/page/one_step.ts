/// <reference lib="dom" />
// See one step: lesson 06's chain rule on the run the page just replayed. For a neuron's
// training (lesson 08's), the recording kept the first iterations one by one (recording.ts): the
// sample each picked, the weights and bias it started from, every link of the chain rule as the
// lib computed it (`NeuralNetwork.chainRule`: dot, sigmoid, its slope, the gradients) and the
// weights and bias the update left. This panel shows one of them at a time, each link with its
// numbers filled in; it computes nothing itself, it only prints the lib's numbers.

import { formatArray, formatNumber } from "../../lib/format_array.ts";
import { element } from "./animation.ts";
import type { Step } from "./recording.ts";

/** A number as NumPy prints it; an array in brackets. */
const shown = (value: number | readonly number[]) =>
  typeof value === "number" ? formatNumber(value) : formatArray(value);

/** One line of the chain: its name, its formula, the formula with the numbers, its value. */
export interface StepRow {
  name: string;
  formula: string;
  filled: string;
  value: string;
}

/** The rows of one step, in the order the chain runs: forward, back, then the update. */
export function stepRows(step: Step): StepRow[] {
  const { input, target, weights, bias, links, learningRate, after } = step;
  const x = shown(input);
  const rows: StepRow[] = [
    {
      name: "layer_1",
      formula: "dot(input, weights) + bias",
      filled: `dot(${x}, ${shown(weights)}) + ${shown(bias)}`,
      value: shown(links.layer1),
    },
    {
      name: "prediction",
      formula: "sigmoid(layer_1)",
      filled: `sigmoid(${shown(links.layer1)})`,
      value: shown(links.prediction),
    },
    {
      name: "derror_dprediction",
      formula: "2 * (prediction - target)",
      filled: `2 * (${shown(links.prediction)} - ${target})`,
      value: shown(links.derrorDprediction),
    },
    {
      name: "dprediction_dlayer1",
      formula: "sigmoid_deriv(layer_1)",
      filled: `sigmoid_deriv(${shown(links.layer1)})`,
      value: shown(links.dpredictionDlayer1),
    },
    { name: "dlayer1_dbias", formula: "1", filled: "1", value: shown(links.dlayer1Dbias) },
    { name: "dlayer1_dweights", formula: "input", filled: x, value: shown(links.dlayer1Dweights) },
    {
      name: "derror_dbias",
      formula: "derror_dprediction * dprediction_dlayer1 * dlayer1_dbias",
      filled: `${shown(links.derrorDprediction)} * ${shown(links.dpredictionDlayer1)} * 1`,
      value: shown(links.derrorDbias),
    },
    {
      name: "derror_dweights",
      formula: "derror_dprediction * dprediction_dlayer1 * dlayer1_dweights",
      filled: `${shown(links.derrorDprediction)} * ${shown(links.dpredictionDlayer1)} * ${x}`,
      value: shown(links.derrorDweights),
    },
  ];
  if (after !== undefined) {
    rows.push(
      {
        name: "new bias",
        formula: "bias - derror_dbias * learning_rate",
        filled: `${shown(bias)} - ${shown(links.derrorDbias)} * ${learningRate}`,
        value: shown(after.bias),
      },
      {
        name: "new weights",
        formula: "weights - derror_dweights * learning_rate",
        filled: `${shown(weights)} - ${shown(links.derrorDweights)} * ${learningRate}`,
        value: shown(after.weights),
      },
    );
  }
  return rows;
}

/** The recorded iteration the panel shows when asked for `index` of `count`: the nearest one. */
export const keptIndex = (index: number, count: number): number =>
  Math.max(0, Math.min(index, count - 1));

/** The line above the chain: the iteration, the sample it picked, the parameters before. */
export const aboutStep = (step: Step): string =>
  `Iteration ${step.iteration} picked sample ${step.index}: ` +
  `input ${shown(step.input)}, target ${step.target}; weights ${shown(step.weights)}, ` +
  `bias ${shown(step.bias)} before its update.`;

/** The panel, folded until opened: one recorded iteration at a time, with buttons to move. */
export class OneStep {
  readonly node = element("details", { id: "one-step" });
  readonly #previous = element(
    "button",
    { type: "button", id: "step-previous" },
    "Previous iteration",
  );
  readonly #next = element("button", { type: "button", id: "step-next" }, "Next iteration");
  readonly #about = element("p", { id: "step-about", role: "status" });
  readonly #table = element("table", { id: "step-chain" });
  #shown = 0;

  /**
   * @param steps The recorded iterations.
   * @param label The network's, as its replay's card names it.
   * @param moved Told when the learner opens, closes or moves the panel (the page's address
   * holds where it is).
   */
  constructor(readonly steps: readonly Step[], label: string, moved: () => void = () => {}) {
    const title = element("summary", {}, "See one step: lesson 06's chain rule on this run");
    const note = element(
      "p",
      { class: "note" },
      `${label}: the first ${steps.length} iterations, one at a time, each number the lib's own.`,
    );
    this.#previous.addEventListener("click", () => {
      this.show(this.#shown - 1);
      moved();
    });
    this.#next.addEventListener("click", () => {
      this.show(this.#shown + 1);
      moved();
    });
    this.node.addEventListener("toggle", moved);
    const actions = element("div", { class: "actions" });
    actions.append(this.#previous, this.#next);
    this.node.append(title, note, actions, this.#about, this.#table);
    this.show(0);
  }

  /** Which recorded iteration is shown. */
  get shown(): number {
    return this.#shown;
  }

  /** Shows recorded iteration `index` (kept within the recorded ones). */
  show(index: number): void {
    this.#shown = keptIndex(index, this.steps.length);
    const step = this.steps[this.#shown];
    this.node.dataset.iteration = String(step.iteration);
    this.#previous.disabled = this.#shown === 0;
    this.#next.disabled = this.#shown === this.steps.length - 1;
    this.#about.textContent = aboutStep(step);
    const head = element("tr");
    for (const name of ["link", "formula", "with the numbers", "="]) {
      head.append(element("th", { scope: "col" }, name));
    }
    this.#table.replaceChildren(
      element("caption", {}, `Iteration ${step.iteration}, link by link`),
      head,
      ...stepRows(step).map(({ name, formula, filled, value }) => {
        const row = element("tr", { "data-name": name });
        row.append(
          element("th", { scope: "row" }, name),
          element("td", { class: "formula" }, formula),
          element("td", { class: "filled" }, filled),
          element("td", { class: "value" }, value),
        );
        return row;
      }),
    );
  }
}
