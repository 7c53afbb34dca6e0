// The bugs `deno task mutants` plants, one at a time: each a single small change of the kind a
// slip of the keyboard makes, in the code a test should guard. Designed anew after each redesign:
// a mutant whose text is gone makes the run fail at once, naming it.

/** One planted bug: in `file`, the text `from` (found exactly once) becomes `to`. */
export interface Mutant {
  file: string;
  from: string;
  to: string;
  /** What the bug does, in words. */
  bug: string;
  /** A task that must also pass, when the bug lives where only that task looks. */
  task?: string;
}

export const MUTANTS: readonly Mutant[] = [
  {
    file: "lib/dot.ts",
    from: "+=",
    to: "-=",
    bug: "dot subtracts the products",
  },
];
