// Lessons that run with a configuration of their own, because they load a package that the main
// import map leaves out (lesson 18: TensorFlow.js, which no other lesson, test or `deno install`
// should fetch). The walkthrough shows their idea and command; the classroom page leaves them
// to the terminal.

/**
 * Lessons that run with a configuration of their own, outside the walkthrough's process: the
 * walkthrough shows their idea and the command to run them.
 */
export const SEPARATE_LESSONS: Record<string, { command: string; note: string[] }> = {
  "18_framework.ts": {
    command: "deno task framework",
    note: [
      "This lesson loads TensorFlow.js, with a configuration of its own, so that nothing",
      "else fetches it: run it with deno task framework (with network the first time, or",
      "after deno task framework:install).",
    ],
  },
};
