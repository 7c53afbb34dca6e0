import { assert } from "chai";
import fc from "fast-check";
import { fitStandardizer } from "./standardizer.ts";

Deno.test("standardised training features have mean 0 and deviation 1", () => {
  const rows = [[1, 1000, 5], [2, 3000, 5], [6, 2000, 5], [3, 6000, 5]];
  const scaler = fitStandardizer(rows);
  const scaled = rows.map(scaler.transform);
  for (const j of [0, 1]) {
    const column = scaled.map((row) => row[j]);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const variance = column.reduce((a, x) => a + (x - mean) ** 2, 0) / column.length;
    assert.closeTo(mean, 0, 1e-12);
    assert.closeTo(variance, 1, 1e-12);
  }
  assert.deepEqual(
    scaled.map((row) => row[2]),
    [0, 0, 0, 0],
    "a constant feature becomes 0, not NaN",
  );
});

Deno.test("the standardizer applies the training numbers to new rows", () => {
  const scaler = fitStandardizer([[0], [2]]);
  assert.deepEqual(scaler.transform([5]), [4]);
});

Deno.test("fitting no rows or ragged rows is refused", () => {
  assert.throws(() => fitStandardizer([]), RangeError, "no rows");
  assert.throws(
    () => fitStandardizer([[1, 2], [3]]),
    RangeError,
    "Row 1 has 1 values, row 0 has 2",
  );
  assert.throws(
    () => fitStandardizer([[1, 2], [3, 4], [5]]),
    RangeError,
    "Row 2 has 1 values, row 0 has 2",
  );
});

Deno.test("values near the largest double give a finite mean and deviation, not Infinity", () => {
  const same = fitStandardizer([[1e308], [1e308]]);
  assert.deepEqual(same.mean, [1e308]);
  assert.deepEqual(same.deviation, [1], "a feature that never varies keeps deviation 1");
  assert.deepEqual(same.transform([1e308]), [0]);

  const apart = fitStandardizer([[1e308, 1], [-1e308, 3]]);
  assert.deepEqual(apart.mean, [0, 2]);
  assert.deepEqual(apart.deviation, [1e308, 1]);
  assert.deepEqual(apart.transform([-1e308, 2]), [-1, 0]);

  const largest = fitStandardizer([[Number.MAX_VALUE], [Number.MAX_VALUE], [Number.MAX_VALUE]]);
  assert.deepEqual(largest.mean, [Number.MAX_VALUE]);
  // Rounding would put these means just outside their values; they are kept inside.
  const [max, below, further] = [
    1.7976931348623157e308,
    1.7976931348623155e308,
    1.7976931348623153e308,
  ];
  assert.deepEqual(fitStandardizer([[max], [below], [below]]).mean, [below]);
  const six = fitStandardizer([[below], [below], [below], [below], [below], [further]]);
  assert.deepEqual(six.mean, [below]);
  const widest = fitStandardizer([[Number.MAX_VALUE], [-Number.MAX_VALUE]]);
  assert.deepEqual(widest.deviation, [Number.MAX_VALUE]);
  assert.deepEqual(widest.transform([-Number.MAX_VALUE]), [-1]);
  const huge = fitStandardizer([[1.5e308], [1.7e308], [1.6e308]]);
  assert.closeTo(huge.mean[0] / 1.6e308, 1, 1e-15);
  assert.closeTo(huge.deviation[0] / (Math.sqrt(2 / 3) * 1e307), 1, 1e-12);
});

Deno.test("transform refuses a row of the wrong length, naming both lengths", () => {
  const scaler = fitStandardizer([[1, 2], [3, 4]]);
  assert.throws(
    () => scaler.transform([1]),
    RangeError,
    "The row has 1 values, the standardizer was fitted on 2",
  );
  assert.throws(() => scaler.transform([1, 2, 3]), RangeError, "The row has 3 values");
  assert.throws(() => scaler.transform([]), RangeError, "The row has 0 values");
});

Deno.test("values that are not finite are refused, in the rows and in transform", () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    assert.throws(() => fitStandardizer([[1, 2], [3, bad]]), RangeError, "row 1[1]");
    assert.throws(
      () => fitStandardizer([[1, 2], [3, 4]]).transform([bad, 0]),
      RangeError,
      "row[0]",
    );
  }
});

Deno.test("values near the smallest double keep their deviation instead of underflowing", () => {
  const tiny = fitStandardizer([[0], [1e-300]]);
  assert.deepEqual(tiny.mean, [5e-301]);
  assert.deepEqual(tiny.deviation, [5e-301]);
  assert.deepEqual(tiny.transform([1e-300]), [1]);
  const smallest = fitStandardizer([[0], [5e-324], [5e-324]]);
  assert.closeTo(smallest.transform([0])[0], -Math.SQRT2, 1e-12);
});

Deno.test("a value too far from the mean to rescale is refused, not Infinity", () => {
  const narrow = fitStandardizer([[0], [1e-300], [1e-300]]);
  assert.throws(
    () => narrow.transform([1e300]),
    RangeError,
    "Value 1e+300 of feature 0 is too far from the training mean 6.666666666666667e-301 to " +
      "rescale by the deviation 4.714045207910317e-301",
  );
});

// Properties, checked on many random data sets by fast-check.

const anyFinite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, 5e-324, 0),
);
const table = fc.integer({ min: 1, max: 3 }).chain((width) =>
  fc.array(fc.array(anyFinite, { minLength: width, maxLength: width }), {
    minLength: 1,
    maxLength: 12,
  })
);

Deno.test("property: any finite rows give a finite standardizer or a RangeError, never Infinity or NaN", () => {
  fc.assert(
    fc.property(table, fc.array(anyFinite, { minLength: 3, maxLength: 3 }), (rows, other) => {
      let scaler;
      try {
        scaler = fitStandardizer(rows);
      } catch (error) {
        return error instanceof RangeError;
      }
      const width = rows[0].length;
      for (let j = 0; j < width; j++) {
        const column = rows.map((row) => row[j]);
        assert.isAtLeast(scaler.mean[j], Math.min(...column));
        assert.isAtMost(scaler.mean[j], Math.max(...column));
        assert.isTrue(Number.isFinite(scaler.deviation[j]) && scaler.deviation[j] > 0);
      }
      for (let j = 0; j < width; j++) {
        // Rescaled, the training values have mean 0 and deviation 1, or are all 0 if constant.
        // (Values only a few rounding steps apart are left out: their mean is that coarse.)
        const values = rows.map((row) => row[j]);
        const constant = values.every((x) => x === values[0]);
        const largest = Math.max(...values.map(Math.abs));
        const spread = Math.max(...values) - Math.min(...values); // Infinity if very wide
        if (!constant && spread < 1e-6 * largest) continue;
        const column = rows.map((row) => scaler.transform(row)[j]);
        const mean = column.reduce((a, b) => a + b, 0) / column.length;
        const variance = column.reduce((a, x) => a + (x - mean) ** 2, 0) / column.length;
        assert.closeTo(mean, 0, 1e-9);
        assert.closeTo(variance, constant ? 0 : 1, 1e-9);
      }
      for (const row of [...rows, other.slice(0, width)]) {
        try {
          assert.isTrue(scaler.transform(row).every(Number.isFinite));
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
        }
      }
      return true;
    }),
  );
});

Deno.test("property: ordinary data gets mean 0 and deviation 1 after rescaling", () => {
  const ordinary = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  fc.assert(
    fc.property(fc.array(ordinary, { minLength: 2, maxLength: 20 }), (values) => {
      fc.pre(Math.max(...values) - Math.min(...values) > 1e-3);
      const scaled = fitStandardizer(values.map((x) => [x]));
      const column = values.map((x) => scaled.transform([x])[0]);
      const mean = column.reduce((a, b) => a + b, 0) / column.length;
      const variance = column.reduce((a, x) => a + (x - mean) ** 2, 0) / column.length;
      return Math.abs(mean) < 1e-6 && Math.abs(variance - 1) < 1e-6;
    }),
  );
});

Deno.test("the deviation of two values is half their distance, even where rounding would add to it", () => {
  // Computed plainly, these two values' deviation comes out 2.13190578e-13, above half their
  // distance (2.13190576e-13), which no deviation can exceed.
  const [low, high] = [0.35148733830338746, 0.35148733830381385];
  assert.equal(fitStandardizer([[low], [high]]).deviation[0], (high - low) / 2);
  assert.deepEqual(fitStandardizer([[0], [4]]).deviation, [2]);
});
