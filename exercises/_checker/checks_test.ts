// The checks themselves: every solution passes, a blank reads "not started", and each mistake
// the checks know is named from the wrong value itself, with the message a learner reads.

import { assert } from "chai";
import * as throwingDot from "./testdata/throws/01_prediction.ts";
import * as waiting from "./testdata/waiting/03_gradients.ts";
import { blank, check, complaint, mistaken, solutions } from "./_testing.ts";
import { backpropagateWith, layer1, type Network, planted, sigmoid, trainWith } from "./planted.ts";
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

Deno.test("an exercise builds on its prerequisites' prerequisites too, however deep", () => {
  // Each names only the one it uses directly: 4 on 3, 3 on 1 and 2, 2 on 1.
  const chain = [
    { number: 1, uses: [] },
    { number: 2, uses: [1] },
    { number: 3, uses: [2, 1] },
    { number: 4, uses: [3] },
  ];
  assert.deepEqual(prerequisites(4, chain), [1, 2, 3]);
  assert.deepEqual(prerequisites(1, chain), []);
  assert.throws(() => prerequisites(5, chain), RangeError, "No exercise 5");
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

/** The mistakes that a test below has seen named, "01 exponentSign". */
const named = new Set<string>();

/** The message of a planted mistake ("01 exponentSign"), after checking that it is named. */
async function diagnosis(key: string): Promise<string[]> {
  const [number, mistake] = key.split(" ");
  const outcome: Outcome = await check(Number(number), planted[key]);
  assert.equal(outcome.status, "not done", JSON.stringify(outcome));
  assert.equal((outcome as { mistake?: string }).mistake, mistake, JSON.stringify(outcome));
  named.add(key);
  return (outcome as { problem: string[] }).problem;
}

/** The message as one line, wrapping undone. */
const joined = (lines: string[]) => lines.join(" ").replace(/\s+/g, " ");

// The planted mistakes (planted.ts), each recognised from its value and named.

Deno.test("01: 1 - expected from the sigmoid is the exponent's sign", async () => {
  assert.deepEqual(await diagnosis("01 exponentSign"), [
    "sigmoid(1.3774) should be 0.7985731, yours gave 0.2014269",
    "  That is 1 - 0.7985731: the sigmoid of -1.3774.",
  ]);
});

Deno.test("01: NaN from a dot product is reading past the end of an array", async () => {
  assert.deepEqual(await diagnosis("01 pastTheEnd"), [
    "dot([1.72, 1.23], [1.26, 0]) should be 2.1672, yours gave NaN",
    "  A NaN from a sum of products: does the loop read past the end of an array?",
  ]);
});

Deno.test("01: exp(x) / (1 + exp(x)) is an overflow at x = 1000", async () => {
  assert.deepEqual(await diagnosis("01 overflow"), [
    "sigmoid(1000) should be 1, yours gave NaN",
    "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
  ]);
});

Deno.test("03: derror_dprediction alone is the chain stopped early", async () => {
  assert.deepEqual(await diagnosis("03 chainStoppedEarly"), [
    "computeGradients({ weights: [1.45, -0.66], bias: 0 }, [2, 1.5], 0).bias",
    "  should be 0.19570893, yours gave 1.7420383",
    "  That is derror_dprediction alone, 2 * (prediction - target): the chain",
    "  stopped early.",
  ]);
});

Deno.test("09: expected / output weight is the output weight missing from the hidden delta", async () => {
  assert.deepEqual(await diagnosis("09 outputWeightMissing"), [
    "backpropagate(network, [2, 1.5], 0).hidden[0].bias",
    "  should be 0.06652196, yours gave 0.03326098",
    "  That is the expected value divided by output weight 0, 2: the output weight",
    "  is missing from the hidden delta.",
    "  where network.hidden[0] = { weights: [1.45, -0.66], bias: 0 }",
    "        network.hidden[1] = { weights: [-1, 1], bias: 0.5 }",
    "        network.output    = { weights: [2, -1], bias: -0.5 }",
  ]);
});

Deno.test("08: an error recorded before the update is named", async () => {
  assert.deepEqual(await diagnosis("08 errorBeforeUpdate"), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1,",
    "    random).cumulativeErrors[0]",
    "  should be 3.39919641 (as the tutorial's loop gives), yours gave 3.41160717",
    "  That is the error before that iteration's update: it was recorded too early.",
    where,
  ]);
});

Deno.test("08: samples cycled instead of drawn are named", async () => {
  assert.deepEqual(await diagnosis("08 cycled"), [
    "train({ weights: [1.45, -0.66], bias: 0 }, inputs, targets, 1, 0.1, random)",
    "  should call random() once per iteration, so once, yours gave 0 calls",
    "  A loop that never draws takes the samples in turn.",
    where,
  ]);
});

Deno.test("08: samples taken in turn by a loop that calls random() anyway are named from the curve", async () => {
  const outcome = await check(8, { train: trainWith({ cycled: true, draws: 1 }) });
  assert.equal((outcome as { mistake?: string }).mistake, "cycled");
  assert.deepEqual((outcome as { problem: string[] }).problem.slice(-3), [
    "  That is the error of a loop that takes the samples in turn: they should be",
    "  drawn.",
    where,
  ]);
});

Deno.test("02: a derivative of the wrong sign is named", async () => {
  assert.deepEqual(await diagnosis("02 flippedSign"), [
    "errorDerivative(0.87101915, 0) should be 1.7420383, yours gave -1.7420383",
    "  That is minus the derivative: target - prediction, where prediction - target",
    "  belongs.",
  ]);
});

Deno.test("04: a step up the slope is named", async () => {
  assert.deepEqual(await diagnosis("04 uphill"), [
    "updateParameters({ weights: [1.45, -0.66], bias: 0 }, { weights:",
    "    [0.39141786, 0.29356339], bias: 0.19570893 }, 0.1).bias",
    "  should be -0.01957089, yours gave 0.01957089",
    "  That is 0 + 0.19570893 * 0.1: the step went up the slope.",
  ]);
});

Deno.test("05: a one-sided difference is named", async () => {
  assert.deepEqual(await diagnosis("05 oneSided"), [
    "numericalGradient(([x, y]) => x ** 3 + x * y ** 2, [1, 2], 0.1)[0]",
    "  should be 7.01 (central differences with h = 0.1), yours gave 7.31",
    "  That is (f(p + h) - f(p)) / h, a one-sided difference.",
  ]);
});

Deno.test("05: a nudge left in place is named", async () => {
  assert.deepEqual(await diagnosis("05 notRestored"), [
    "numericalGradient(([x, y]) => x ** 3 + x * y ** 2, [1, 2], 0.1)[1]",
    "  should be 4 (central differences with h = 0.1), yours gave 3.6",
    "  That is the slope with parameter 0 still nudged: the nudge was not undone.",
  ]);
});

Deno.test("06: a working gradient check with the planted bug left in is named", async () => {
  assert.include(joined(await diagnosis("06 bugStillThere")), "the planted bug is still there");
});

Deno.test("06: a gradient check that always says 0 is caught on the planted bug", async () => {
  const outcome = await check(6, {
    ...planted["06 bugStillThere"],
    gradientCheck: () => [0, 0, 0],
  });
  assert.isUndefined((outcome as { mistake?: string }).mistake);
  assert.match(
    (outcome as { problem: string[] }).problem[0],
    /^gradientCheck\(network, \[1.5, 0.5\], 0.3\)\[1\]/,
  );
});

Deno.test("07: the mean of the gradients, not their sum, is named", async () => {
  assert.include(
    joined(await diagnosis("07 mean")),
    "That is the sum divided by 8: the mean's gradient.",
  );
});

Deno.test("10: e^sum overflowing to NaN is named", async () => {
  assert.deepEqual(await diagnosis("10 overflow"), [
    "softmax([1000, 0]) should be [1. 0.], yours gave [nan  0.]",
    "  Math.exp(1000) is Infinity, and Infinity / Infinity is NaN: an overflow.",
  ]);
});

Deno.test("10: a cross-entropy gradient without the right class's -1 is named", async () => {
  assert.deepEqual(await diagnosis("10 oneHotMissing"), [
    "crossEntropyGradient([1, 2, 3], 2)[2]",
    "  should be -0.33475904 (by finite differences), yours gave 0.66524096",
    "  That is the probability alone: the right class's -1 is missing.",
  ]);
});

Deno.test("11: a backward that runs a shared node's step once per path is named", async () => {
  assert.include(joined(await diagnosis("11 twice")), "a shared node passed its gradient on");
});

Deno.test("11: a backward that never sets the output's grad to 1 is named", async () => {
  assert.include(joined(await diagnosis("11 noSeed")), "the output's own grad was never set to 1");
});

Deno.test("12: a confusion matrix with rows and columns swapped is named", async () => {
  assert.include(
    joined(await diagnosis("12 transposed")),
    "That is the transpose: rows should be actual classes.",
  );
});

Deno.test("12: a split of the right size that ignores the classes is named", async () => {
  assert.include(
    joined(await diagnosis("12 notStratified")),
    "The total is right; the classes' shares are not.",
  );
});

Deno.test("13: a prediction at the threshold counted as class 0 is named", async () => {
  assert.deepEqual(await diagnosis("13 strict"), [
    "accuracy([0.5, 0.49], [1, 0], 0.5) should be 1, yours gave 0.5",
    "  That counts 0.5 at the threshold 0.5 as class 0: it is class 1.",
  ]);
});

Deno.test("14: a learning rate whose run ends at 2.0 or above is named, with its error", async () => {
  assert.match(
    joined(await diagnosis("14 tooLarge")),
    /Lesson 08 at learning rate 0.28 ends at 2\.\d+, not below 2.0/,
  );
});

Deno.test("14: a rate that works but is not the largest is named", async () => {
  assert.include(joined(await diagnosis("14 notTheLargest")), "a larger rate of the grid does too");
});

Deno.test("14: the answer is taken within half a grid step, from lesson 08's own training", async () => {
  assert.equal((await check(14, { largestLearningRate: () => 0.2749 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2651 })).status, "done");
  assert.equal((await check(14, { largestLearningRate: () => 0.2649 })).status, "not done");
});

Deno.test("every mistake an exercise knows is planted, and named by a test above", () => {
  const known = exercises.flatMap((e) =>
    Object.keys(e.mistakes).map((key) => `${String(e.number).padStart(2, "0")} ${key}`)
  );
  assert.deepEqual(Object.keys(planted).sort(), known.sort());
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

const where = "  where inputs and targets: the eight points of data/tutorial.csv";

// Each check's tolerance, with an answer off by half of it (passes) and by twice it (does not).

/** Whether exercise `number` passes with `changes` over its solution. */
const passes = async (number: number, changes: Record<string, unknown>) =>
  (await check(number, mistaken(number, changes))).status === "done";

Deno.test("02: the derivative is taken within 1e-6 of the error's slope, and no further", async () => {
  const right = solutions[2].errorDerivative as (p: number, t: number) => number;
  // Off only at prediction 0.3, target 0, where the check compares with finite differences.
  const off = (by: number) => ({
    errorDerivative: (p: number, t: number) => right(p, t) * (p === 0.3 && t === 0 ? 1 + by : 1),
  });
  assert.isTrue(await passes(2, off(0.5e-6)));
  assert.isFalse(await passes(2, off(2e-6)));
});

Deno.test("05: central differences within 1e-9 with h = 0.1, slopes within 1e-6, and no further", async () => {
  const right = solutions[5].numericalGradient as (...args: unknown[]) => number[];
  const off = (by: number, when: (p: number[], h?: number) => boolean) => ({
    numericalGradient: (f: unknown, p: number[], h?: number) =>
      right(f, p, ...(h === undefined ? [] : [h])).map((s, i) =>
        i === 0 && when(p, h) ? s * (1 + by) : s
      ),
  });
  const coarse = (_: number[], h?: number) => h === 0.1;
  assert.isTrue(await passes(5, off(0.5e-9, coarse)));
  assert.isFalse(await passes(5, off(2e-9, coarse)));
  const square = (p: number[], h?: number) => p.length === 1 && h === undefined;
  assert.isTrue(await passes(5, off(0.5e-6, square)));
  assert.isFalse(await passes(5, off(2e-6, square)));
});

Deno.test("10: the cross-entropy gradient is taken within 1e-6 of finite differences, and no further", async () => {
  const right = solutions[10].crossEntropyGradient as (s: number[], t: number) => number[];
  const off = (by: number) => ({
    crossEntropyGradient: (sums: number[], target: number) =>
      right(sums, target).map((g, k) => sums[0] === 0.5 && k === 0 ? g * (1 + by) : g),
  });
  assert.isTrue(await passes(10, off(0.5e-6)));
  assert.isFalse(await passes(10, off(2e-6)));
});
