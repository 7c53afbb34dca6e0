// Exercise 11: a scalar autograd, the backward pass written once for every network.
//
// Every backward pass so far was worked out by hand. An autograd does it for any expression:
// each Value remembers the values it was made from and how to pass a gradient back to them.
// `add` and `mul` are written below, each with its own small backward step. Write:
//
//  - sigmoid(): like add and mul, a new Value and its backward step. What is the sigmoid's
//    slope, written with its own output?
//  - backward(): the gradient of this value with respect to every Value it was made from. Its
//    own gradient is 1 (dx/dx). Then every node must pass its gradient back exactly once, and
//    only after every node that uses it has passed its share to it: in which order must the
//    nodes run? A node used twice (x.mul(x)) receives two shares, which add up.
//
// The tutorial's neuron, built from Values: for the input [2, 1.5], weights [1.45, -0.66], bias 0
// and target 0, error = (sigmoid(w1 * 2 + w2 * 1.5 + b) - 0)^2, and after error.backward() the
// bias's grad is 0.19570893, as in exercise 03.
//
// Lesson 09 checks gradients like these:  deno run lessons/09_gradient_check.ts
// Check your code:                        deno task exercise 11

/** A number in an expression, with the gradient of the expression's output with respect to it. */
export class Value {
  data: number;
  grad = 0;
  /** The values this one was made from. */
  readonly children: Value[];
  /** Passes this value's grad back to its children's grads (set by the operation). */
  backStep: () => void = () => {};

  constructor(data: number, children: Value[] = []) {
    this.data = data;
    this.children = children;
  }

  add(other: Value): Value {
    const out = new Value(this.data + other.data, [this, other]);
    out.backStep = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  mul(other: Value): Value {
    const out = new Value(this.data * other.data, [this, other]);
    out.backStep = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  sigmoid(): Value {
    throw new Error("TODO: exercise 11, the sigmoid and its backward step");
  }

  backward(): void {
    throw new Error("TODO: exercise 11, the backward pass in topological order");
  }
}
