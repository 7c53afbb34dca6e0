// Lessons that run with a configuration of their own, because they load a package that the main
// import map leaves out (lesson 18: TensorFlow.js, which no other lesson, test or `deno install`
// should fetch). The catalogue (lessons/catalogue.ts) gives them this as their `apart`; the
// walkthrough shows their idea, this note and the command; the classroom page leaves them to the
// terminal. It is a file of its own so that the page can read it without the catalogue.

/** How a lesson runs apart: the command that runs it, and a note that says why. */
export interface Apart {
  command: string;
  note: string;
  /**
   * A recording of its default run, which the classroom page shows in its place: a JSON file of
   * `{ date, command, code, stdout }` (lesson 18's is made by deno task framework:record).
   */
  recording?: string;
}

/** The lessons that run apart, by file name. */
export const SEPARATE_LESSONS: Readonly<Record<string, Apart>> = {
  "18_framework.ts": {
    command: "deno task framework",
    note: "This lesson loads TensorFlow.js, with a configuration of its own, so that nothing " +
      "else fetches it: run it with deno task framework (with network the first time, or " +
      "after deno task framework:install).",
    recording: "lessons/framework/recorded_run.json",
  },
};
