import { sigmoid } from "../sigmoid.ts";
import { topologicalOrder } from "./topological_order.ts";

/**
 * A number that remembers how it was made: micrograd's idea, a scalar autograd.
 * Each operation returns a new Value holding its result, the values it was
 * made from (`children`) and `backStep`, which passes the result's gradient
 * back to them by the chain rule: the result's grad times the operation's own
 * slope. `backward()` runs every step once, the output's first, so that a node
 * has its whole gradient before it passes it on; a node used twice gets two
 * shares, which add up.
 *
 * @example The tutorial's neuron: derror_dbias by backward()
 * ```ts
 * import { assert } from "chai";
 * import { Value } from "./value.ts";
 *
 * const [w1, w2, b] = [new Value(1.45, "w1"), new Value(-0.66, "w2"), new Value(0, "b")];
 * const prediction = w1.mul(2).add(w2.mul(1.5)).add(b).sigmoid();
 * const error = prediction.sub(0).pow(2);
 * error.backward();
 * assert.closeTo(b.grad, 0.19570893, 5e-9); // lesson 06's derror_dbias
 * assert.closeTo(w1.grad, 2 * b.grad, 1e-15); // dlayer1_dw1 is the input, 2
 * ```
 */
export class Value {
  /** The number itself. */
  data: number;
  /** The slope of the last `backward()`'s output with respect to this value. */
  grad = 0;
  /** Its name in a drawing of the graph ("w1", "layer_1"), or "" for none. */
  label: string;
  /** The values this one was made from: none for a leaf. */
  readonly children: readonly Value[];
  /** The operation that made it ("+", "-", "*", "^2", "exp", "sigmoid"), or "" for a leaf. */
  readonly op: string;
  /** Adds this value's grad, times the operation's slope, to its children's grads. */
  backStep: () => void = () => {};

  /** A leaf: a number made by no operation, e.g. a weight or an input. */
  constructor(data: number, label = "", children: readonly Value[] = [], op = "") {
    this.data = data;
    this.label = label;
    this.children = children;
    this.op = op;
  }

  /** Names this value in drawings of the graph, and returns it. */
  named(label: string): this {
    this.label = label;
    return this;
  }

  /** `this + other`: the slope is 1 for both. */
  add(other: Value | number): Value {
    const that = valueOf(other);
    const out = new Value(this.data + that.data, "", [this, that], "+");
    out.backStep = () => {
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  /** `this - other`: the slope is 1 for this, -1 for other. */
  sub(other: Value | number): Value {
    const that = valueOf(other);
    const out = new Value(this.data - that.data, "", [this, that], "-");
    out.backStep = () => {
      this.grad += out.grad;
      that.grad -= out.grad;
    };
    return out;
  }

  /** `-this`: the slope is -1. */
  neg(): Value {
    const out = new Value(-this.data, "", [this], "-");
    out.backStep = () => this.grad -= out.grad;
    return out;
  }

  /** `this * other`: the slope for each is the other's value. */
  mul(other: Value | number): Value {
    const that = valueOf(other);
    const out = new Value(this.data * that.data, "", [this, that], "*");
    out.backStep = () => {
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
  }

  /** `this^k` for a fixed number k: the slope is `k this^(k-1)`. */
  pow(k: number): Value {
    const out = new Value(this.data ** k, "", [this], `^${k}`);
    out.backStep = () => this.grad += k * this.data ** (k - 1) * out.grad;
    return out;
  }

  /** `e^this`: the slope is e^this, the result itself. */
  exp(): Value {
    const out = new Value(Math.exp(this.data), "", [this], "exp");
    out.backStep = () => this.grad += out.data * out.grad;
    return out;
  }

  /** `sigmoid(this)`: the slope is `s (1 - s)`, from the result s itself. */
  sigmoid(): Value {
    const out = new Value(sigmoid(this.data), "", [this], "sigmoid");
    out.backStep = () => this.grad += out.data * (1 - out.data) * out.grad;
    return out;
  }

  /**
   * Fills in `grad` for every value this one was made from: its slope with
   * respect to each. Every grad of the graph starts at 0, this one's at 1
   * (dx/dx); then each node's step runs once, in reverse topological order:
   * a node only after every node made from it has passed it its share.
   */
  backward(): void {
    const order = topologicalOrder(this);
    for (const node of order) node.grad = 0;
    this.grad = 1;
    for (const node of order.toReversed()) node.backStep();
  }
}

/** A number as a leaf, a Value as itself. */
const valueOf = (x: Value | number) => x instanceof Value ? x : new Value(x);
