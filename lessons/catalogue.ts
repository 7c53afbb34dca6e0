// The lessons, in order: adding a lesson is adding its entry here (its file, its source, its
// module). Everything else about it comes from the lesson itself: its number, title, idea and
// lib file from its opening comment (runtime/lesson_intro.ts), its flags and experiments from its
// spec. The walkthrough, the classroom page's build, the tests and the README's check of its
// lesson table read this list; the walkthrough also checks that lessons/ holds no lesson missing
// from it. Each module and source is imported by its literal name, so that loading them needs
// no permission and `deno check` checks every lesson.

import type { Flag, LessonSpec, Main } from "../runtime/cli.ts";
import { type LessonIntro, lessonIntro } from "../runtime/lesson_intro.ts";
import { type Apart, SEPARATE_LESSONS } from "../runtime/separate.ts";

/** What a lesson's module exports: the runner's `main` and the spec it runs with. */
export interface LessonModule {
  main: Main;
  spec: LessonSpec<Record<string, Flag>>;
}

/** One lesson in the catalogue, as written below. */
export interface CatalogueEntry {
  /** Its file in lessons/: `"05_gradient_descent.ts"`. */
  file: string;
  /** Its source, as text. */
  source: () => Promise<{ default: string }>;
  /** Its module, to run it in this process; none for a lesson that runs apart. */
  module?: () => Promise<LessonModule>;
  /**
   * A lesson that runs apart, with permissions or packages of its own (lesson 18 loads
   * TensorFlow.js, which no other lesson, test or `deno install` should fetch): its entry in
   * runtime/separate.ts, the command that runs it and a note that says why. The page leaves it
   * out.
   */
  apart?: Apart;
}

/** Every lesson, in order of its number. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    file: "01_weighted_sum.ts",
    source: () => import("./01_weighted_sum.ts", { with: { type: "text" } }),
    module: () => import("./01_weighted_sum.ts"),
  },
  {
    file: "02_sigmoid.ts",
    source: () => import("./02_sigmoid.ts", { with: { type: "text" } }),
    module: () => import("./02_sigmoid.ts"),
  },
  {
    file: "03_predict.ts",
    source: () => import("./03_predict.ts", { with: { type: "text" } }),
    module: () => import("./03_predict.ts"),
  },
  {
    file: "04_error.ts",
    source: () => import("./04_error.ts", { with: { type: "text" } }),
    module: () => import("./04_error.ts"),
  },
  {
    file: "05_gradient_descent.ts",
    source: () => import("./05_gradient_descent.ts", { with: { type: "text" } }),
    module: () => import("./05_gradient_descent.ts"),
  },
  {
    file: "06_chain_rule.ts",
    source: () => import("./06_chain_rule.ts", { with: { type: "text" } }),
    module: () => import("./06_chain_rule.ts"),
  },
  {
    file: "07_neural_network.ts",
    source: () => import("./07_neural_network.ts", { with: { type: "text" } }),
    module: () => import("./07_neural_network.ts"),
  },
  {
    file: "08_train.ts",
    source: () => import("./08_train.ts", { with: { type: "text" } }),
    module: () => import("./08_train.ts"),
  },
  {
    file: "09_gradient_check.ts",
    source: () => import("./09_gradient_check.ts", { with: { type: "text" } }),
    module: () => import("./09_gradient_check.ts"),
  },
  {
    file: "10_hidden_layer.ts",
    source: () => import("./10_hidden_layer.ts", { with: { type: "text" } }),
    module: () => import("./10_hidden_layer.ts"),
  },
  {
    file: "11_diagnosis.ts",
    source: () => import("./11_diagnosis.ts", { with: { type: "text" } }),
    module: () => import("./11_diagnosis.ts"),
  },
  {
    file: "12_digits.ts",
    source: () => import("./12_digits.ts", { with: { type: "text" } }),
    module: () => import("./12_digits.ts"),
  },
  {
    file: "13_loss_landscape.ts",
    source: () => import("./13_loss_landscape.ts", { with: { type: "text" } }),
    module: () => import("./13_loss_landscape.ts"),
  },
  {
    file: "14_batches.ts",
    source: () => import("./14_batches.ts", { with: { type: "text" } }),
    module: () => import("./14_batches.ts"),
  },
  {
    file: "15_generalisation.ts",
    source: () => import("./15_generalisation.ts", { with: { type: "text" } }),
    module: () => import("./15_generalisation.ts"),
  },
  {
    file: "16_learning_rates.ts",
    source: () => import("./16_learning_rates.ts", { with: { type: "text" } }),
    module: () => import("./16_learning_rates.ts"),
  },
  {
    file: "17_autograd.ts",
    source: () => import("./17_autograd.ts", { with: { type: "text" } }),
    module: () => import("./17_autograd.ts"),
  },
  {
    file: "18_framework.ts",
    source: () => import("./18_framework.ts", { with: { type: "text" } }),
    apart: SEPARATE_LESSONS["18_framework.ts"],
  },
];

/** A lesson with everything the catalogue knows about it. */
export interface Lesson extends LessonIntro {
  /** `"05_gradient_descent.ts"` */
  file: string;
  /** `"lessons/05_gradient_descent.ts"` */
  path: string;
  /** How to run it: `deno run lessons/05_gradient_descent.ts`, or its own command. */
  command: string;
  /** Its source. */
  source: string;
  /** Its module; none for a lesson that runs apart. */
  module?: () => Promise<LessonModule>;
  /** Why and how it runs apart, if it does. */
  apart?: Apart;
}

/** A lesson file's name: two digits, an underscore, a name; not its test. */
export const LESSON_FILE = /^\d\d_[a-z0-9_]+(?<!_test)\.ts$/;

/** The files of the lessons that run in this process, and on the classroom page. */
export const IN_PROCESS: readonly string[] = CATALOGUE
  .filter((entry) => entry.apart === undefined).map((entry) => entry.file);

/**
 * Reads the lessons of `entries` (the catalogue's, unless told): each one's source and what its
 * opening comment says.
 *
 * @throws {Error} If an entry's file is not a lesson's name, the numbers are not in order, or a
 * lesson's opening comment gives another number than its file name: a bug, named by its path.
 */
export async function readCatalogue(
  entries: readonly CatalogueEntry[] = CATALOGUE,
): Promise<Lesson[]> {
  const lessons = await Promise.all(entries.map(async (entry) => {
    const path = `lessons/${entry.file}`;
    if (!LESSON_FILE.test(entry.file)) throw new Error(`${path} is not a lesson's file name`);
    if ((entry.module === undefined) === (entry.apart === undefined)) {
      throw new Error(`${path}: an entry has either a module or apart, not both or neither`);
    }
    const source = (await entry.source()).default;
    const intro = lessonIntro(source, path);
    if (intro.number !== entry.file.slice(0, 2)) {
      throw new Error(`${path} opens with "// Lesson ${intro.number}": its number is its file's`);
    }
    const command = entry.apart?.command ?? `deno run ${path}`;
    return { ...intro, ...entry, path, command, source };
  }));
  lessons.forEach((lesson, i) => {
    if (i > 0 && lesson.number <= lessons[i - 1].number) {
      throw new Error(
        `${lesson.path} comes after lesson ${lessons[i - 1].number}: keep them in order`,
      );
    }
  });
  return lessons;
}
