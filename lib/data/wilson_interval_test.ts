import { assert } from "chai";
import { wilsonInterval } from "./wilson_interval.ts";

// SciPy 1.17.1's binomtest(k, n).proportion_ci(0.95, "wilson"), computed once with python3.
const SCIPY = [
  [108, 113, 0.900582277337889, 0.9809541313958007],
  [41, 42, 0.8767879842623335, 0.9957845958655674],
  [67, 71, 0.8639039420002305, 0.9778754806983033],
  [0, 10, 0, 0.27753279986288926],
  [10, 10, 0.7224672001371109, 1],
  [1, 1, 0.20654931437723745, 1],
  [5, 9, 0.2666512934954931, 0.8112214789023354],
];

Deno.test("Wilson's 95% range is SciPy's, to 1e-12", () => {
  for (const [k, n, low, high] of SCIPY) {
    const range = wilsonInterval(k, n);
    assert.closeTo(range.low, low, 1e-12, `${k}/${n} low`);
    assert.closeTo(range.high, high, 1e-12, `${k}/${n} high`);
  }
});

Deno.test("it is not the Wald interval: at 108/113 Wald gives 91.8% to 99.4%, Wilson 90.1% to 98.1%", () => {
  const { low, high } = wilsonInterval(108, 113);
  const p = 108 / 113;
  const wald = 1.96 * Math.sqrt(p * (1 - p) / 113);
  assert.equal([(100 * (p - wald)).toFixed(1), (100 * (p + wald)).toFixed(1)].join(), "91.8,99.4");
  assert.equal([(100 * low).toFixed(1), (100 * high).toFixed(1)].join(), "90.1,98.1");
});

Deno.test("counts that are not whole, or successes beyond the trials, are refused", () => {
  assert.throws(() => wilsonInterval(1, 0), RangeError, "got 0");
  assert.throws(() => wilsonInterval(1, 2.5), RangeError, "got 2.5");
  assert.throws(() => wilsonInterval(3, 2), RangeError, "from 0 to 2, got 3");
  assert.throws(() => wilsonInterval(-1, 2), RangeError, "got -1");
  assert.throws(() => wilsonInterval(NaN, 2), RangeError, "got NaN");
});

Deno.test("the range stays within 0 and 1 where rounding would take it out: 16 of 16, 0 of 27", () => {
  // Computed plainly, 16/16's high end is 1.0000000000000002 and 0/27's low end -6.9e-18.
  assert.strictEqual(wilsonInterval(16, 16).high, 1);
  assert.isTrue(Object.is(wilsonInterval(0, 27).low, 0));
});
