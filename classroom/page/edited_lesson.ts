// A lesson as the learner edited it on the classroom page, made into a module in the lessons'
// worker: the lesson's source and the lib files they changed go through the same loader as the
// exercises (exercise_loader.ts: sucrase, the places mapped back to the TypeScript), and every
// other file the lesson imports is the site's own module, from the script (classroom/build.ts
// registers them by path). The lib's index, lib/mod.ts, re-exports every lib file: there an
// edited file's exports take the place of the original's, so that a lesson that imports the
// index calls the edited function too. The lib's other files still call the original.

import { lessonPath, withoutImportMeta } from "../site.ts";
import type { Module } from "../../exercises/_checker/exercise.ts";
import { moduleLoader, type Sources } from "./exercise_loader.ts";
import type { LessonModule } from "./lesson_module.ts";

/** The site's own modules by path from the project's root, as the script registers them. */
function siteModule(path: string): Module | undefined {
  return (globalThis as unknown as { classroomModules: Record<string, Module> })
    .classroomModules[path];
}

/** Lesson `file` ("03_predict.ts") run from `sources`: its own source and any lib file edited. */
export function editedLesson(file: string, sources: Sources): LessonModule {
  const path = lessonPath(file);
  // The last line's `await main(Deno.args)` runs in a terminal only, and a function cannot hold
  // it: it goes, as the build's bundler drops it, the line left empty so that places stay put.
  const source = sources[path].replace(/^if \(import\.meta\.main\).*$/m, "");
  const edited = { ...sources, [path]: withoutImportMeta(source, file) };
  const libFiles = Object.keys(sources).filter((p) => p.startsWith("lib/"));
  const load: (path: string) => Module = moduleLoader(edited, (wanted) => {
    const module = siteModule(wanted);
    if (module === undefined || !wanted.endsWith("/mod.ts")) return module;
    return Object.assign({}, module, ...libFiles.map((p) => load(p)));
  });
  return load(path) as unknown as LessonModule;
}
