// Exercise 10, a solution: the softmax and its cross-entropy gradient.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/10_softmax.ts exercises/10_softmax.ts

/** The probabilities of the classes whose weighted sums are `sums`. */
export function softmax(sums: number[]): number[] {
  // Subtracting the largest sum changes no share and keeps every e^x at most 1.
  const largest = Math.max(...sums);
  const exps = sums.map((s) => Math.exp(s - largest));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The gradient of -log(softmax(sums)[target]) with respect to each of the sums. */
export function crossEntropyGradient(sums: number[], target: number): number[] {
  // The probabilities, less 1 at the right class.
  return softmax(sums).map((p, k) => p - (k === target ? 1 : 0));
}
