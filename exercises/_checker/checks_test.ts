// The checks themselves: every solution passes, a blank reads "not started", and each mistake
// the checks know is named from the wrong value itself, with the message a learner reads.

import { assert } from "chai";
import * as throwingDot from "./testdata/throws/01_prediction.ts";
import * as waiting from "./testdata/waiting/03_gradients.ts";
import { blank, check, complaint, mistaken, solutions } from "./_testing.ts";
import { exercises, prerequisites } from "./list.ts";
import type { Outcome } from "./outcome.ts";

Deno.test("every solution passes its exercise's check", async () => {
  for (const { number } of exercises) {
    const outcome = await check(number, solutions[number]);
    assert.equal(outcome.status, "done", `exercise ${number}: ${JSON.stringify(outcome)}`);
  }
});

Deno.test("a TODO still in place reads 'not started', not a stack trace", async () => {
  for (const { number } of exercises) {
    assert.deepEqual(await check(number, blank(number)), { status: "not started" });
  }
});

Deno.test("each exercise builds on the ones before it", () => {
  assert.deepEqual(prerequisites(3), [1, 2]);
  assert.deepEqual(prerequisites(6), [1, 5]);
  assert.deepEqual(prerequisites(8), [1, 2, 3, 4]);
  assert.deepEqual(prerequisites(9), [1, 2]);
});

Deno.test("every exercise's description is data: it survives a copy to a page as JSON", () => {
  for (const e of exercises) {
    const { check: _, ...info } = e;
    assert.deepEqual(JSON.parse(JSON.stringify(info)), info);
    for (const [key, mistake] of Object.entries(e.mistakes)) {
      assert.lengthOf(mistake.hints, 3, `exercise ${e.number}'s ${key}: question, value, formula`);
    }
    assert.lengthOf(e.hints, 3, `exercise ${e.number}'s hints`);
  }
});

/** The known mistakes that a test below has planted and seen named, "01 exponentSign". */
const named = new Set<string>();

/** The message and the mistake of a check that fails. */
async function diagnosis(number: number, module: Record<string, unknown>) {
  const outcome: Outcome = await check(number, module);
  assert.equal(outcome.status, "not done", JSON.stringify(outcome));
  const { problem, mistake } = outcome as { problem: string[]; mistake?: string };
  if (mistake) named.add(`${String(number).padStart(2, "0")} ${mistake}`);
  return { problem, mistake };
}

// The planted mistakes, each recognised from its value and named.

Deno.test("01: 1 - expected from the sigmoid is the exponent's sign", async () => {
  const sigmoid = (x: number) => 1 / (1 + Math.exp(x));
  assert.deepEqual(await diagnosis(1, mistaken(1, { sigmoid })), {
    problem: [
      "sigmoid(1.3774) should be 0.7985731, yours gave 0.2014269",
      "  That is 1 - 0.7985731: the sigmoid of -1.3774.",
    ],
    mistake: "exponentSign",
  });
});

Deno.test("01: NaN from a dot product is reading past the end of an array", async () => {
  const dot = (a: number[], b: number[]) => {
    let sum = 0;
    for (let i = 0; i <= a.length; i++) sum += a[i] * b[i];
    return sum;
  };
  assert.deepEqual(await diagnosis(1, mistaken(1, { dot })), {
    problem: [
      "dot([1.72, 1.23], [1.26, 0]) should be 2.1672, yours gave NaN",
      "  A NaN from a sum of products: does the loop read past the end of an array?",
    ],
    mistake: "pastTheEnd",
  });
});

Deno.test("01: exp(x) / (1 + exp(x)) is an overflow at x = 1000", async () => {
  const sigmoid = (x: number) => Math.exp(x) / (1 + Math.exp(x));
  assert.deepEqual(await diagnosis(1, mistaken(1, { sigmoid })), {
    problem: [
      "sigmoid(1000) should be 1, yours gave NaN",
      "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
    ],
    mistake: "overflow",
  });
});

Deno.test("03: derror_dprediction alone is the chain stopped early", async () => {
  const computeGradients = (network: Network, input: number[], target: number) => {
    const derror = 2 * (sigmoid(layer1(network, input)) - target);
    return { weights: input.map((x) => derror * x), bias: derror };
  };
  assert.deepEqual(await diagnosis(3, mistaken(3, { computeGradients })), {
    problem: [
      "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).bias",
      "  should be 0.19570893, yours gave 1.7420383",
      "  That is derror_dprediction alone, 2 * (prediction - target): the chain",
      "  stopped early.",
    ],
    mistake: "chainStoppedEarly",
  });
});

Deno.test("09: expected / output weight is the output weight missing from the hidden delta", async () => {
  const backpropagate = backpropagateWith({ outputWeight: false });
  assert.deepEqual(await diagnosis(9, { backpropagate }), {
    problem: [
      "backpropagate(network, [2, 1.5], 0).hidden[0].bias",
      "  should be 0.06652196, yours gave 0.03326098",
      "  That is the expected value divided by output weight 0, 2: the output weight",
      "  is missing from the hidden delta.",
      "  where network.hidden[0] = { weights: [1.45, -0.66], bias: 0 }",
      "        network.hidden[1] = { weights: [-1, 1], bias: 0.5 }",
      "        network.output    = { weights: [2, -1], bias: -0.5 }",
    ],
    mistake: "outputWeightMissing",
  });
});

Deno.test("08: an error recorded before the update is named", async () => {
  assert.deepEqual(await diagnosis(8, { train: trainWith({ before: true }) }), {
    problem: [
      "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
      "    random).cumulativeErrors[0]",
      "  should be 3.39919641 (as the tutorial's loop gives), yours gave 3.41160717",
      "  That is the error before that iteration's update: it was recorded too early.",
      where,
    ],
    mistake: "errorBeforeUpdate",
  });
});

Deno.test("08: samples cycled instead of drawn are named", async () => {
  assert.deepEqual(await diagnosis(8, { train: trainWith({ cycled: true }) }), {
    problem: [
      "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
      "  should call random() once per iteration, so once, yours gave 0 calls",
      "  A loop that never draws takes the samples in turn.",
      where,
    ],
    mistake: "cycled",
  });
});

Deno.test("08: samples taken in turn by a loop that calls random() anyway are named from the curve", async () => {
  const { problem, mistake } = await diagnosis(8, { train: trainWith({ cycled: true, draws: 1 }) });
  assert.equal(mistake, "cycled");
  assert.deepEqual(
    problem.slice(-2),
    [
      "  That is the error of a loop that takes the samples in turn: they should be",
      "  drawn.",
    ].concat([where]).slice(-2),
  );
});

// More mistakes the checks name.

Deno.test("02: a derivative of the wrong sign is named", async () => {
  const errorDerivative = (prediction: number, target: number) => 2 * (target - prediction);
  assert.deepEqual(await diagnosis(2, mistaken(2, { errorDerivative })), {
    problem: [
      "errorDerivative(0.87101915, 0) should be 1.7420383, yours gave -1.7420383",
      "  That is minus the derivative: target - prediction, where prediction - target",
      "  belongs.",
    ],
    mistake: "flippedSign",
  });
});

Deno.test("04: a step up the slope is named", async () => {
  const updateParameters = (network: Network, gradients: Network, rate: number) => ({
    weights: network.weights.map((w, i) => w - gradients.weights[i] * rate),
    bias: network.bias + gradients.bias * rate,
  });
  assert.deepEqual(await diagnosis(4, { updateParameters }), {
    problem: [
      "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
      "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
      "  should be -0.01957089, yours gave 0.01957089",
      "  That is 0 + 0.19570893 * 0.1: the step went up the slope.",
    ],
    mistake: "uphill",
  });
});

Deno.test("05: a one-sided difference is named", async () => {
  const numericalGradient = (f: (p: number[]) => number, p: number[], h = 1e-5) =>
    p.map((x, i) => {
      const up = p.slice();
      up[i] = x + h;
      return (f(up) - f(p)) / h;
    });
  const { problem, mistake } = await diagnosis(5, { numericalGradient });
  assert.equal(mistake, "oneSided");
  assert.include(problem.join("\n"), "That is (f(p + h) - f(p)) / h, a one-sided difference.");
});

Deno.test("05: a nudge left in place is named", async () => {
  const numericalGradient = (f: (p: number[]) => number, p: number[], h = 1e-5) => {
    const q = p.slice();
    return p.map((x, i) => {
      q[i] = x + h;
      const up = f(q);
      q[i] = x - h;
      return (up - f(q)) / (2 * h);
    });
  };
  const { problem, mistake } = await diagnosis(5, { numericalGradient });
  assert.equal(mistake, "notRestored");
  assert.include(problem.join("\n"), "parameter 0 still nudged");
});

Deno.test("06: a working gradient check with the planted bug left in is named", async () => {
  const { problem, mistake } = await diagnosis(6, {
    ...solutions[6],
    tanhGradients: plantedTanhGradients,
    gradientCheck: (network: Network, input: number[], target: number) => {
      const a = plantedTanhGradients(network, input, target);
      const n = solutions[5].numericalGradient as (
        f: (p: number[]) => number,
        p: number[],
      ) => number[];
      const f = ([bias, ...weights]: number[]) =>
        (Math.tanh(layer1({ weights, bias }, input)) - target) ** 2;
      const slopes = n(f, [network.bias, ...network.weights]);
      return [a.bias, ...a.weights].map((g, k) =>
        Math.abs(g - slopes[k]) / Math.max(Math.abs(g), Math.abs(slopes[k]))
      );
    },
  });
  assert.equal(mistake, "bugStillThere");
  assert.include(problem.join(" "), "the planted bug is still there");
});

Deno.test("06: a gradient check that always says 0 is caught on the planted bug", async () => {
  const { problem, mistake } = await diagnosis(6, {
    ...solutions[6],
    tanhGradients: plantedTanhGradients,
    gradientCheck: () => [0, 0, 0],
  });
  assert.isUndefined(mistake);
  assert.match(problem[0], /^gradientCheck\(network, \[1.5, 0.5\], 0.3\)\[1\]/);
});

Deno.test("07: the mean of the gradients, not their sum, is named", async () => {
  const batch = solutions[7].batchGradients as (...args: unknown[]) => Network;
  const batchGradients = (network: Network, inputs: number[][], targets: number[]) => {
    const sum = batch(network, inputs, targets);
    return { weights: sum.weights.map((w) => w / inputs.length), bias: sum.bias / inputs.length };
  };
  const { problem, mistake } = await diagnosis(7, { batchGradients });
  assert.equal(mistake, "mean");
  assert.include(problem.join(" "), "That is the sum divided by 8: the mean's gradient.");
});

Deno.test("10: e^sum overflowing to NaN is named", async () => {
  const softmax = (sums: number[]) => {
    const exps = sums.map(Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  };
  assert.deepEqual(await diagnosis(10, mistaken(10, { softmax })), {
    problem: [
      "softmax([1000, 0]) should be [1. 0.], yours gave [nan  0.]",
      "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
    ],
    mistake: "overflow",
  });
});

Deno.test("10: a cross-entropy gradient without the right class's -1 is named", async () => {
  const softmax = solutions[10].softmax as (sums: number[]) => number[];
  const { problem, mistake } = await diagnosis(10, mistaken(10, { crossEntropyGradient: softmax }));
  assert.equal(mistake, "oneHotMissing");
  assert.deepEqual(problem, [
    "crossEntropyGradient([1, 2, 3], 2)[2]",
    "  should be -0.33475904 (by finite differences), yours gave 0.66524096",
    "  That is the probability alone: the right class's -1 is missing.",
  ]);
});

/** Exercise 11's Value as the solution writes it, with another backward. */
function autogradWith(backward: (this: Node) => void) {
  class Value {
    grad = 0;
    backStep = () => {};
    constructor(readonly data: number, readonly children: Value[] = []) {}
    add(other: Value) {
      const out = new Value(this.data + other.data, [this, other]);
      out.backStep = () => (this.grad += out.grad, other.grad += out.grad);
      return out;
    }
    mul(other: Value) {
      const out = new Value(this.data * other.data, [this, other]);
      out.backStep = () => (this.grad += other.data * out.grad, other.grad += this.data * out.grad);
      return out;
    }
    sigmoid() {
      const out = new Value(sigmoid(this.data), [this]);
      out.backStep = () => this.grad += out.data * (1 - out.data) * out.grad;
      return out;
    }
    backward() {
      backward.call(this);
    }
  }
  return { Value };
}

type Node = { grad: number; children: Node[]; backStep(): void };

Deno.test("11: a backward that runs a shared node's step once per path is named", async () => {
  const { problem, mistake } = await diagnosis(
    11,
    autogradWith(function (this: Node) {
      this.grad = 1;
      const visit = (node: Node) => (node.backStep(), node.children.forEach(visit));
      visit(this);
    }),
  );
  assert.equal(mistake, "twice");
  assert.include(problem.join(" ").replace(/\s+/g, " "), "a shared node passed its gradient on");
});

Deno.test("11: a backward that never sets the output's grad to 1 is named", async () => {
  const { mistake, problem } = await diagnosis(
    11,
    autogradWith(function (this: Node) {
      const order: Node[] = [];
      const seen = new Set<Node>();
      const visit = (node: Node) => {
        if (seen.has(node)) return;
        seen.add(node);
        node.children.forEach(visit);
        order.push(node);
      };
      visit(this);
      for (const node of order.reverse()) node.backStep();
    }),
  );
  assert.equal(mistake, "noSeed");
  assert.include(problem.join(" "), "the output's own grad was never set to 1");
});

Deno.test("12: a confusion matrix with rows and columns swapped is named", async () => {
  const confusionMatrix = (predicted: number[], actual: number[], classes: number) => {
    const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
    actual.forEach((a, i) => counts[predicted[i]][a]++);
    return counts;
  };
  const { problem, mistake } = await diagnosis(12, mistaken(12, { confusionMatrix }));
  assert.equal(mistake, "transposed");
  assert.include(problem.join(" "), "That is the transpose: rows should be actual classes.");
});

Deno.test("12: a split of the right size that ignores the classes is named", async () => {
  const stratifiedSplit = (targets: number[], share: number, random: () => number) => {
    const indexes = targets.map((_, i) => i);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
    }
    const count = Math.round(share * 92) + Math.round(share * 8);
    return { validation: indexes.slice(0, count), training: indexes.slice(count) };
  };
  const { problem, mistake } = await diagnosis(12, mistaken(12, { stratifiedSplit }));
  assert.equal(mistake, "notStratified");
  assert.include(problem.join(" "), "The total is right; the classes' shares are not.");
});

Deno.test("13: a prediction at the threshold counted as class 0 is named", async () => {
  const accuracy = (predictions: number[], targets: number[], threshold: number) =>
    predictions.filter((p, i) => (p > threshold ? 1 : 0) === targets[i]).length /
    predictions.length;
  assert.deepEqual(await diagnosis(13, mistaken(13, { accuracy })), {
    problem: [
      "accuracy([0.5, 0.49], [1, 0], 0.5) should be 1, yours gave 0.5",
      "  That counts 0.5 at the threshold 0.5 as class 0: it is class 1.",
    ],
    mistake: "strict",
  });
});

Deno.test("14: a learning rate whose run ends at 2.0 or above is named, with its error", async () => {
  const { problem, mistake } = await diagnosis(14, { largestLearningRate: () => 0.28 });
  assert.equal(mistake, "tooLarge");
  assert.match(problem.join(" "), /Lesson 08 at learning rate 0.28 ends at 2\.\d+, not below 2.0/);
});

Deno.test("14: a rate that works but is not the largest is named", async () => {
  const { mistake } = await diagnosis(14, { largestLearningRate: () => 0.1 });
  assert.equal(mistake, "notTheLargest");
});

Deno.test("14: the answer is taken within half a grid step, from lesson 08's own training", async () => {
  assert.equal((await check(14, { largestLearningRate: () => 0.2749 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2651 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2649 })).status, "not done");
});

Deno.test("every mistake an exercise knows is planted by a test above and named", () => {
  const known = exercises.flatMap((e) =>
    Object.keys(e.mistakes).map((key) => `${String(e.number).padStart(2, "0")} ${key}`)
  );
  assert.deepEqual([...named].sort(), known.sort());
});

// Mistakes named by what was expected and what the code gave.

Deno.test("01: a dot product of the first two elements only is caught on three", async () => {
  const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1];
  assert.deepEqual(await complaint(1, mistaken(1, { dot })), [
    "dot([1, 2, 3], [4, 5, 6]) should be 32, yours gave 14",
  ]);
});

Deno.test("01: a function under another name is named", async () => {
  const { dot: _, ...rest } = solutions[1];
  assert.deepEqual(await complaint(1, { ...rest, dotProduct: () => 0 }), [
    "exercises/01_prediction.ts should export a function named dot, yours has none",
    "  (keep its first line as it was: export function dot(...)",
  ]);
});

Deno.test("01: a prediction without the bias is caught where the bias is not 0", async () => {
  const makePrediction = (input: number[], weights: number[]) =>
    sigmoid(input[0] * weights[0] + input[1] * weights[1]);
  assert.deepEqual(await complaint(1, mistaken(1, { makePrediction })), [
    "makePrediction([2, 1.5], [1.45, -0.66], 1)",
    "  should be 0.94833856, yours gave 0.87101915",
  ]);
});

Deno.test("01: a function that forgets to return is told so", async () => {
  const sigmoid = (x: number) => {
    1 / (1 + Math.exp(-x));
  };
  assert.deepEqual(await complaint(1, mistaken(1, { sigmoid })), [
    "sigmoid(0) should be a number, yours gave undefined (a missing return?)",
  ]);
});

Deno.test("01: an async function is told it should not be", async () => {
  const sigmoid = (x: number) => Promise.resolve(x);
  assert.deepEqual(await complaint(1, mistaken(1, { sigmoid })), [
    "sigmoid(0)",
    "  should be a number, yours gave a Promise (the function should not be async)",
  ]);
});

Deno.test("02: an error that is not squared misses the tutorial's 0.75867436", async () => {
  const squaredError = (prediction: number, target: number) => prediction - target;
  assert.deepEqual(await complaint(2, mistaken(2, { squaredError })), [
    "squaredError(0.87101915, 0) should be 0.75867436, yours gave 0.87101915",
  ]);
});

Deno.test("03: weight gradients taken from the weights, not the input, are caught", async () => {
  const computeGradients = (network: Network, input: number[], target: number) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * (s - target) * s * (1 - s);
    return { weights: network.weights.map((w) => delta * w), bias: delta };
  };
  assert.deepEqual(await complaint(3, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).weights",
    "  should be [0.39141786 0.29356339], yours gave [ 0.28377795 -0.12916789]",
  ]);
});

Deno.test("03: gradients right for target 0 only are caught by finite differences", async () => {
  // 2 * prediction is the derivative for target 0 only: the tutorial's numbers pass.
  const computeGradients = (network: Network, input: number[]) => {
    const s = sigmoid(layer1(network, input));
    const delta = 2 * s * s * (1 - s);
    return { weights: input.map((x) => delta * x), bias: delta };
  };
  assert.deepEqual(await complaint(3, { computeGradients }), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1], 1).bias",
    "  should be -0.01673344 (by finite differences), yours gave 0.15718278",
  ]);
});

Deno.test("04: an update that ignores the learning rate is caught on lesson 07's step", async () => {
  const updateParameters = (network: Network, gradients: Network) => ({
    weights: network.weights.map((w, i) => w - gradients.weights[i]),
    bias: network.bias - gradients.bias,
  });
  assert.deepEqual(await complaint(4, { updateParameters }), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
    "  should be -0.01957089, yours gave -0.19570893",
  ]);
});

Deno.test("08: recording at iterations 99, 199, ... instead of 0, 100, ... is caught", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ at: 99 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors",
    "  should have 1 value (iteration 0), yours gave []",
    where,
  ]);
});

Deno.test("08: two random draws per iteration are counted", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ draws: 2 }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should call random() once per iteration, so once, yours gave 2 calls",
    where,
  ]);
});

Deno.test("08: returning the errors alone is told the shape to return", async () => {
  assert.deepEqual(await complaint(8, { train: trainWith({ errorsOnly: true }) }), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should return { network, cumulativeErrors }, yours gave [3.39919641]",
    where,
  ]);
});

Deno.test("08: once it passes, the tutorial's network trains with the learner's code, as in lesson 08", async () => {
  const outcome = await check(8, solutions[8]);
  assert.equal(outcome.status, "done");
  const showcase = (outcome as { showcase: string[] }).showcase;
  const text = showcase.join(" ");
  // Lesson 08's printed numbers (seed 42): first, lowest and last cumulative error.
  assert.include(text, "weights [ 1.50243675 -0.76077415] and bias 2.88733163");
  assert.include(text, "first 3.94362869, lowest 1.8872334 (iteration 9600), last 1.8944097");
  assert.include(text, "4/8 samples classified correctly");
  assert.isAtLeast(showcase.filter((line) => line.includes("┤")).length, 5, "a chart");
  for (const line of showcase) assert.isAtMost(line.length + 2, 80, line);
});

Deno.test("09: code written for two hidden units only is caught on three", async () => {
  const backpropagate = backpropagateWith({ units: 2 });
  assert.deepEqual(await complaint(9, { backpropagate }), [
    "backpropagate(network, [0, 0], 0).output.weights",
    "  should have 3 weights, yours gave [0.17472973 0.15942336]",
    "  where network.hidden[0] = { weights: [-0.33, -0.487], bias: 0.557 }",
    "        network.hidden[1] = { weights: [-0.369, -0.023], bias: 0.323 }",
    "        network.hidden[2] = { weights: [0.198, 0.175], bias: 0.129 }",
    "        network.output    = { weights: [-1.224, -0.36, 0.627], bias: 1.836 }",
  ]);
});

Deno.test("09: once it passes, the learner's backward pass learns XOR as in lesson 10", async () => {
  const outcome = await check(9, solutions[9]);
  const text = (outcome as { showcase: string[] }).showcase.join("\n");
  // Lesson 10's printed predictions (seed 42, 4 hidden units).
  assert.include(text, "[0, 0] -> 0.01168246 class 0, target 0: correct");
  assert.include(text, "[1, 1] -> 0.00924109 class 0, target 0: correct");
  assert.include(text, "XOR accuracy: 4/4");
});

// Code that throws, code that waits for an earlier exercise.

Deno.test("code that throws is named with the call, the error and the line it came from", async () => {
  assert.deepEqual(await complaint(1, throwingDot), [
    "dot([1.72, 1.23], [1.26, 0]) threw RangeError: Maximum call stack size",
    "    exceeded",
    "  at exercises/_checker/testdata/throws/01_prediction.ts:6:30",
  ]);
});

Deno.test("a finished exercise whose code reaches an earlier exercise's TODO waits for it", async () => {
  assert.deepEqual(await check(3, waiting), { status: "waiting", on: 2 });
});

// The learner's mistakes, written out.

type Network = { weights: number[]; bias: number };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const layer1 = (network: Network, input: number[]) =>
  input.reduce((sum, x, i) => sum + x * network.weights[i], network.bias);
const makePrediction = (input: number[], weights: number[], bias: number) =>
  sigmoid(layer1({ weights, bias }, input));
const computeGradients = solutions[3].computeGradients as (
  network: Network,
  input: number[],
  target: number,
) => Network;
const updateParameters = solutions[4].updateParameters as (
  network: Network,
  gradients: Network,
  rate: number,
) => Network;

const cumulativeError = (network: Network, inputs: number[][], targets: number[]) =>
  inputs.reduce(
    (sum, x, j) => sum + (makePrediction(x, network.weights, network.bias) - targets[j]) ** 2,
    0,
  );

/** A training loop with a mistake: `before` records before the update, `at` at another step,
 * `cycled` takes the samples in turn (drawing `draws` times anyway). */
function trainWith(
  mistake: { before?: boolean; at?: number; draws?: number; errorsOnly?: true; cycled?: true },
) {
  return (
    network: Network,
    inputs: number[][],
    targets: number[],
    iterations: number,
    learningRate: number,
    random: () => number,
  ) => {
    const errors: number[] = [];
    for (let iteration = 0; iteration < iterations; iteration++) {
      let pick = 0;
      for (let d = 0; d < (mistake.draws ?? (mistake.cycled ? 0 : 1)); d++) pick = random();
      const i = mistake.cycled ? iteration % inputs.length : Math.floor(pick * inputs.length);
      if (mistake.before && iteration % 100 === 0) {
        errors.push(cumulativeError(network, inputs, targets));
      }
      const gradients = computeGradients(network, inputs[i], targets[i]);
      network = updateParameters(network, gradients, learningRate);
      if (!mistake.before && iteration % 100 === (mistake.at ?? 0)) {
        errors.push(cumulativeError(network, inputs, targets));
      }
    }
    return mistake.errorsOnly ? errors : { network, cumulativeErrors: errors };
  };
}

const where = "  where inputs and targets: the eight points of data/tutorial.csv";

type HiddenLayerNetwork = { hidden: Network[]; output: Network };

/** A backward pass with a mistake: no output weight on the way back, or two units only. */
function backpropagateWith(mistake: { outputWeight?: false; units?: number }) {
  return (network: HiddenLayerNetwork, input: number[], target: number) => {
    const hidden = network.hidden.map((unit) => makePrediction(input, unit.weights, unit.bias));
    const p = makePrediction(hidden, network.output.weights, network.output.bias);
    const delta = 2 * (p - target) * p * (1 - p);
    const units = hidden.slice(0, mistake.units ?? hidden.length);
    return {
      output: { weights: units.map((h) => delta * h), bias: delta },
      hidden: units.map((h, j) => {
        const weight = mistake.outputWeight === false ? 1 : network.output.weights[j];
        const deltaJ = delta * weight * h * (1 - h);
        return { weights: input.map((x) => deltaJ * x), bias: deltaJ };
      }),
    };
  };
}

/** Exercise 06's planted bug: the weights in place of the input. */
function plantedTanhGradients(network: Network, input: number[], target: number): Network {
  const prediction = Math.tanh(layer1(network, input));
  const delta = 2 * (prediction - target) * (1 - prediction ** 2);
  return { weights: network.weights.map((w) => delta * w), bias: delta };
}
