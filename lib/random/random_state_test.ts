import { assert } from "chai";
import { RandomState } from "./random_state.ts";

// Every expected number below is NumPy's own (NumPy 2.4, legacy np.random), made once with
// bench/random_numpy.py, e.g. for the first test:
//   for s in 0 1 42 4294967295; do echo "{\"seed\": $s, \"draws\": [[\"random_sample\"],
//     [\"random_sample\"], [\"randn\"], [\"randn\"], [\"randn\"], [\"randint\", 8],
//     [\"randint\", 8], [\"randint\", 1000], [\"randint\", 4294967296], [\"shuffle\", 10]]}";
//   done | python3 bench/random_numpy.py
// `deno task test:numpy` checks tens of thousands of draws live against python3's NumPy.

const NUMPY = new Map([
  [0, [
    0.5488135039273248,
    0.7151893663724195,
    0.9787379841057392,
    2.240893199201458,
    1.8675579901499675,
    4,
    7,
    70,
    243580376,
    [5, 2, 3, 4, 9, 0, 7, 6, 1, 8],
  ]],
  [1, [
    0.417022004702574,
    0.7203244934421581,
    -0.5281717522634557,
    -1.0729686221561705,
    0.8654076293246785,
    6,
    5,
    914,
    2252917204,
    [8, 3, 5, 9, 0, 6, 1, 7, 4, 2],
  ]],
  [42, [
    0.3745401188473625,
    0.9507143064099162,
    0.6476885381006925,
    1.5230298564080254,
    -0.23415337472333597,
    2,
    2,
    87,
    1433267572,
    [0, 6, 9, 1, 4, 5, 2, 8, 7, 3],
  ]],
  [2 ** 32 - 1, [
    0.0976320289940138,
    0.9123828453026218,
    0.6484086742306527,
    0.6693235306338161,
    -1.0805437227474493,
    3,
    5,
    438,
    2804808791,
    [3, 2, 0, 4, 9, 1, 5, 8, 6, 7],
  ]],
]); // deno-fmt-ignore

for (const [seed, expected] of NUMPY) {
  Deno.test(`RandomState(${seed}) draws what np.random.seed(${seed}) draws`, () => {
    const random = new RandomState(seed);
    const drawn = [
      random.randomSample(),
      random.randomSample(),
      random.randn(),
      random.randn(),
      random.randn(),
      random.randint(8),
      random.randint(8),
      random.randint(1000),
      random.randint(2 ** 32),
      random.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ];
    assert.deepEqual(drawn, expected);
  });
}

Deno.test("RandomState keeps randn's second draw across randint, as NumPy does", () => {
  // np.random.seed(42); randn, randint(8), randn, randn, randint(5), randint(1)
  const random = new RandomState(42);
  const drawn = [
    random.randn(),
    random.randint(8),
    random.randn(), // the pair's second draw, kept: randint did not disturb it
    random.randn(),
    random.randint(5),
    random.randint(1), // 0, and no word used
  ];
  assert.deepEqual(drawn, [0.4967141530112327, 2, -0.13826430117118466, 0.473860833744823, 1, 0]);
});

Deno.test("RandomState.randint draws as NumPy does above 2^16 too, where the mask needs every bit", () => {
  // np.random.seed(42); randint(2**20 + 1) twice, randint(100000), randint(2**16 + 1): NumPy keeps
  // the lowest bits of each word under a mask of all ones up to the highest bit of high - 1.
  const random = new RandomState(42);
  const drawn = [2 ** 20 + 1, 2 ** 20 + 1, 100_000, 2 ** 16 + 1].map((high) =>
    random.randint(high)
  );
  assert.deepEqual(drawn, [121958, 671155, 860, 54886]);
});

Deno.test("RandomState matches NumPy past the first refill of its state (624 words)", () => {
  // np.random.seed(0); 1000 randn draws, then randint(365)
  const random = new RandomState(0);
  let last = NaN;
  for (let k = 0; k < 1000; k++) last = random.randn();
  assert.equal(last, -0.35811407547985674);
  assert.equal(random.randint(365), 352);
});

Deno.test("RandomState's default seed is 42", () => {
  assert.equal(new RandomState().randn(), new RandomState(42).randn());
});

Deno.test("RandomState refuses seeds NumPy refuses, quoting them", () => {
  for (const seed of [-1, 1.5, 2 ** 32, NaN]) {
    assert.throws(() => new RandomState(seed), RangeError, `got ${seed}`);
  }
  assert.throws(() => new RandomState("42" as unknown as number), TypeError, '"42"');
});

Deno.test("RandomState.randint refuses a high NumPy's 32-bit draws cannot give, quoting it", () => {
  const random = new RandomState(1);
  for (const high of [0, -3, 2.5, 2 ** 32 + 1, NaN]) {
    assert.throws(
      () => random.randint(high),
      RangeError,
      `Expected high to be a whole number from 1 to 4294967296, got ${high}`,
    );
  }
});

Deno.test("RandomState.randint(1) is 0 and draws no word, as NumPy's legacy interval does", () => {
  const [used, fresh] = [new RandomState(42), new RandomState(42)];
  assert.equal(used.randint(1), 0);
  assert.equal(used.randomSample(), fresh.randomSample(), "the next draw is still the first");
});

Deno.test("RandomState.randint names a high that is not a number as such", () => {
  const fromJavaScript = new RandomState(1).randint as (high: unknown) => number;
  assert.throws(
    () => fromJavaScript.call(new RandomState(1), "3"),
    TypeError,
    'Expected high to be a number, got "3"',
  );
});
