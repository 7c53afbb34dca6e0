// The check of exercise 11: the tutorial's neuron built from the learner's Values, its bias's
// gradient the tutorial's number, then every leaf's gradient against finite differences, on
// expressions where a node is used twice and where the order of the nodes matters.

import { numericalGradient } from "../lib/gradient_check/numerical_gradient.ts";
import type { Context } from "./_checker/context.ts";
import type { ExerciseInfo, Module } from "./_checker/exercise.ts";
import { attempt, expectClose, expectValue, NotDone, type Result } from "./_checker/expect.ts";

export const exercise: ExerciseInfo = {
  number: 11,
  file: "11_autograd.ts",
  title: "a scalar autograd",
  names: ["Value"],
  lesson: "lessons/17_autograd.ts",
  uses: [],
  hints: [
    "Is the output's own grad 1 before anything passes back? Does each node run its step once?",
    "backward sets this.grad = 1, then runs every node's backStep once, each node after all " +
    "the nodes that use it; sigmoid's step adds s * (1 - s) * out.grad.",
    "Build the order by a depth-first visit that pushes a node after its children, skipping " +
    "nodes seen; reverse it and call backStep on each.",
  ],
  mistakes: {
    noSeed: {
      name: "the output's grad never set to 1",
      hints: [
        "Where does the first gradient come from?",
        "Every grad is 0: nothing starts the chain. The output's slope with respect to itself " +
        "is 1.",
        "this.grad = 1 before the nodes' backStep calls.",
      ],
    },
    twice: {
      name: "a node's step run more than once",
      hints: [
        "How many times does the backStep of a node used twice run in your backward?",
        "The shared node's grad is too large: its backStep ran once per path to it, passing its " +
        "gradient on twice.",
        "Visit each node once (a Set of nodes seen), in topological order, then run the steps.",
      ],
    },
  },
};

/** The learner's Value class. */
type ValueClass = new (data: number, children?: unknown[]) => {
  data: number;
  grad: number;
  add(other: unknown): ValueClass["prototype"];
  mul(other: unknown): ValueClass["prototype"];
  sigmoid(): ValueClass["prototype"];
  backward(): void;
};

/** An expression of leaves, for lib's finite differences and for the learner's Values. */
interface Expression {
  text: string;
  /** The expression on plain numbers. */
  f(leaves: readonly number[]): number;
  /** The same expression on the learner's Values. */
  build(V: ValueClass, leaves: InstanceType<ValueClass>[]): InstanceType<ValueClass>;
  at: number[];
  names: string[];
}

const s = (x: number) => 1 / (1 + Math.exp(-x));

/** A Value whose backward runs a node's step once per path to it, not once: the mistake. */
class PerPath {
  grad = 0;
  step = () => {};
  constructor(readonly data: number, readonly children: PerPath[] = []) {}
  add(other: PerPath) {
    const out = new PerPath(this.data + other.data, [this, other]);
    out.step = () => (this.grad += out.grad, other.grad += out.grad);
    return out;
  }
  mul(other: PerPath) {
    const out = new PerPath(this.data * other.data, [this, other]);
    out.step = () => (this.grad += other.data * out.grad, other.grad += this.data * out.grad);
    return out;
  }
  sigmoid() {
    const out = new PerPath(s(this.data), [this]);
    out.step = () => this.grad += out.data * (1 - out.data) * out.grad;
    return out;
  }
  backward() {
    this.grad = 1;
    const visit = (node: PerPath) => (node.step(), node.children.forEach(visit));
    visit(this);
  }
}

const expressions: Expression[] = [
  {
    text: "e = (sigmoid(w1 * 2 + w2 * 1.5 + b) - 0)^2, the tutorial's neuron",
    f: ([w1, w2, b]) => s(w1 * 2 + w2 * 1.5 + b) ** 2,
    build: (V, [w1, w2, b]) => {
      const p = w1.mul(new V(2)).add(w2.mul(new V(1.5))).add(b).sigmoid();
      const d = p.add(new V(-0));
      return d.mul(d);
    },
    at: [1.45, -0.66, 0],
    names: ["w1", "w2", "b"],
  },
  {
    text: "e = sigmoid(a * b + a) * a, where a is used three times",
    f: ([a, b]) => s(a * b + a) * a,
    build: (_, [a, b]) => a.mul(b).add(a).sigmoid().mul(a),
    at: [0.7, -1.3],
    names: ["a", "b"],
  },
  {
    text: "c = a * b; e = (c + a) * (c + b), a diamond",
    f: ([a, b]) => (a * b + a) * (a * b + b),
    build: (_, [a, b]) => {
      const c = a.mul(b);
      return c.add(a).mul(c.add(b));
    },
    at: [1.5, -0.5],
    names: ["a", "b"],
  },
];

export function check(module: Module, _context: Context): string[] {
  const V = module.Value as ValueClass;
  if (typeof V !== "function") {
    throw new NotDone([`exercises/${exercise.file} should export a class named Value`]);
  }
  for (const [k, expression] of expressions.entries()) {
    const subject = `after e.backward(), where ${expression.text},`;
    const leaves = attempt(`Building ${expression.text}`, () => {
      const leaves = expression.at.map((x) => new V(x));
      const e = expression.build(V, leaves);
      e.backward();
      return leaves;
    });
    const slopes = numericalGradient(expression.f, expression.at);
    const perPath = expression.at.map((x) => new PerPath(x));
    expression.build(PerPath as unknown as ValueClass, perPath as never).backward();
    const result = (i: number): Result => ({
      subject: `${expression.names[i]}.grad`,
      value: leaves[i].grad,
      notes: [
        `  ${subject}`,
        `  at ${expression.names.map((n, j) => `${n} = ${expression.at[j]}`).join(", ")}`,
      ],
    });
    if (leaves.every((leaf) => leaf.grad === 0)) {
      expectValue(result(0), slopes[0], [{
        value: 0,
        mistake: "noSeed",
        says: "Every grad is 0: the output's own grad was never set to 1.",
      }]);
    }
    const known = (i: number) =>
      [{
        value: perPath[i].grad,
        mistake: "twice",
        says: "That is what a backward gives that runs a node's step once per path to it: " +
          "a shared node passed its gradient on more than once.",
      }].filter(() => Math.abs(perPath[i].grad - slopes[i]) > 1e-6);
    if (k === 0) expectValue(result(2), "0.19570893", known(2));
    slopes.forEach((slope, i) => {
      expectClose(result(i), slope, 1e-6, "by finite differences", known(i));
    });
  }
  return [];
}
