// deno task pictures, tested: each lesson draws its pictures through its own flags, the drawing is
// docs/'s files byte for byte, and --check names each picture missing or out of date. A drawing
// runs eight lessons and the charting library, about 1.3 s, so it runs apart from plain deno test
// (issue 27: that stays within 30 s), in its own task, which CI runs; it needs no permission.
//
// Run it: deno task test:pictures

import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { LessonError } from "../runtime/cli.ts";
import { FileError, type Files } from "../runtime/io.ts";
import { captureIo, memoryFiles } from "../runtime/testing.ts";
import { drawPictures, PICTURE_RUNS, reportStale, stalePictures } from "./pictures.ts";
import cumulativeError from "../docs/cumulative_error.svg" with { type: "text" };
import tutorialBoundary from "../docs/tutorial_boundary.svg" with { type: "text" };
import xorBoundary from "../docs/xor_boundary.svg" with { type: "text" };
import diagnosisTraining from "../docs/diagnosis_training.svg" with { type: "text" };
import lossLandscape from "../docs/loss_landscape.svg" with { type: "text" };
import batches from "../docs/batches.svg" with { type: "text" };
import generalisation from "../docs/generalisation.svg" with { type: "text" };
import learningRates from "../docs/learning_rates.svg" with { type: "text" };
import autogradGraph from "../docs/autograd_graph.svg" with { type: "text" };

const paths = PICTURE_RUNS.flatMap((run) => run.pictures.map(([, path]) => path));

Deno.test("the README's pictures: lessons 08 to 17 draw them, each an SVG file in docs/", () => {
  assert.includeMembers(paths, [
    "docs/cumulative_error.svg",
    "docs/tutorial_boundary.svg",
    "docs/xor_boundary.svg",
    "docs/diagnosis_training.svg",
    "docs/loss_landscape.svg",
    "docs/batches.svg",
    "docs/generalisation.svg",
    "docs/learning_rates.svg",
    "docs/autograd_graph.svg",
  ]);
  for (const path of paths) assert.match(path, /^docs\/[a-z_]+\.svg$/);
});

// A drawing runs eight lessons, lesson 11's training among them, so the tests share one: the
// first drawing, made on first use. (A second drawing, which the seeded test and --check's made,
// took 5.3 s of this file's 13.8 s in a deno test at load average 8.)
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => made ??= make();
};

const firstDrawing = once(async () => {
  const files = memoryFiles();
  const io = captureIo();
  const drawn = await drawPictures(files, io);
  return { files, io, drawn };
});

// `--check` against files made from the first drawing: the error curve drawn with another seed
// in its title, the diagnosis curve as drawn, the others missing. The drawing it compares is the
// first drawing, handed over: what --check does with a drawing is under test, not the drawing.
const checkStale = once(async () => {
  const { files, drawn } = await firstDrawing();
  const [curve, , , diagnosis] = paths;
  const committed = memoryFiles({
    [curve]: files.files[curve].replace("seed 42", "seed 7"),
    [diagnosis]: files.files[diagnosis],
  });
  const handOver = async (to: Files) => {
    for (const { path } of drawn) await to.writeTextFile(path, files.files[path]);
    return drawn;
  };
  return await stalePictures(committed, captureIo(), memoryFiles(), handOver);
});

Deno.test("each lesson draws its pictures as SVG, through its own flags, and prints nothing", async () => {
  const { files, io, drawn } = await firstDrawing();
  assert.deepEqual(drawn.map((picture) => picture.path), paths);
  assert.deepEqual(drawn[0], {
    path: "docs/cumulative_error.svg",
    drawnBy: "lessons/08_train.ts --plot",
  });
  assert.deepEqual(Object.keys(files.files).sort(), [...paths].sort(), "no temporary file is left");
  for (const path of paths) {
    assert.match(files.files[path], /^<svg /, path);
    assert.isTrue(XMLValidator.validate(files.files[path]), `${path} is well-formed XML`);
  }
  assert.include(
    files.files["docs/cumulative_error.svg"],
    "Cumulative error, learning rate 0.1, seed 42",
  );
  assert.deepEqual(io.out, [], "the lessons' own output is not shown");
  assert.deepEqual(io.err, []);
});

// Vega numbers the gradients of the colour legends with a counter that runs for the whole process
// (gradient_0, then gradient_1, ...). `deno task pictures` drew docs/'s files in a fresh process,
// as this file's first drawing is made, so the two are the same byte for byte: drawn in two
// processes, the pictures are seeded. (CI's deno task pictures --check proves docs/ current.)
const COMMITTED: Record<string, string> = {
  "docs/cumulative_error.svg": cumulativeError,
  "docs/tutorial_boundary.svg": tutorialBoundary,
  "docs/xor_boundary.svg": xorBoundary,
  "docs/diagnosis_training.svg": diagnosisTraining,
  "docs/loss_landscape.svg": lossLandscape,
  "docs/batches.svg": batches,
  "docs/generalisation.svg": generalisation,
  "docs/learning_rates.svg": learningRates,
  "docs/autograd_graph.svg": autogradGraph,
};

Deno.test("the pictures are seeded: drawn here, they are docs/'s files, drawn by deno task pictures in its own process", async () => {
  const { files } = await firstDrawing();
  assert.sameMembers(Object.keys(COMMITTED), paths);
  for (const path of paths) {
    assert.isTrue(
      files.files[path] === COMMITTED[path],
      `${path} is not what the lessons draw now: run deno task pictures`,
    );
  }
});

Deno.test("--check names each picture that is missing or differs, and only those", async () => {
  const [curve, boundary, xor, , landscape, batches, generalisation, rates, graph] = paths;
  const stale = await checkStale();
  assert.deepEqual(stale, [curve, boundary, xor, landscape, batches, generalisation, rates, graph]);
});

Deno.test("a lesson that cannot draw stops the drawing, naming its command and exit code", async () => {
  const io = captureIo();
  const refused: Files = { ...memoryFiles(), permitted: () => Promise.resolve(false) };
  const error = await drawPictures(refused, io).catch((e) => e);
  assert.instanceOf(error, LessonError);
  assert.equal(
    error.message,
    "deno run lessons/08_train.ts --plot docs/cumulative_error.svg --boundary " +
      "docs/tutorial_boundary.svg failed with exit code 1",
  );
  assert.lengthOf(io.err, 1, "the lesson's own one line is shown");
  assert.include(io.err[0], "--plot docs/cumulative_error.svg");
});

Deno.test("--check names each stale picture and how many, or says that all are current", () => {
  const io = captureIo();
  const error = (() => {
    try {
      reportStale(["docs/a.svg"], io);
    } catch (error) {
      return error;
    }
  })();
  assert.instanceOf(error, LessonError);
  assert.equal(
    (error as Error).message,
    "1 picture(s) out of date: run deno task pictures",
  );
  assert.deepEqual(io.out, ["docs/a.svg is not what the lessons draw now"]);
  const current = captureIo();
  reportStale([], current);
  assert.deepEqual(current.out, [`The ${paths.length} pictures in docs/ are current.`]);
});

Deno.test("a picture that cannot be read for another reason than its absence is an error, not stale", async () => {
  const drawn = [{ path: "docs/a.svg" }];
  const draw = async (to: Files) => (await to.writeTextFile("docs/a.svg", "<svg/>"), drawn);
  const denied: Files = {
    ...memoryFiles(),
    readTextFile: () => Promise.reject(new FileError("denied", "Permission denied")),
  };
  const error = await stalePictures(denied, captureIo(), memoryFiles(), draw).catch((e) => e);
  assert.instanceOf(error, FileError);
  assert.deepEqual(
    await stalePictures(memoryFiles(), captureIo(), memoryFiles(), draw),
    ["docs/a.svg"],
    "missing: stale",
  );
  assert.deepEqual(
    await stalePictures(memoryFiles({ "docs/a.svg": "<svg/>" }), captureIo(), memoryFiles(), draw),
    [],
    "the same: current",
  );
});
