// Exercise 12, a solution: a stratified split and a confusion matrix.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/12_split.ts exercises/12_split.ts

/** The indexes of the validation samples and of the training samples. */
export interface Split {
  validation: number[];
  training: number[];
}

/** Each class's samples split at random, `share` of them into validation. */
export function stratifiedSplit(targets: number[], share: number, random: () => number): Split {
  const split: Split = { validation: [], training: [] };
  for (const label of new Set(targets)) {
    const indexes = targets.flatMap((t, i) => t === label ? [i] : []);
    // Fisher-Yates: a random order, then the first share of it.
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
    }
    const count = Math.round(share * indexes.length);
    split.validation.push(...indexes.slice(0, count));
    split.training.push(...indexes.slice(count));
  }
  return split;
}

/** counts[actual][predicted] over every sample. */
export function confusionMatrix(
  predicted: number[],
  actual: number[],
  classes: number,
): number[][] {
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  actual.forEach((a, i) => counts[a][predicted[i]]++);
  return counts;
}
