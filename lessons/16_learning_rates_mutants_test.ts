import { assert } from "chai";
import { four, type Run, sweep } from "./16_learning_rates.ts";

// Nine rates, as the lesson sweeps them; the best (rate index 4) falls from 4 to 2, so 'good' is
// a fall of at least 1, half as far.
const falls = [0.5, 0.999, 1, 1.5, 2, 1, 0.999, 0.5, 0];
const run = (fell: number, diverged = false): Run => ({
  start: 4,
  error: 4 - fell,
  diverged,
  right: "4/8",
});

Deno.test("the regimes at their edge: a rate that fell exactly half as far as the best is good; a hair less is slow below the best, wild above it", () => {
  const rates = falls.map((fell) => run(fell));
  const regimes = sweep((rate) =>
    rates[[0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10].indexOf(rate)]
  )
    .map((r) => r.regime);
  assert.deepEqual(regimes, [
    "slow",
    "slow",
    "good",
    "good",
    "good",
    "good",
    "wild",
    "wild",
    "wild",
  ]);
});

Deno.test("a diverged rate is wild even where its last error looks low, and never the best", () => {
  const rates = [...falls.slice(0, 8).map((fell) => run(fell)), run(3.9, true)];
  const regimes = sweep((rate) =>
    rates[[0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10].indexOf(rate)]
  )
    .map((r) => r.regime);
  assert.deepEqual(regimes.slice(2, 6), ["good", "good", "good", "good"]);
  assert.equal(regimes[8], "wild");
});

Deno.test("the sweep table's errors fit 6 characters, in scientific notation only below 0.01", () => {
  assert.equal(four(0.01), "0.01", "0.01 itself is plain");
  assert.equal(four(0.0099), "9.9e-3");
  assert.equal(four(1.23456), "1.235", "4 significant digits");
  assert.equal(four(0.0123456), "0.0123", "3 when 4 would need 7 characters");
  assert.equal(four(12345.6), "12350");
});
