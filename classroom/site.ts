// Where the classroom site is built and what it holds, for the build (classroom/build.ts), the
// server (classroom/server.ts) and the site's tests, without loading the bundler.

/** Where the site goes: open index.html there, or copy the folder. */
export const SITE_DIR = "classroom/out/site";
/** The page's one classic script, with every lesson, the lib and the data sets in it. */
export const SCRIPT = "classroom.js";
/** The largest the site may be, data sets included: 10 MB. */
export const SIZE_BUDGET = 10 * 1024 * 1024;

/** A lesson's path from the project's root: "lessons/08_train.ts". */
export const lessonPath = (file: string): string => `lessons/${file}`;

/** The path a lesson's module answers for `import.meta.url`, as under `deno run`. */
export const lessonUrl = (file: string): string => `file:///${lessonPath(file)}`;

/**
 * A lesson's source made fit for a classic script: `import.meta.main` is false (the page calls
 * `main` itself) and `import.meta.url` names the lesson. The build does it to every lesson, the
 * page's lessons' worker to a lesson the learner edited.
 */
export function withoutImportMeta(source: string, file: string): string {
  return source.replaceAll("import.meta.main", "false")
    .replaceAll("import.meta.url", JSON.stringify(lessonUrl(file)));
}
