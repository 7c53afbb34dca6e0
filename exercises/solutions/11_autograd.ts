// Exercise 11, a solution: a scalar autograd.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/11_autograd.ts exercises/11_autograd.ts

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
    const s = 1 / (1 + Math.exp(-this.data));
    const out = new Value(s, [this]);
    out.backStep = () => {
      this.grad += s * (1 - s) * out.grad;
    };
    return out;
  }

  backward(): void {
    // Topological order: every node after all the nodes it was made from.
    const order: Value[] = [];
    const seen = new Set<Value>();
    const visit = (node: Value) => {
      if (seen.has(node)) return;
      seen.add(node);
      node.children.forEach(visit);
      order.push(node);
    };
    visit(this);
    this.grad = 1;
    // Backwards through it: a node passes its grad on once every user has added its share.
    for (const node of order.reverse()) node.backStep();
  }
}
