// Where the classroom site is built and what it holds, for the build (classroom/build.ts), the
// server (classroom/server.ts) and the site's tests, without loading the bundler.

/** Where the site goes: open index.html there, or copy the folder. */
export const SITE_DIR = "classroom/out/site";
/** The page's one classic script, with every lesson, the lib and the data sets in it. */
export const SCRIPT = "classroom.js";
/** The largest the site may be, data sets included: 10 MB. */
export const SIZE_BUDGET = 10 * 1024 * 1024;
