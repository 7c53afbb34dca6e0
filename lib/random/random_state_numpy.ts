// RandomState against python3's NumPy, live: tens of thousands of draws per seed, in mixed order;
// and the tutorial's own code (bench/article_numpy.py) against its checked-in output, which
// lessons/08_train_test.ts holds lesson 08 to.
// Run by `deno task test:numpy` (permission: --allow-run=python3 only); it skips with one line
// where python3 or NumPy is missing. Every draw but randn's must be identical; randn's may differ
// in its last bit, rarely (about 1 in 2,500 draws): JavaScript's Math.log and the C library's
// log, which NumPy calls, round a few results differently.
import { assert } from "chai";
import checkedIn from "../../bench/article_numpy_errors.json" with { type: "json" };
import { RandomState } from "./random_state.ts";

const SCRIPT = new URL("../../bench/random_numpy.py", import.meta.url).pathname;

async function numpyAvailable(): Promise<boolean> {
  try {
    const check = new Deno.Command("python3", { args: ["-c", "import numpy"], stderr: "null" });
    return (await check.output()).success;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

type Draw = ["random_sample"] | ["randn"] | ["randint", number] | ["shuffle", number];

/** NumPy's results for each job, from bench/random_numpy.py. */
async function numpyDraws(jobs: { seed: number; draws: Draw[] }[]): Promise<unknown[][]> {
  const child = new Deno.Command("python3", { args: [SCRIPT], stdin: "piped", stdout: "piped" })
    .spawn();
  const output = child.output(); // read while writing, so a full pipe cannot block either side
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(jobs.map((j) => JSON.stringify(j) + "\n").join("")));
  await writer.close();
  const { success, stdout } = await output;
  assert.isTrue(success, "bench/random_numpy.py failed");
  return new TextDecoder().decode(stdout).trim().split("\n").map((line) => JSON.parse(line));
}

/** A mixed sequence of draws, the same for the same seed. */
function drawsFor(seed: number): Draw[] {
  const order = new RandomState(seed);
  const highs = [1, 2, 3, 8, 100, 365, 1797, 2 ** 31, 2 ** 32 - 1, 2 ** 32];
  return Array.from({ length: 20_000 }, (): Draw => {
    const kind = order.randint(10);
    if (kind < 5) return ["randn"];
    if (kind < 7) return ["random_sample"];
    if (kind < 9) return ["randint", highs[order.randint(highs.length)]];
    return ["shuffle", order.randint(20)];
  });
}

Deno.test("the mixed draws take each kind in its share, every high, and shuffles of 0 to 19 items", () => {
  const draws = drawsFor(0);
  const count = (kind: string) => draws.filter(([k]) => k === kind).length;
  assert.deepEqual(
    [count("randn"), count("random_sample"), count("randint"), count("shuffle")],
    [10057, 4022, 3927, 1994],
    "half randn, a fifth random_sample, a fifth randint, a tenth shuffle",
  );
  const highs = new Set(draws.filter(([k]) => k === "randint").map(([, high]) => high));
  assert.sameMembers([...highs], [1, 2, 3, 8, 100, 365, 1797, 2 ** 31, 2 ** 32 - 1, 2 ** 32]);
  const sizes = new Set(draws.filter(([k]) => k === "shuffle").map(([, n]) => n));
  assert.sameMembers([...sizes], [...Array(20).keys()]);
  assert.deepEqual(drawsFor(0), draws, "the same seed, the same draws");
  assert.notDeepEqual(drawsFor(1), draws);
});

if (!(await numpyAvailable())) {
  console.log("python3 with NumPy is missing: skipping RandomState's live checks against NumPy");
} else {
  Deno.test("RandomState draws what NumPy's legacy np.random draws, live, for six seeds", async () => {
    const jobs = [0, 1, 7, 42, 123456, 2 ** 32 - 1].map((seed) => ({
      seed,
      draws: drawsFor(seed),
    }));
    const expected = await numpyDraws(jobs);
    let lastBit = 0;
    jobs.forEach(({ seed, draws }, j) => {
      const random = new RandomState(seed);
      draws.forEach((draw, k) => {
        const numpy = expected[j][k];
        const where = `seed ${seed}, draw ${k} (${draw.join(" ")})`;
        if (draw[0] === "randn") {
          const ours = random.randn();
          if (ours !== numpy) lastBit++;
          assert.closeTo(ours, numpy as number, 4e-16 * Math.max(1, Math.abs(ours)), where);
        } else if (draw[0] === "random_sample") {
          assert.strictEqual(random.randomSample(), numpy, where);
        } else if (draw[0] === "randint") {
          assert.strictEqual(random.randint(draw[1]), numpy, where);
        } else {
          assert.deepEqual(
            random.shuffle(Array.from({ length: draw[1] }, (_, i) => i)),
            numpy,
            where,
          );
        }
      });
    });
    const randns = jobs.flatMap((j) => j.draws).filter(([kind]) => kind === "randn").length;
    assert.isBelow(lastBit, randns / 1000, "randn draws differing in their last bit");
  });
}

if (await numpyAvailable()) {
  Deno.test("bench/article_numpy_errors.json is what the tutorial's code prints now", async () => {
    const script = new URL("../../bench/article_numpy.py", import.meta.url).pathname;
    const seeds = Object.keys(checkedIn);
    const { success, stdout } = await new Deno.Command("python3", {
      args: [script, "errors", ...seeds],
      stdout: "piped",
    }).output();
    assert.isTrue(success, "bench/article_numpy.py errors failed");
    assert.deepEqual(JSON.parse(new TextDecoder().decode(stdout)), checkedIn);
  });
}
