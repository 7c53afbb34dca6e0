import { assert } from "chai";
import { main } from "./08_train.ts";
import { denoFiles } from "../runtime/io.ts";
import { memoryFiles, runLesson } from "../runtime/testing.ts";

const run = (...args: string[]) => runLesson(main, args);

// The numbers below are the tutorial's own NumPy code's, independently of the lib: after
// np.random.seed(42) it draws the same start and picks, and `python3 bench/article_numpy.py train`
// prints "first 3.06751778, lowest 1.88457173, last 1.90386619" (08_train_numpy_test.ts checks
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

Deno.test("lesson 08 explains its 4/8: chance level, no separating line, lesson 10 next", async () => {
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
      "Why only about half right? These eight points hold four of each class, so",
      "always guessing one class also gets 4/8: chance level. No straight line",
      "separates the classes (the best line gets 6/8), and the line with the lowest",
      "squared error, whose summed error of about 1.88 is the curve's floor, still",
      "gets only 4/8. One neuron can only draw a straight line; lesson 10 adds a",
      "hidden layer, which can bend it.",
    ].join("\n"),
  );
  assert.include(text, "Try this:\n  deno run lessons/08_train.ts --learning-rate 5");
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

Deno.test("a learning rate too large to learn says so and suggests a rate ten times smaller", async () => {
  const { code, out } = await run("--learning-rate", "5");
  assert.equal(code, 0);
  const text = out.join("\n");
  // At seed 42 the error goes from 3.19 up to 4.00 and ends at 3.00 (the same in NumPy).
  assert.include(
    text,
    "The error fell by less than a fifth (3.19 to 3.00).\n" +
      "A learning rate that is too large overshoots and\n" +
      "saturates the sigmoid. Try --learning-rate 0.5.",
  );
});

Deno.test("one value is no curve: 100 iterations say so", async () => {
  const { out } = await run("--iterations", "100");
  assert.include(
    out,
    "One value is no curve: train for more than 100 iterations to see one.",
  );
});

Deno.test("the breast cancer data unscaled does not learn, and the lesson points to --standardize, which learns", async () => {
  // Features on scales 100,000 times apart, like the breast cancer data (mean_area up to 2501,
  // mean_fractal_dimension about 0.05).
  const files = memoryFiles();
  const rows = ["big,small,target"];
  for (let i = 0; i < 40; i++) {
    rows.push(`${1000 + 50 * (i % 7)},${0.01 + 0.001 * (i % 5)},${i % 2}`);
  }
  files.files["scales.csv"] = rows.join("\n");
  const unscaled = await runLesson(main, ["--data", "scales.csv"], files);
  assert.equal(unscaled.code, 0);
  const text = unscaled.out.join("\n");
  assert.include(text, "The error did not fall. The features are on very different scales: their");
  assert.include(text, "Try\n--standardize.");
  const scaled = await runLesson(main, ["--data", "scales.csv", "--standardize"], files);
  assert.include(scaled.out, "Features standardised: each has mean 0 and deviation 1.");
  assert.notInclude(scaled.out.join("\n"), "Try\n--standardize.");
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
