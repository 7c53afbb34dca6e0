import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { captureIo, memoryFiles } from "../runtime/testing.ts";
import { drawPictures, PICTURE_RUNS, stalePictures } from "./pictures.ts";

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

// Each drawing runs eight lessons, lesson 11's training among them, so the tests share two: the
// first drawing, and the one `--check` makes against it. Both run once, on first use.
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
// in its title, the diagnosis curve as drawn, the others missing. The line charts have no
// gradient, so a drawing in this process stands for a committed file.
const checkDrawing = once(async () => {
  const { files } = await firstDrawing();
  const [curve, , , diagnosis] = paths;
  const committed = memoryFiles({
    [curve]: files.files[curve].replace("seed 42", "seed 7"),
    [diagnosis]: files.files[diagnosis],
  });
  const second = memoryFiles();
  const stale = await stalePictures(committed, captureIo(), second);
  return { second, stale };
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
// (gradient_0, then gradient_1, ...), so a second drawing in the same process differs in those
// ids alone. `deno task pictures` and `--check` each draw once in a fresh process, in the same
// order, so their files are the same byte for byte; CI checks that. Here: the same but for ids.
const sameIds = (svg: string) => svg.replaceAll(/gradient_\d+/g, "gradient_N");

Deno.test("the pictures are seeded: drawn twice, they differ in Vega's gradient ids only", async () => {
  const { files: first } = await firstDrawing();
  const { second } = await checkDrawing();
  for (const path of paths) {
    assert.equal(sameIds(first.files[path]), sameIds(second.files[path]), path);
  }
});

Deno.test("--check names each picture that is missing or differs, and only those", async () => {
  const [curve, boundary, xor, , landscape, batches, generalisation, rates, graph] = paths;
  const { stale } = await checkDrawing();
  assert.deepEqual(stale, [curve, boundary, xor, landscape, batches, generalisation, rates, graph]);
});
