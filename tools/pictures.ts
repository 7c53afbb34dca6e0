// deno task pictures: the README's pictures, drawn by the lessons themselves. Each picture is a
// lesson run with the flag that writes it (the same command a learner types), called in this
// process through the lesson's `main`. The lessons are seeded, so the pictures are the same byte
// for byte on every run: `deno task pictures --check` draws them in memory and fails when a file
// in docs/ differs, which is how CI proves them current.
//
// Run it: deno task pictures            (writes docs/*.svg; it may touch docs/ only)
//         deno task pictures --check    (changes nothing; exit 1 if a picture is out of date)

import { defineLesson, LessonError, lessonMain, type Main } from "../runtime/cli.ts";
import { denoFiles, FileError, type Files, type Io } from "../runtime/io.ts";
import { memoryFiles } from "../runtime/testing.ts";
import { main as train } from "../lessons/08_train.ts";
import { main as hiddenLayer } from "../lessons/10_hidden_layer.ts";
import { main as diagnosis } from "../lessons/11_diagnosis.ts";
import { main as landscape } from "../lessons/13_loss_landscape.ts";
import { main as batches } from "../lessons/14_batches.ts";
import { main as generalisation } from "../lessons/15_generalisation.ts";
import { main as learningRates } from "../lessons/16_learning_rates.ts";
import { main as autograd } from "../lessons/17_autograd.ts";

/** One lesson run that draws pictures: the lesson and, for each picture, its flag and file. */
export interface PictureRun {
  lesson: string;
  main: Main;
  /** Flag and file of each picture: `[["--plot", "docs/cumulative_error.svg"]]`. */
  pictures: readonly (readonly [string, string])[];
}

/** The pictures of the README, by the lessons that draw them. */
export const PICTURE_RUNS: readonly PictureRun[] = [
  {
    lesson: "lessons/08_train.ts",
    main: train,
    pictures: [
      ["--plot", "docs/cumulative_error.svg"],
      ["--boundary", "docs/tutorial_boundary.svg"],
    ],
  },
  {
    lesson: "lessons/10_hidden_layer.ts",
    main: hiddenLayer,
    pictures: [["--plot", "docs/xor_boundary.svg"]],
  },
  {
    lesson: "lessons/11_diagnosis.ts",
    main: diagnosis,
    pictures: [["--plot", "docs/diagnosis_training.svg"]],
  },
  {
    lesson: "lessons/13_loss_landscape.ts",
    main: landscape,
    pictures: [["--plot", "docs/loss_landscape.svg"]],
  },
  {
    lesson: "lessons/14_batches.ts",
    main: batches,
    pictures: [["--plot", "docs/batches.svg"]],
  },
  {
    lesson: "lessons/15_generalisation.ts",
    main: generalisation,
    pictures: [["--plot", "docs/generalisation.svg"]],
  },
  {
    lesson: "lessons/16_learning_rates.ts",
    main: learningRates,
    pictures: [["--plot", "docs/learning_rates.svg"]],
  },
  {
    lesson: "lessons/17_autograd.ts",
    main: autograd,
    pictures: [["--plot", "docs/autograd_graph.svg"]],
  },
];

/**
 * Runs each lesson with its pictures' flags, writing them to `files`. The lessons' own output is
 * not shown; a problem they report is.
 *
 * @returns Each picture's path, with the lesson and the flag that drew it, in order.
 * @throws {LessonError} If a lesson fails.
 */
export async function drawPictures(
  files: Files,
  io: Io,
): Promise<{ path: string; drawnBy: string }[]> {
  const drawn = [];
  for (const run of PICTURE_RUNS) {
    const quiet: Io = { log: () => {}, error: (line) => io.error(line), columns: 80 };
    const code = await run.main(run.pictures.flat(), quiet, files);
    if (code !== 0) {
      const command = `deno run ${run.lesson} ${run.pictures.flat().join(" ")}`;
      throw new LessonError(`${command} failed with exit code ${code}`);
    }
    drawn.push(...run.pictures.map(([flag, path]) => ({ path, drawnBy: `${run.lesson} ${flag}` })));
  }
  return drawn;
}

/**
 * Draws the pictures in memory and compares each with its file in `committed`, byte for byte.
 *
 * @param memory Where the drawing goes: in memory, and a test may read it.
 * @param draw What draws them: {@link drawPictures}; a test may hand over a drawing it made.
 * @returns The paths whose file is missing or differs.
 */
export async function stalePictures(
  committed: Files,
  io: Io,
  memory: ReturnType<typeof memoryFiles> = memoryFiles(),
  draw: (files: Files, io: Io) => Promise<{ path: string }[]> = drawPictures,
): Promise<string[]> {
  const stale = [];
  for (const { path } of await draw(memory, io)) {
    const text = await committed.readTextFile(path).catch((error) => {
      if (error instanceof FileError && error.problem === "not found") return undefined;
      throw error;
    });
    if (text !== memory.files[path]) stale.push(path);
  }
  return stale;
}

// The command line, through the lessons' flag spec.
export const spec = defineLesson({
  summary: "Draw the README's pictures into docs/ by running the lessons that draw them.",
  flags: {
    check: {
      kind: "switch",
      help: "Change nothing: draw them in memory and fail if a file in docs/ differs",
    },
  },
  examples: ["deno task pictures", "deno task pictures --check"],
});

export const main = lessonMain(import.meta.url, spec, async ({ check }, io, files) => {
  if (!check) {
    for (const { path, drawnBy } of await drawPictures(files, io)) {
      io.log(`Wrote ${path} (${drawnBy})`);
    }
    return;
  }
  reportStale(await stalePictures(files, io), io);
});

/**
 * What --check says: each stale picture on a line, or that all of them are current.
 *
 * @throws {LessonError} If any picture is stale, with how many.
 */
export function reportStale(stale: readonly string[], io: Io): void {
  for (const path of stale) io.log(`${path} is not what the lessons draw now`);
  if (stale.length > 0) {
    throw new LessonError(`${stale.length} picture(s) out of date: run deno task pictures`);
  }
  io.log(
    `The ${PICTURE_RUNS.flatMap((run) => run.pictures).length} pictures in docs/ are current.`,
  );
}

if (import.meta.main) Deno.exitCode = await main(Deno.args, undefined, denoFiles);
