// The lessons as the site's script holds them: every lesson's own module, registered by file name
// before the page or its worker starts (classroom/build.ts), so both find a lesson the same way.

import type { Flag, LessonSpec, Main } from "../../runtime/cli.ts";

/** What the page and its worker use of a lesson's module. */
export interface LessonModule {
  spec: LessonSpec<Record<string, Flag>>;
  main: Main;
  [name: string]: unknown;
}

/** The lesson's own module, by its file name in lessons/ (e.g. "08_train.ts"). */
export function lessonModule(file: string): LessonModule {
  return (globalThis as unknown as { classroomLessons: Record<string, LessonModule> })
    .classroomLessons[file];
}
