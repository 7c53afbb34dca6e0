// Exercise 13, a solution: a threshold chosen on validation.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/13_threshold.ts exercises/13_threshold.ts

/** The share of samples whose class, by `threshold`, is their target. */
export function accuracy(predictions: number[], targets: number[], threshold: number): number {
  const right = predictions.filter((p, i) => (p >= threshold ? 1 : 0) === targets[i]).length;
  return right / predictions.length;
}

/** The threshold of the grid 0.00 to 1.00 with the best accuracy, nearest 0.5 on a tie. */
export function chooseThreshold(predictions: number[], targets: number[]): number {
  // The grid ordered by distance from 0.5, the lower first on a tie: the first best wins.
  const grid = Array.from({ length: 101 }, (_, k) => k / 100)
    .sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5) || a - b);
  let best = grid[0];
  for (const t of grid) {
    if (accuracy(predictions, targets, t) > accuracy(predictions, targets, best)) best = t;
  }
  return best;
}
