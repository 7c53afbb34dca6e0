// A sigmoid not started yet: the blank as it ships.

// deno-lint-ignore-file no-unused-vars

/** The sigmoid of `x`. */
export function sigmoid(x: number): number {
  throw new Error("TODO: exercise 02, the sigmoid");
}
