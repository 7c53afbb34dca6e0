// Exercise 05, a solution: the numerical gradient.
//
// The code a teacher writes on the board. To see it pass, copy it over your own:
//     cp exercises/solutions/05_numerical_gradient.ts exercises/05_numerical_gradient.ts

/** The slope of `f` along each parameter at `parameters`, by nudges of size `h`. */
export function numericalGradient(
  f: (parameters: number[]) => number,
  parameters: number[],
  h = 1e-5,
): number[] {
  const nudged = parameters.slice();
  return parameters.map((p, i) => {
    // Central differences: one nudge up, one down, the point in the middle.
    nudged[i] = p + h;
    const up = f(nudged);
    nudged[i] = p - h;
    const down = f(nudged);
    nudged[i] = p;
    return (up - down) / (2 * h);
  });
}
