// A worker running the site's own script again, from a Blob URL of its source (classroom/build.ts):
// the only way to start a worker from a page opened from the disk. Its name tells the script
// which worker it is: "lessons" runs lessons (worker.ts), "exercises" checks exercises
// (exercise_worker.ts).

let url: string | undefined;

/** A new worker of the site's script, named `name`. */
export function siteWorker(name: "lessons" | "exercises"): Worker {
  const site = (globalThis as unknown as { classroomSite: () => void }).classroomSite;
  url ??= URL.createObjectURL(new Blob([`(${site})();\n`], { type: "text/javascript" }));
  return new Worker(url, { name });
}
