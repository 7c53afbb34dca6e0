// The lessons run in the browser as they are. They print through an `Io` and reach files through
// `Files`, but a few lines still name Deno's own namespace at run time: `Files` throw
// `Deno.errors.*`, and a terminal chart asks whether standard output is a terminal. A browser
// has no `Deno`, so the page sets up these few parts before any lesson loads: the error classes,
// and a standard output that is not a terminal, as when `deno run` is piped (80 columns).
//
// Loaded as its own script before the page's, so it runs before any lesson or lib module.

/** The error classes of `Deno.errors` that lessons and `Files` use, by name. */
const ERRORS = [
  "NotFound",
  "NotCapable",
  "PermissionDenied",
  "IsADirectory",
  "AlreadyExists",
  "BadResource",
];

const errors = Object.fromEntries(ERRORS.map((name) => [
  name,
  class extends Error {
    override name = name;
  },
]));

const notATerminal = { isTerminal: () => false };

const global = globalThis as Record<string, unknown>;
global.Deno ??= {
  errors,
  args: [],
  noColor: true,
  stdout: notATerminal,
  stderr: notATerminal,
  stdin: notATerminal,
  consoleSize(): never {
    throw new errors.BadResource("The classroom page has no console: it prints into the page");
  },
};
