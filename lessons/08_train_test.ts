import { assert } from "chai";
import breastCancerCsv from "../data/breast_cancer.csv" with { type: "text" };
import tutorialCsv from "../data/tutorial.csv" with { type: "text" };
import { parseDataset } from "../lib/data/mod.ts";
import { cumulativeError, NeuralNetwork, predictedClass, RandomState } from "../lib/mod.ts";
import {
  averaged,
  type Certainty,
  explain,
  fellByAFifth,
  frozenWrong,
  LOWEST_ERROR_LINE,
  lowestRecord,
  main,
  runsOf,
  secondHalf,
  SIX_RIGHT_LINE,
  smallerRate,
  spec,
  stillFalling,
} from "./08_train.ts";
import { assertDefaultRun } from "./_default_run.ts";
import { denoFiles, fileErrorOf, type Files, readLimited } from "../runtime/io.ts";
import { captureIo, memoryFiles, runLesson, unwrap } from "../runtime/testing.ts";
import type { FlagValues } from "../runtime/cli.ts";
import numpy from "../bench/article_numpy_errors.json" with { type: "json" };
import { formatArray, formatNumber } from "../lib/format_array.ts";
import fc from "fast-check";

const run = (...args: string[]) => runLesson(main, args);

// The numbers below are the tutorial's own NumPy code's, independently of the lib: after
// np.random.seed(42) it draws the same start and picks, and `python3 bench/article_numpy.py train`
// prints "first 3.06751778, lowest 1.88457173, last 1.90386619" (a test below checks
// all 100 errors, for seeds 42 and 7).
Deno.test("lesson 08 trains on the eight points: error 3.06751778 at first, 1.88457173 at its lowest, 1.90386619 last", async () => {
  const { code, out, err } = await run();
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 9), [
    "Training data: data/tutorial.csv, 8 samples of 2 inputs",
    "  (x1, x2 -> target)",
    "Seed 42: starting weights [ 0.49671415 -0.1382643 ], bias [0.64768854]",
    "Training for 10000 iterations at learning rate 0.1, one random sample each.",
    "Cumulative error over all 8 samples, every 100 iterations (100 values):",
    "  first  (iteration 0): 3.06751778",
    "  lowest (iteration 9000): 1.88457173",
    "  last   (iteration 9900): 1.90386619",
    "",
  ]);
});

Deno.test("lesson 08 explains its 4/8 from the run: chance level, no separating line, a higher error can get more right", async () => {
  const { out } = await run();
  const text = out.join("\n");
  assert.include(
    text,
    "Final weights [0.12828862 0.46603092], bias [-0.94769653]:\n" +
      "4/8 samples classified correctly.",
  );
  assert.include(
    text,
    [
      "The error fell from 3.07 to 1.90. Then it goes up and down: from iteration 4900",
      "to the end its rises add up to 3.4320, more than its net fall of 0.0760. Each",
      "step follows one random sample, so it can undo a little of what the others",
      "taught; at the floor each sample's own slope is not 0 (the slopes only cancel",
      "out summed over all samples), so with a constant learning rate the steps never",
      "shrink to nothing: the error hovers above its floor instead of settling (a",
      "smaller rate gives a lower, smoother floor, and takes longer to get there).",
      "",
      "Why 4/8? These 8 points hold 4 of class 1 and 4 of class 0, so always guessing",
      "one class gets 4/8: chance level. No straight line separates the classes; the",
      "best gets 6/8. Training lowers the squared error, not the count of mistakes, and",
      "the two disagree: the line with the lowest squared error any line reaches,",
      "1.884, gets 4/8, while the line [0.14 0.34], bias -1.09, at 1.900, gets 6/8:",
      "near the floor several predictions sit close to 0.5, and the squared error",
      "barely cares which side they fall on. This run ends at 1.904 with 4/8. One",
      "neuron can only draw a straight line; lesson 10 adds a hidden layer, which can",
      "bend it.",
    ].join("\n"),
  );
  assert.include(text, "Try this:\n  deno run lessons/08_train.ts --learning-rate 5");
});

Deno.test("the two lines lesson 08 names: the lowest squared error (1.88380625) and 6/8, the most any line gets", () => {
  const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");
  const judge = ({ weights, bias }: { weights: readonly number[]; bias: number }) => {
    const network = new NeuralNetwork({ learningRate: 0.1, weights: [...weights], bias });
    const predict = (x: readonly number[]) => network.predict(x);
    return {
      error: cumulativeError(predict, inputs, targets),
      right: inputs.filter((x, i) => predictedClass(predict(x)) === targets[i]).length,
    };
  };
  // The lowest error: lesson 14's full batch descends to 1.88380625, and no small move lowers it.
  const lowest = judge(LOWEST_ERROR_LINE);
  assert.closeTo(lowest.error, 1.88380625, 5e-8);
  assert.equal(lowest.right, 4);
  const { weights, bias } = LOWEST_ERROR_LINE;
  for (const [dw1, dw2, db] of [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, -1, 1], [-1, 1, 1]]) {
    for (const h of [1e-3, -1e-3]) {
      const moved = { weights: [weights[0] + h * dw1, weights[1] + h * dw2], bias: bias + h * db };
      assert.isAbove(judge(moved).error, lowest.error, `moved by ${h} * ${[dw1, dw2, db]}`);
    }
  }
  const six = judge(SIX_RIGHT_LINE);
  assert.equal(six.right, 6);
  assert.closeTo(six.error, 1.900, 5e-4);
  // No line gets 7/8: every split a line makes is made by one through two of the points, moved a
  // hair to either side and turned a hair either way, with either side class 1.
  let most = 0;
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const [[x1, y1], [x2, y2]] = [inputs[i], inputs[j]];
      for (const turn of [-1e-6, 0, 1e-6]) {
        const [nx, ny] = [-(y2 - y1) + turn * (x2 - x1), x2 - x1 + turn * (y2 - y1)];
        for (const shift of [-1e-6, 1e-6]) {
          for (const sign of [1, -1]) {
            const side = (x: readonly number[]) =>
              sign * (nx * (x[0] - x1) + ny * (x[1] - y1) + shift) > 0 ? 1 : 0;
            most = Math.max(most, inputs.filter((x, k) => side(x) === targets[k]).length);
          }
        }
      }
    }
  }
  assert.equal(most, 6);
});

Deno.test("lesson 08 is reproducible byte for byte, and --seed changes it", async () => {
  const first = await run();
  assert.deepEqual(await run(), first);
  assert.deepEqual(await run("--seed", "42"), first);
  const other = await run("--seed", "7");
  assert.notDeepEqual(other.out, first.out);
  assert.equal(
    other.out[2],
    "Seed 7: starting weights [ 1.6905257  -0.46593737], bias [0.03282016]",
  );
});

Deno.test("lesson 08 honours --learning-rate and --iterations", async () => {
  const { code, out } = await run("--learning-rate", "0.05", "--iterations", "1000");
  assert.equal(code, 0);
  assert.include(
    out,
    "Training for 1000 iterations at learning rate 0.05, one random sample each.",
  );
  assert.include(out, "Cumulative error over all 8 samples, every 100 iterations (10 values):");
  assert.match(out.join("\n"), /\n {2}last {3}\(iteration 900\): \d/);
});

Deno.test("a learning rate too large: each plateau explained from the run's records, the default rate suggested", async () => {
  const { code, out } = await run("--learning-rate", "5");
  assert.equal(code, 0);
  const text = out.join("\n");
  // At seed 42 the error goes from 3.19 up to 4.00 and ends at 3.00 (the same in NumPy, which
  // shows the second plateau too: 3.9998 from 2700 to 5200). A tenth of 5, 0.5, overshoots in
  // its turn, so the suggestion is never above the default 0.1, which learns.
  assert.include(
    text,
    [
      "The error fell by less than a fifth (3.19 to 3.00). From iteration 100 to 2500",
      "it sat between 3.99 and 4.00: every prediction was within 0.0052 of 0 or 1, 4 of",
      "them wrong, each costing about 1. So the sigmoid's slope p(1-p) was below 0.0052",
      "too, and every step is the rate times that slope: a plateau, where the weights",
      "barely move. It sat on one again from 2700 to 5200, between 3.99 and 4.00. At",
      "the start the least sure prediction was 0.27 from 0 or 1; by iteration 100,",
      "steps this large had thrown the weights deep into the sigmoid's flat ends. Try",
      "--learning-rate 0.1.",
    ].join("\n"),
  );
  assert.include(
    text,
    "barely cares which side they fall on. This run ends higher, at 3.001, and gets\n" +
      "5/8: a higher error, more points right. One neuron can only draw a straight\n" +
      "line; lesson 10 adds a hidden layer, which can bend it.",
  );
  // Near the floor too: seed 23 ends 0.004 above the lowest error, with one point more right.
  assert.include(
    (await run("--seed", "23")).out.join("\n"),
    "barely cares which side they fall on. This run ends higher, at 1.888, and gets\n" +
      "5/8: a higher error, more points right.",
  );
  // The experiment's answer, held back until asked, tells this run.
  const { answer } = (spec.experiments ?? []).find((e) => e.command.endsWith("--learning-rate 5"))!;
  assert.include(text, "  first  (iteration 0): 3.19017677");
  assert.include(text, "  last   (iteration 9900): 3.00072911");
  assert.include(text, "5/8 samples classified correctly.");
  for (const told of ["3.19", "4.00", "3.00", "5/8"]) assert.include(answer, told);
});

Deno.test("a plateau from the start is not the rate's doing: inputs of 30 saturate the first prediction", async () => {
  const files = memoryFiles({ "sat.csv": "x1,x2,target\n30,0,0\n-30,0,1\n" });
  const { code, out } = await runLesson(main, ["--data", "sat.csv"], files);
  assert.equal(code, 0);
  assert.include(
    out.join("\n"),
    [
      "The error fell by less than a fifth (2.00 to 2.00). From iteration 0 to 9900 it",
      "sat at 2.00: every prediction was within 0.0000024 of 0 or 1, 2 of them wrong,",
      "each costing about 1. So the sigmoid's slope p(1-p) was below 0.0000024 too, and",
      "every step is the rate times that slope: a plateau, where the weights barely",
      "move. The start was already there: the starting weights put every prediction",
      "within 6.5e-7 of 0 or 1, so the rate is not to blame. Try --standardize, or",
      "another --seed.",
    ].join("\n"),
  );
});

Deno.test("a run still falling at its end is not said to hover: it says how far the second half fell", async () => {
  const short = (await run("--iterations", "300")).out.join("\n");
  assert.include(
    short,
    "The error fell from 3.07 to 2.11. It is still falling: from iteration 100 to the\n" +
      "end it fell by 0.7790, without a single rise. Train longer (--iterations) to see\n" +
      "where it levels off.",
  );
  const slow = (await run("--learning-rate", "0.001")).out.join("\n");
  assert.include(
    slow,
    "The error fell from 3.06 to 2.00. It is still falling: from iteration 4900 to\n" +
      "the end it fell by 0.0584 and its rises add up to only 0.0193. Train longer\n" +
      "(--iterations) to see where it levels off.",
  );
  for (const text of [short, slow]) assert.notInclude(text, "hovers");
  // Seed 7 ends its second half higher than it began it.
  assert.include(
    (await run("--seed", "7")).out.join("\n"),
    "The error fell from 3.57 to 2.08. Then it goes up and down: from iteration 4900\n" +
      "to the end its rises add up to 4.5815, and it ends 0.1949 higher than it was.",
  );
});

Deno.test("secondHalf: the second half's net fall and the sum of its rises", () => {
  assert.deepEqual(secondHalf([5, 4, 3, 4, 2]), { fell: 1, rose: 1 });
  assert.deepEqual(secondHalf([5, 4, 3, 2]), { fell: 2, rose: 0 });
  assert.deepEqual(secondHalf([1, 2, 3]), { fell: -1, rose: 1 });
});

Deno.test("one value is no curve: 100 iterations say so", async () => {
  const { out } = await run("--iterations", "100");
  assert.include(
    out,
    "One value is no curve: train for more than 100 iterations to see one.",
  );
});

Deno.test("2 of 3 predictions exactly 0 or 1 at the end: those samples move nothing, and the lesson says so", async () => {
  const files = memoryFiles({ "part.csv": "x1,x2,target\n1000,0,0\n-20000,0,1\n0.1,0,0\n" });
  const { code, out } = await runLesson(main, ["--data", "part.csv"], files);
  assert.equal(code, 0);
  assert.include(
    out.join("\n"),
    [
      "The error fell by less than a fifth (2.44 to 2.00). At the end, 2 of the 3",
      "predictions are exactly 0 or 1 in floating point. A prediction that is exactly 0",
      "or 1 has a slope p(1-p) of 0, so its sample no longer moves any parameter, right",
      "or wrong. The inputs' largest values go from 0 in one column to 20000 in",
      "another: weighted sums that large put the sigmoid far out on its flat ends. Try",
      "--standardize.",
    ].join("\n"),
  );
  files.files["one.csv"] = "x1,x2,target\n1000,0,0\n-1000,0,1\n0.1,0,0\n";
  const one = await runLesson(main, ["--data", "one.csv"], files);
  assert.include(one.out.join("\n"), "At the end, 1 of the 3\npredictions is exactly 0 or 1");
});

Deno.test("raw breast_cancer.csv freezes: from iteration 200 every prediction is exactly 0 or 1, so no parameter moves", async () => {
  const files = memoryFiles({ "data/breast_cancer.csv": breastCancerCsv });
  const unscaled = await runLesson(main, ["--data", "data/breast_cancer.csv"], files);
  assert.equal(unscaled.code, 0);
  assert.include(
    unscaled.out.join("\n"),
    [
      "The error fell by less than a fifth (258.41 to 212.00). From iteration 200 on,",
      "every one of the 569 predictions is exactly 0 or 1 in floating point, so the",
      "sigmoid's slope p(1-p) rounds to 0, every gradient is 0 and no parameter moves",
      "again: 212 samples stay wrong, each costing exactly 1 to the error. The inputs'",
      "largest values go from 0.02984 in one column to 4254 in another: weighted sums",
      "that large put the sigmoid far out on its flat ends. Try --standardize.",
    ].join("\n"),
  );
});

Deno.test("features on scales 100,000 times apart freeze from iteration 0; --standardize learns", async () => {
  // Like the breast cancer data (mean_area up to 2501, mean_fractal_dimension about 0.05).
  const files = memoryFiles();
  const rows = ["big,small,target"];
  for (let i = 0; i < 40; i++) {
    rows.push(`${1000 + 50 * (i % 7)},${0.01 + 0.001 * (i % 5)},${i % 2}`);
  }
  files.files["scales.csv"] = rows.join("\n");
  const unscaled = await runLesson(main, ["--data", "scales.csv"], files);
  assert.equal(unscaled.code, 0);
  const text = unscaled.out.join("\n");
  assert.include(text, "Final weights [ 0.49671415 -0.1382643 ], bias [0.64768854]:");
  assert.include(
    text,
    [
      "The error did not fall (20.00 to 20.00). From iteration 0 on, every one of the",
      "40 predictions is exactly 0 or 1 in floating point, so the sigmoid's slope",
      "p(1-p) rounds to 0, every gradient is 0 and no parameter moves again: 20 samples",
      "stay wrong, each costing exactly 1 to the error. The inputs' largest values go",
      "from 0.014 in one column to 1300 in another: weighted sums that large put the",
      "sigmoid far out on its flat ends. Try --standardize.",
    ].join("\n"),
  );
  const scaled = await runLesson(main, ["--data", "scales.csv", "--standardize"], files);
  assert.include(scaled.out, "Features standardised: each has mean 0 and deviation 1.");
  assert.notInclude(scaled.out.join("\n"), "--standardize.");
  assert.notInclude(scaled.out.join("\n"), "exactly 0 or 1");
});

Deno.test("outputs that would overwrite the data or each other are refused before any work: exit 2", async () => {
  for (
    const [args, message] of [
      [
        ["--data", "o/d.csv", "--plot", "o/d.csv"],
        "--plot o/d.csv would overwrite the input --data",
      ],
      [["--data", "o/d.csv", "--boundary", "./o//d.csv"], "--boundary ./o//d.csv would overwrite"],
      [["--plot", "a.svg", "--boundary", "a.svg"], "--plot and --boundary name the same file"],
      [["--plot", "data/tutorial.csv"], "would overwrite the input --data data/tutorial.csv"],
    ] as const
  ) {
    const files = memoryFiles({ "o/d.csv": "x1,x2,target\n1,2,0\n" });
    const { code, out, err } = await runLesson(main, [...args], files);
    assert.equal(code, 2, args.join(" "));
    assert.deepEqual(out, []);
    assert.lengthOf(err, 1);
    assert.include(err[0], message);
    assert.equal(files.files["o/d.csv"], "x1,x2,target\n1,2,0\n", "the data is untouched");
  }
});

Deno.test("--boundary with other than two inputs is refused before training: exit 1", async () => {
  const files = memoryFiles({ "three.csv": "a,b,c,target\n1,2,3,0\n4,5,6,1\n" });
  const { code, out, err } = await runLesson(main, [
    "--data",
    "three.csv",
    "--boundary",
    "b.svg",
  ], files);
  assert.equal(code, 1);
  assert.deepEqual(out, [], "nothing printed, nothing trained");
  assert.deepEqual(err, [
    "Error: --boundary draws the plane of two inputs, but three.csv has 3",
  ]);
});

Deno.test("lesson 08 --plot and --boundary write their pictures", async () => {
  const files = memoryFiles();
  const { code, out } = await runLesson(main, [
    "--iterations",
    "500",
    "--plot",
    "out/chart.svg",
    "--boundary",
    "out/boundary.svg",
  ], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the chart to out/chart.svg");
  assert.include(out, "Wrote the decision boundary to out/boundary.svg");
  assert.match(files.files["out/chart.svg"], /^<svg/);
  assert.match(files.files["out/boundary.svg"], /^<svg/);
});

Deno.test("lesson 08 --help lists every flag with its default, the cost of a run and the data limit", async () => {
  const { code, out } = await run("--help");
  assert.equal(code, 0);
  const help = out.join("\n").replace(/\n {20,}/g, " "); // unwrap the wrapped descriptions
  for (
    const flag of [
      /--learning-rate RATE .*\(default: 0\.1;/,
      /--iterations N .*iterations \* \(1 \+ rows \/ 100\) predictions \(default: 10000;/,
      /--seed N .*\(default: 42;/,
      /--data PATH .*at most 100 MB.*\(default: data\/tutorial\.csv\)/,
      /--standardize +Rescale each feature/,
      /--plot PATH /,
      /Examples:\n {2}deno run lessons\/08_train\.ts/,
    ]
  ) assert.match(help, flag);
  for (const line of out.join("\n").split("\n")) assert.isAtMost(line.length, 80, line);
});

Deno.test("lesson 08 --data without read permission says which flag grants it, exit 1", async () => {
  const { code, out, err } = await runLesson(main, ["--data", "data/breast_cancer.csv"], denoFiles);
  assert.equal(code, 1);
  assert.deepEqual(out, []);
  assert.deepEqual(err, [
    "Error: --data data/breast_cancer.csv: reading it needs read permission; " +
    "run with --allow-read=data/breast_cancer.csv",
  ]);
});

Deno.test("lesson 08 --plot without write permission fails before any work: nothing printed, exit 1", async () => {
  const args = ["--plot", "out/chart.svg"];
  const { code, out, err } = await runLesson(main, args, denoFiles);
  assert.equal(code, 1);
  assert.deepEqual(out, [], "no training printed first");
  assert.lengthOf(err, 1);
  assert.match(err[0], /^Error: --plot out\/chart\.svg: writing it needs write permission/);
});

Deno.test("the chart's caption counts the records it draws: 250 iterations, 3 records, 0 to 200", async () => {
  const { out } = await run("--iterations", "250");
  const text = out.join("\n");
  assert.include(text, "every 100 iterations (3 values):");
  assert.include(text, "  x: iterations 0 to 200; y: the cumulative error.");
});

Deno.test("lesson 08's verdict at its edge: rises equal to the net fall are going up and down, not still falling", () => {
  // The second half of [5, 4, 3, 4, 2] is [3, 4, 2]: a net fall of 1 and a rise of exactly 1.
  assert.isFalse(stillFalling([5, 4, 3, 4, 2]));
  // The second half of [4, 3.5, 3, 2, 2.5, 1.5] is [3, 2, 2.5, 1.5]: a fall of 1.5, a rise of 0.5.
  assert.isTrue(stillFalling([4, 3.5, 3, 2, 2.5, 1.5]));
  // The second half of [5, 4, 3, 4, 3] is [3, 4, 3]: no net fall at all.
  assert.isFalse(stillFalling([5, 4, 3, 4, 3]));
  assert.isTrue(stillFalling([3, 2, 1]));
});

Deno.test("a frozen run counts its wrong samples in words: none, one, several", () => {
  assert.equal(frozenWrong(0), "every sample is right, each costing exactly 0 to the error");
  assert.equal(frozenWrong(1), "1 sample stays wrong, costing exactly 1 to the error");
  assert.equal(frozenWrong(4), "4 samples stay wrong, each costing exactly 1 to the error");
});

Deno.test("plateaus are every run of two or more saturated records, a lone one is none", () => {
  const saturated = (x: number) => x > 0;
  assert.deepEqual(runsOf([1, 1, 0, 1, 0, 1, 1, 1], saturated), [[1, 1], [1, 1, 1]]);
  assert.deepEqual(runsOf([0, 1, 0, 1], saturated), []);
  assert.deepEqual(runsOf([1, 1], saturated), [[1, 1]]);
  assert.deepEqual(runsOf([], saturated), []);
});

Deno.test("the smaller rate to try is a tenth, never above the tutorial's 0.1", () => {
  assert.equal(smallerRate(5), 0.1);
  assert.equal(smallerRate(1), 0.1);
  assert.equal(smallerRate(0.5), 0.05);
});

Deno.test("the chart's caption says when each column is a mean, and which errors its labels leave out", () => {
  // Four columns beside the labels: the axis and three more.
  const chart = "3.00 ┼╮\n2.50 ┤│\n2.00 ┤╰──";
  assert.equal(averaged([3, 2.5, 2, 2], chart), "", "one error a column: no means");
  assert.equal(averaged([3, 3, 2.5, 2.5, 2, 2, 2, 2], chart), ", each column the mean of 2 errors");
  assert.equal(
    averaged([3, 3, 3, 2.5, 2.5, 2, 2, 2, 2], chart),
    ", each column the mean of 2 or 3 errors",
  );
  assert.equal(
    averaged([3.5, 2.5, 2.5, 2.5, 2, 2, 2, 1.5], chart),
    ", each column the mean of 2 errors (so the first error, 3.50, is above the top label, " +
      "3.00, and the lowest, 1.50, below the bottom one, 2.00)",
  );
  assert.equal(
    averaged([3.004, 2.5, 2.5, 2.5, 2, 2, 2, 1.996], chart),
    ", each column the mean of 2 errors",
    "values that round to the labels are on them",
  );
});

Deno.test("lesson 08's lowest record, on a tie, is the first to reach it", () => {
  assert.equal(lowestRecord([3, 1, 2, 1]), 1);
  assert.equal(lowestRecord([3, 2, 1]), 2);
  assert.equal(lowestRecord([1, 1, 1]), 0, "a flat run's lowest is its start");
});

Deno.test("lesson 08's error fell by a fifth at exactly 80% of its start, not by less", () => {
  assert.isTrue(fellByAFifth(10, 8), "exactly a fifth");
  assert.isTrue(fellByAFifth(10, 2));
  assert.isFalse(fellByAFifth(10, 8.01), "a hair less than a fifth");
  assert.isFalse(fellByAFifth(2, 2), "no fall at all");
});

// Lesson 08 beside the tutorial's own code: bench/article_numpy.py, seeded with np.random.seed(n),
// draws the same starting weights and bias and makes the same picks, so it prints the same 100
// cumulative errors. Its output is checked in (made with
// `python3 bench/article_numpy.py errors 42 7 > bench/article_numpy_errors.json`); `deno task
// test:numpy` runs the Python again and checks that file against it.
const { inputs, targets } = parseDataset(tutorialCsv, "data/tutorial.csv");

for (const [seed, python] of Object.entries(numpy)) {
  Deno.test(`lesson 08 --seed ${seed} trains as the tutorial's code after np.random.seed(${seed})`, async () => {
    const network = new NeuralNetwork({ learningRate: 0.1, random: new RandomState(Number(seed)) });
    assert.deepEqual([network.weights, network.bias], [python.weights, python.bias]);
    const errors = network.train(inputs, targets, 10_000);
    assert.lengthOf(errors, 100);
    errors.forEach((error, k) => assert.closeTo(error, python.errors[k], 1e-12, `error ${k}`));

    const { out } = await runLesson(main, ["--seed", seed]);
    const lowest = Math.min(...python.errors);
    assert.include(
      out,
      `Seed ${seed}: starting weights ${formatArray(python.weights)}, ` +
        `bias ${formatArray([python.bias])}`,
    );
    assert.include(out, `  first  (iteration 0): ${formatNumber(python.errors[0])}`);
    assert.include(
      out,
      `  lowest (iteration ${python.errors.indexOf(lowest) * 100}): ${formatNumber(lowest)}`,
    );
    assert.include(out, `  last   (iteration 9900): ${formatNumber(python.errors[99])}`);
  });
}

// Lesson 08 on a data file far wider than the tutorial's: every number about the columns is
// found by a loop, never by spreading them into Math.min or Math.max, which overflows the stack
// at some hundred thousand arguments.
Deno.test("lesson 08 trains on a data file of 200,000 columns and summarises its weights", async () => {
  const columns = 200_000;
  const header = [...Array.from({ length: columns }, (_, j) => `x${j}`), "target"].join(",");
  const row = (target: number) =>
    [...Array.from({ length: columns }, (_, j) => (j % 7) / 7 - target), target].join(",");
  const csv = `${header}\n${row(0)}\n${row(1)}\n`;
  const files = memoryFiles({ "wide.csv": csv });
  const { code, out, err } = await runLesson(
    main,
    // One step is enough: the columns are read, the weights trained and summarised all the same
    // (200 steps took seven times as long).
    ["--data", "wide.csv", "--iterations", "1"],
    files,
  );
  assert.deepEqual(err, []);
  assert.equal(code, 0);
  assert.match(out.join("\n"), /200000 weights in \[-?\d/);
});

Deno.test("lesson 08 names up to six features, and abbreviates seven or more to the first and last", async () => {
  const csv = (n: number) => {
    const names = Array.from({ length: n }, (_, k) => `f${k + 1}`);
    return `${[...names, "target"].join(",")}\n${names.map(() => 1).join(",")},0\n`;
  };
  const files = memoryFiles({ "six.csv": csv(6), "seven.csv": csv(7) });
  const six = await runLesson(main, ["--data", "six.csv", "--iterations", "1"], files);
  assert.deepEqual(six.out.slice(0, 2), [
    "Training data: six.csv, 1 samples of 6 inputs",
    "  (f1, f2, f3, f4, f5, f6 -> target)",
  ]);
  const seven = await runLesson(main, ["--data", "seven.csv", "--iterations", "1"], files);
  assert.deepEqual(seven.out.slice(0, 2), [
    "Training data: seven.csv, 1 samples of 7 inputs",
    "  (f1, ..., f7 -> target)",
  ]);
});

Deno.test("lesson 08's chart is 10 rows high above its lowest label, 80 columns at most", async () => {
  const { out } = await runLesson(main);
  const chart = out[out.findIndex((line) => line.startsWith("  last ")) + 2].split("\n");
  assert.lengthOf(chart, 11);
  assert.isAtMost(Math.max(...chart.map((row) => row.length)), 80);
});

Deno.test("lesson 08's chart caption and its final line each end their block with a blank line", async () => {
  const { out } = await runLesson(main);
  const caption = out.findIndex((line) => line.startsWith("  x: iterations 0 to 9900"));
  assert.equal(out[caption + 1], "");
  assert.match(out[caption + 2], /^Final weights/);
  assert.deepEqual(out.slice(caption + 3, caption + 5), ["4/8 samples classified correctly.", ""]);
});

Deno.test("lesson 08 prints up to four weights, and summarises five or more by their range", async () => {
  const csv = (n: number) => {
    const names = Array.from({ length: n }, (_, k) => `f${k + 1}`);
    return `${[...names, "target"].join(",")}\n${names.map(() => 1).join(",")},0\n`;
  };
  const files = memoryFiles({ "four.csv": csv(4), "five.csv": csv(5) });
  const four = await runLesson(main, ["--data", "four.csv", "--iterations", "1"], files);
  // np.random.seed(42)'s randn() draws: the weights first, then the bias.
  assert.equal(
    four.out[2],
    "Seed 42: starting weights [ 0.49671415 -0.1382643   0.64768854  1.52302986], " +
      "bias [-0.23415337]",
  );
  const five = await runLesson(main, ["--data", "five.csv", "--iterations", "1"], files);
  assert.equal(five.out[2], "Seed 42: starting 5 weights in [-0.234, 1.52], bias [-0.23413696]");
});

// Learners change the numbers, feed their own CSV and mistype flags. Every mistake gets one clear
// line on stderr and an exit code: 2 for the command line, 1 for data and files. Lesson 08 runs
// in process, with files in memory, so these tests need no permission.
const runWith = (args: string[], files: Files = memoryFiles()) => runLesson(main, args, files);

/** Asserts one error line containing `message`, nothing on stdout, and the exit code. */
async function expectError(args: string[], code: number, message: string, files?: Files) {
  const result = await runWith(args, files);
  assert.equal(result.code, code, `exit code for ${args.join(" ")}`);
  assert.deepEqual(result.out, [], "nothing printed on stdout");
  assert.lengthOf(result.err, 1, "one line on stderr");
  assert.include(result.err[0], message);
  assert.notInclude(result.err[0], "    at ", "no stack trace");
}

/** A usage error: exit 2, and the line ends with the hint to run --help. */
async function usage(args: string[], message: string) {
  await expectError(args, 2, `Error: ${message}`);
  const { err } = await runWith(args);
  assert.match(err[0], /\. Run with --help for usage\.$/);
}

Deno.test("an unknown flag is named, with a hint to run --help: exit 2", async () => {
  await usage(["--learning_rate", "0.1"], "Unknown flag --learning_rate");
  await usage(["--plott", "x.svg"], "Unknown flag --plott");
  await usage(["-x"], "Unknown flag -x");
});

Deno.test("a flag without its value is named: exit 2", async () => {
  for (const flag of ["--learning-rate", "--iterations", "--seed", "--data", "--plot"]) {
    await usage([flag], `Missing a value for ${flag}`);
  }
  await usage(["--seed", "--iterations", "5"], "Missing a value for --seed");
});

Deno.test("a stray argument is named: exit 2", async () => {
  await usage(["0.5"], 'Unexpected argument "0.5": every value follows its flag');
});

Deno.test("a value that is not a number is quoted with its flag: exit 2", async () => {
  const rate = "expected a number above 0";
  await usage(["--learning-rate", "fast"], `Invalid --learning-rate "fast": ${rate}`);
  await usage(["--learning-rate", "0x"], `Invalid --learning-rate "0x": ${rate}`);
  const whole = "expected a whole number from 1 to 100000000";
  await usage(["--iterations", "many"], `Invalid --iterations "many": ${whole}`);
  const seed = "expected a whole number from 0 to 4294967295";
  await usage(["--seed", "abc"], `Invalid --seed "abc": ${seed}`);
  await usage(["--seed", ""], `Invalid --seed "": ${seed}`);
  await usage(["--seed", " "], `Invalid --seed " ": ${seed}`);
});

Deno.test("a learning rate that is not a positive finite number is refused: exit 2", async () => {
  for (const value of ["0", "-0.1", "-1", "Infinity", "1e999"]) {
    await usage(
      ["--learning-rate", value],
      `Invalid --learning-rate "${value}": expected a number above 0`,
    );
  }
  await usage(["--learning-rate=-2"], 'Invalid --learning-rate "-2": expected a number above 0');
  await usage(
    ["--learning-rate", "-.5"],
    'Invalid --learning-rate "-.5": expected a number above 0',
  );
});

Deno.test("iterations that are not a positive whole number are refused: exit 2", async () => {
  for (const value of ["0", "-5", "2.5"]) {
    await usage(
      ["--iterations", value],
      `Invalid --iterations "${value}": expected a whole number from 1 to 100000000`,
    );
  }
  await usage(
    ["--iterations", "1e12"],
    'Invalid --iterations "1e12": expected a whole number from 1 to 100000000',
  );
});

Deno.test("a seed that is not a whole number from 0 to 2^32 - 1 is refused: exit 2", async () => {
  for (const value of ["1.5", "-1", "4294967296"]) {
    await usage(["--seed", value], `Invalid --seed "${value}": expected a whole number from 0`);
  }
});

Deno.test("valid numbers in other spellings are accepted: 1e4 iterations, .1 learning rate", async () => {
  const { code, out } = await runWith(["--iterations", "1e3", "--learning-rate", ".1", "--seed=0"]);
  assert.equal(code, 0);
  assert.include(out, "Training for 1000 iterations at learning rate 0.1, one random sample each.");
});

// --data: the file and its content.

const data = (text: string) => memoryFiles({ "my.csv": text });
/** Bad data: exit 1, and the line starts with the file's name. */
async function badData(text: string, message: string) {
  await expectError(["--data", "my.csv"], 1, message, data(text));
  const { err } = await runWith(["--data", "my.csv"], data(text));
  assert.match(err[0], /^Error: my\.csv/);
}

Deno.test("--data with a missing file or a folder says so: exit 1", async () => {
  await expectError(["--data", "nope.csv"], 1, "Error: --data nope.csv: no such file");
  await expectError(
    ["--data", "data"],
    1,
    "Error: --data data: is a folder, not a file",
    memoryFiles({ "data/a.csv": "" }),
  );
});

Deno.test("--data without read permission names the flag that grants it: exit 1", async () => {
  const denied: Files = {
    ...memoryFiles(),
    readTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.NotCapable("Requires read access"))),
  };
  await expectError(
    ["--data", "my.csv"],
    1,
    "Error: --data my.csv: reading it needs read permission; run with --allow-read=my.csv",
    denied,
  );
});

Deno.test("--data that is empty, or a header only, is refused: exit 1", async () => {
  await badData("", " is empty: expected a header");
  await badData("\n  \n", " is empty");
  await badData("x1,x2,target\n", " has a header but no rows of data");
});

Deno.test("--data with a missing or misspelled target column is refused, quoting the header", async () => {
  await badData(
    "x1,x2\n1,2\n",
    ', line 1: the header must name the input columns and then "target"',
  );
  await badData("x1,x2,Target\n1,2,0\n", 'found "x1", "x2", "Target"');
});

Deno.test("--data with a row of too few or too many cells names the line: exit 1", async () => {
  await badData(
    "x1,x2,target\n1,2,0\n3,1\n",
    ", line 3: expected 3 cells (x1, x2, target), found 2",
  );
  await badData("x1,x2,target\n1,2,0,9\n", ", line 2: expected 3 cells (x1, x2, target), found 4");
});

Deno.test("--data with a bad cell names the line, the column and the value: exit 1", async () => {
  await badData("x1,x2,target\n1,two,0\n", ', line 2, column "x2": "two" is not a number');
  await badData("x1,x2,target\n1,,0\n", ', line 2, column "x2": the cell is empty');
  await badData(
    "x1,x2,target\n1e400,1,0\n",
    ', line 2, column "x1": "1e400" is not a finite number',
  );
  await badData("x1,x2,target\n-Infinity,1,0\n", '"-Infinity" is not a finite number');
});

Deno.test("--data with an unclosed quote is refused: exit 1", async () => {
  await badData('x1,x2,target\n"1,2,0\n', ", line 2: a quote is opened and never closed");
});

Deno.test("--data with a target that is not 0 or 1 is refused: exit 1", async () => {
  await badData("x1,x2,target\n1,2,3\n", ', line 2, column "target": 3 is not a class');
});

Deno.test("--data that is untidy but valid is accepted: BOM, CRLF, trailing blank line, spaces", async () => {
  const text = "\ufeffx1, x2 ,target\r\n 3 ,1.5,0\r\n2,1 , 1\r\n\r\n";
  const { code, out, err } = await runWith(["--data", "my.csv", "--iterations", "100"], data(text));
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  assert.deepEqual(out.slice(0, 2), [
    "Training data: my.csv, 2 samples of 2 inputs",
    "  (x1, x2 -> target)",
  ]);
});

Deno.test("--data with three input columns trains a network with three weights", async () => {
  const text = "a,b,c,target\n1,0,0,1\n0,1,0,0\n0,0,1,1\n";
  const { code, out } = await runWith(["--data", "my.csv", "--iterations", "100"], data(text));
  assert.equal(code, 0);
  assert.deepEqual(out.slice(0, 2), [
    "Training data: my.csv, 3 samples of 3 inputs",
    "  (a, b, c -> target)",
  ]);
  assert.match(out[2], /starting weights \[[^\]]+ [^\]]+ [^\]]+\]/);
});

Deno.test("training that diverges stops with one line that suggests a smaller learning rate: exit 1", async () => {
  // With seed 4 the first step at this absurd learning rate overflows the weights: the step is
  // the gradient, up to 2 * 0.25 * 8 = 4 for an input of 8, times 1e308.
  const args = ["--data", "my.csv", "--learning-rate", "1e308", "--seed", "4"];
  const { code, out, err } = await runWith(args, data("x1,target\n8,0\n-8,1\n"));
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: Training diverged at iteration 0: the numbers grew too large to compute. " +
    "Try a smaller learning rate than 1e+308",
  ]);
  assert.notInclude(out.join("\n"), "NaN");
});

Deno.test("100 iterations or fewer record one value, and the lesson says it is no curve", async () => {
  const { code, out } = await runWith(["--iterations", "100"]);
  assert.equal(code, 0);
  assert.include(out, "One value is no curve: train for more than 100 iterations to see one.");
});

Deno.test("a learning rate too large to learn, but finite, says the error did not fall", async () => {
  const { code, out } = await runWith(["--learning-rate", "100"]);
  assert.equal(code, 0);
  assert.include(
    out.join("\n"),
    [
      "The error did not fall (3.91 to 4.00). From iteration 100 to 9900 it sat at",
      "4.00: every prediction was within 8.2e-18 of 0 or 1, 4 of them wrong, each",
      "costing about 1. So the sigmoid's slope p(1-p) was below 8.2e-18 too, and every",
      "step is the rate times that slope: a plateau, where the weights barely move. At",
      "the start the least sure prediction was 0.27 from 0 or 1; by iteration 100,",
      "steps this large had thrown the weights deep into the sigmoid's flat ends. Try",
      "--learning-rate 0.1.",
    ].join("\n"),
  );
});

// --plot: the output file.

Deno.test("--plot into a folder that does not exist creates it and leaves no temporary file", async () => {
  const files = memoryFiles();
  const { code, out } = await runWith(
    ["--iterations", "200", "--plot", "new/deep/chart.svg"],
    files,
  );
  assert.equal(code, 0);
  assert.include(out, "Wrote the chart to new/deep/chart.svg");
  assert.deepEqual(Object.keys(files.files), ["new/deep/chart.svg"]);
  assert.match(files.files["new/deep/chart.svg"], /^<svg/);
});

Deno.test("--plot without write permission names the flags that grant it: exit 1", async () => {
  const denied: Files = {
    ...memoryFiles(),
    writeTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.NotCapable("Requires write access"))),
  };
  const { code, err } = await runWith(["--iterations", "100", "--plot", "out/chart.svg"], denied);
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: --plot out/chart.svg: writing it needs write permission, and read permission to " +
    "move it into place; run with --allow-read=out --allow-write=out",
  ]);
});

Deno.test("--plot where the system denies writing says so, without blaming Deno's flags", async () => {
  const denied: Files = {
    ...memoryFiles(),
    mkdir: () => Promise.reject(fileErrorOf(new Deno.errors.PermissionDenied("Permission denied"))),
  };
  const { code, err } = await runWith(["--iterations", "100", "--plot", "/root/x.svg"], denied);
  assert.equal(code, 1);
  assert.deepEqual(err, ["Error: --plot /root/x.svg: the system denies writing there"]);
});

Deno.test("--data where the system denies reading says so", async () => {
  const denied: Files = {
    ...memoryFiles(),
    readTextFile: () =>
      Promise.reject(fileErrorOf(new Deno.errors.PermissionDenied("Permission denied"))),
  };
  await expectError(
    ["--data", "x.csv"],
    1,
    "Error: --data x.csv: the system denies reading it",
    denied,
  );
});

Deno.test("--plot that fails half-way leaves no half-written file behind", async () => {
  const files = memoryFiles({ "out/chart.svg": "the old chart" });
  const failing: Files = {
    ...files,
    rename: () => Promise.reject(new Error("disk full")),
  };
  const { code, err } = await runWith(["--iterations", "100", "--plot", "out/chart.svg"], failing);
  assert.equal(code, 1);
  assert.deepEqual(err, ["Error: --plot out/chart.svg: cannot write it (disk full)"]);
  assert.deepEqual(files.files, { "out/chart.svg": "the old chart" }, "old file intact, no temp");
});

Deno.test("--boundary writes the decision boundary of the eight points as SVG", async () => {
  const files = memoryFiles();
  const { code, out } = await runWith(["--iterations", "200", "--boundary", "out/b.svg"], files);
  assert.equal(code, 0);
  assert.include(out, "Wrote the decision boundary to out/b.svg");
  assert.include(
    files.files["out/b.svg"],
    "The neuron's decision boundary after training (seed 42)",
  );
});

Deno.test("--boundary with data of three inputs says it needs two: exit 1", async () => {
  const text = "a,b,c,target\n1,0,0,1\n0,1,0,0\n";
  const { code, err } = await runWith(["--data", "my.csv", "--boundary", "b.svg"], data(text));
  assert.equal(code, 1);
  assert.deepEqual(err, [
    "Error: --boundary draws the plane of two inputs, but my.csv has 3",
  ]);
});

// --data: how large, how its lines end, what its messages may hold.

/** An endless file of zero bytes, like /dev/zero; `read.bytes` counts what was taken from it. */
function endless() {
  const read = { bytes: 0 };
  async function* zeros() {
    const chunk = new Uint8Array(65536);
    for (;;) {
      read.bytes += chunk.byteLength;
      yield chunk;
    }
  }
  const files: Files = {
    ...memoryFiles(),
    readTextFile: (_path, maxBytes) => readLimited(zeros(), maxBytes),
  };
  return { files, read };
}

Deno.test("--data that never ends (/dev/zero) stops at 100 MB with one line: exit 1", async () => {
  const { files, read } = endless();
  await expectError(
    ["--data", "/dev/zero"],
    1,
    "Error: --data /dev/zero: larger than 100 MB, the most --data reads",
    files,
  );
  assert.isAtMost(read.bytes, 100_000_000 + 65536, "reading stopped at the limit");
});

Deno.test("--data /dev/stdin says Deno reads it only with --allow-all, not --allow-read", async () => {
  for (const path of ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]) {
    const stdin: Files = {
      ...memoryFiles(),
      readTextFile: () =>
        Promise.reject(
          fileErrorOf(
            new Deno.errors.NotCapable(
              `Requires all access to "${path}", run again with the --allow-all flag`,
            ),
          ),
        ),
    };
    const { code, err } = await runWith(["--data", path], stdin);
    assert.equal(code, 1);
    assert.deepEqual(err, [
      `Error: --data ${path}: Deno reads this path only with --allow-all; save the data to a ` +
      "file and pass that file, with --allow-read for it",
    ]);
  }
});

Deno.test("--data with mixed line endings trains on every row: CRLF with one LF line", async () => {
  for (
    const text of [
      "x1,x2,target\r\n3,1.5,0\n2,1,1\r\n4,1.5,0\r\n",
      "x1,x2,target\n3,1.5,0\r\n2,1,1\r4,1.5,0\n",
    ]
  ) {
    const { code, out, err } = await runWith(
      ["--data", "my.csv", "--iterations", "100"],
      data(text),
    );
    assert.deepEqual({ code, err }, { code: 0, err: [] });
    assert.equal(out[0], "Training data: my.csv, 3 samples of 2 inputs");
  }
});

Deno.test("--data with an empty or repeated header name is refused, naming the column: exit 1", async () => {
  await badData("x1,,target\n1,2,0\n", ", line 1: column 2 of the header has no name");
  await badData("x1,x1,target\n1,2,0\n", ', line 1: the header names "x1" twice, columns 1 and 2');
});

Deno.test("--data messages stay on one line: line breaks and escape codes are shown escaped", async () => {
  await badData('x1,x2,target\n1,"2\n3",0\n', ', line 2, column "x2": "2\\n3" is not a number');
  await badData('x1,x2,target\n1,"\x1b[2J",0\n', '"\\x1b[2J" is not a number');
  await badData('x1,x2,target\n1,"2\r",0\n', '"2\\r" is not a number');
  await expectError(["--data", "a\nb.csv"], 1, "Error: --data a\\nb.csv: no such file");
});

Deno.test("property: whatever a data file holds, the lesson trains or prints one short safe line", async () => {
  // deno-lint-ignore no-control-regex
  const unsafe = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'x1,target0.5e"\r\n \x1b'), maxLength: 200 }),
  );
  await fc.assert(
    fc.asyncProperty(text, async (csv) => {
      const { code, err } = await runWith(["--data", "my.csv", "--iterations", "1"], data(csv));
      if (code === 0) return err.length === 0;
      return code === 1 && err.length === 1 && !unsafe.test(err[0]) && err[0].length <= 400;
    }),
    { numRuns: 200 },
  );
});

/** What explain() prints for these errors and records, on two samples [[1, 1], [2, 2]]. */
function explained(
  errors: number[],
  records: Certainty[],
  { start = records[0], learningRate = 5, standardize = true, inputs = [[1, 1], [2, 2]] }: {
    start?: Certainty;
    learningRate?: number;
    standardize?: boolean;
    inputs?: number[][];
  } = {},
): string[] {
  const io = captureIo();
  const flags = { learningRate, standardize } as FlagValues<typeof spec.flags>;
  explain(io, errors, start, records, flags, inputs);
  return unwrap(io.out);
}
const sure = (iteration: number, leastSure: number, exact = 0, wrong = 1): Certainty => ({
  iteration,
  wrong,
  leastSure,
  exact,
});

Deno.test("why the error did not fall, each reason alone: one value, frozen, a plateau, exact predictions, overshooting", () => {
  assert.deepEqual(explained([3], [sure(0, 0.5)]), [
    "One value is no curve: train for more than 100 iterations to see one.",
  ]);
  const frozen = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0, 2), sure(200, 0, 2)]);
  assert.lengthOf(frozen, 1);
  assert.match(frozen[0], /^The error did not fall \(4\.00 to 4\.00\)\. From iteration 100 on/);
  // A plateau: every prediction nearer than 0.01 to 0 or 1 at two records or more.
  const plateau = explained([4, 3.9, 3.9], [sure(0, 0.5), sure(100, 0.005), sure(200, 0.005)]);
  assert.deepEqual(plateau, [
    "The error fell by less than a fifth (4.00 to 3.90). From iteration 100 to 200 it sat at " +
    "3.90: every prediction was within 0.0050 of 0 or 1, 1 of them wrong, each costing about " +
    "1. So the sigmoid's slope p(1-p) was below 0.0050 too, and every step is the rate times " +
    "that slope: a plateau, where the weights barely move. At the start the least sure " +
    "prediction was 0.50 from 0 or 1; by iteration 100, steps this large had thrown the " +
    "weights deep into the sigmoid's flat ends. Try --learning-rate 0.1.",
  ]);
  const edge = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0.01), sure(200, 0.01)]);
  assert.notMatch(edge[0], /plateau/, "exactly 0.01 from 0 or 1 is not saturated");
  const already = explained([4, 4, 4], [sure(0, 0.005), sure(100, 0.005)]);
  assert.match(
    already[0],
    /The start was already there: the starting weights put every prediction within 0\.0050 of 0 or 1/,
  );
  const notAlready = explained([4, 4, 4], [sure(100, 0.005), sure(200, 0.005)], {
    start: sure(0, 0.01),
  });
  assert.match(notAlready[0], /At the start the least sure prediction was 0\.01 from 0 or 1/);
  // At the end some predictions exactly 0 or 1: the last record counts, not the one before.
  const exact = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0.3, 0), sure(200, 0.3, 1)]);
  assert.lengthOf(exact, 1);
  assert.match(exact[0], /At the end, 1 of the 2 predictions is exactly 0 or 1 in floating point/);
  // Overshooting, and stuck only when every prediction ends nearer than 0.1 to 0 or 1.
  const near = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0.3), sure(200, 0.1)]);
  assert.deepEqual(near, [
    "The error did not fall (4.00 to 4.00). A learning rate that is too large overshoots: each " +
    "step jumps past the low ground it aimed at. Try --learning-rate 0.1.",
  ]);
  const stuck = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0.3), sure(200, 0.09)]);
  assert.include(stuck[0], "It ends with every prediction within 0.09 of 0 or 1, 1 of them wrong");
});

Deno.test("the inputs' largest values are given to 4 significant digits when they are not standardised", () => {
  const [text] = explained([4, 4, 4], [sure(0, 0.5), sure(100, 0.3), sure(200, 0.3, 1)], {
    standardize: false,
    inputs: [[12345.6, 0.123456], [1, -0.5]],
  });
  assert.include(
    text,
    "The inputs' largest values go from 0.5 in one column to 12350 in another: weighted sums " +
      "that large put the sigmoid far out on its flat ends. Try --standardize.",
  );
});

Deno.test("a caption's means beside a chart whose labels are whole numbers: no decimals", () => {
  const chart = "3 ┼╮\n2 ┤│\n1 ┤╰";
  assert.equal(
    averaged([3.4, 3, 2, 2, 1, 1, 1, 1], chart),
    ", each column the mean of 4 errors",
    "3.4 shows as 3, not above the top label 3",
  );
});

Deno.test("a run that fell, then went up and down to where its second half began: a net fall of 0, not a rise", () => {
  const [text] = explained([10, 2, 3, 2], [sure(0, 0.5)]);
  assert.include(
    text,
    "The error fell from 10.00 to 2.00. Then it goes up and down: from iteration 100 to the " +
      "end its rises add up to 1.0000, more than its net fall of 0.0000. Each step",
  );
});

Deno.test("lesson 08's default run keeps every lesson's promises: exit 0, 80 columns, its Try this without answers", async () => {
  assertDefaultRun("08", spec, await runLesson(main));
});
