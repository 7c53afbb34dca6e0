// Lesson 11 chooses its model on the validation set and, on a tie, the simpler one: the single
// neuron, listed first. Seed 2 gives such a tie (both models right for the same number of
// validation tumours), so the rule is tested at its boundary, where `>` and `>=` differ. So is
// the raw run beside always answering the commoner class: as many right is no better.

import { assert } from "chai";
import { runLesson } from "../runtime/testing.ts";
import { againstCommoner, main, pairedVerdict } from "./11_diagnosis.ts";

/** The seed whose run ties the two models on the validation set. */
const TIE_SEED = "2";

Deno.test("on a validation tie lesson 11 chooses the simpler model, the single neuron", async () => {
  const { code, out, err } = await runLesson(main, ["--seed", TIE_SEED]);
  assert.equal(code, 0);
  assert.deepEqual(err, []);
  const validation = out.flatMap((line) => {
    const found = line.match(/validation accuracy:? [\d.]+% \((\d+)\/\d+\)/i);
    return found ? [Number(found[1])] : [];
  });
  assert.lengthOf(validation, 2, "one validation accuracy for each model");
  assert.equal(
    validation[0],
    validation[1],
    `seed ${TIE_SEED} should tie the two models on the validation set; if the lesson's numbers ` +
      "changed, choose another seed that ties them",
  );
  const chosen = out.filter((line) => line.startsWith("Chosen on the validation set"))
    .map((line) => line.replaceAll("\n", " "));
  assert.deepEqual(chosen, [
    "Chosen on the validation set (a tie: the simpler model): the single neuron (30 weights " +
    "and a bias).",
  ]);
});

Deno.test("the tumour-by-tumour verdict on a tie says so, and takes the simpler model", () => {
  assert.equal(
    pairedVerdict(89, 89, 91, 1, 1),
    "The two tie at 89 of 91: of the 2 tumours where they disagree, each model gets 1 right. " +
      "A tie is no evidence either way, so we take the simpler model.",
  );
  assert.equal(
    pairedVerdict(88, 88, 91, 0, 0),
    "The two models are right on the same 88 of 91 tumours and wrong on the same others: the " +
      "validation set cannot tell them apart, so we take the simpler model.",
  );
});

Deno.test("the tumour-by-tumour verdict: one disagreement is one tumour, weighed by McNemar's test", () => {
  const one = pairedVerdict(88, 89, 91, 0, 1);
  assert.include(one, "that is on the 1 tumour where they disagree.");
  assert.include(one, "as uneven as 1 to 0 happens, either way round, with probability 1.00");
  assert.include(one, "we take the higher count");
  // 0 to 6: both ways round, 2 / 2^6 = 0.03125 < 0.05.
  assert.include(
    pairedVerdict(85, 91, 91, 0, 6),
    "probability 0.03 (McNemar's exact test): evidence",
  );
});

Deno.test("a raw run exactly as good as always answering the commoner class is no better than it", () => {
  assert.equal(
    againstCommoner(212, 212),
    ", no better than always answering the commoner class (212).",
  );
  assert.equal(
    againstCommoner(150, 212),
    ", no better than always answering the commoner class (212).",
  );
  assert.equal(againstCommoner(213, 212), ", where always answering the commoner class gets 212.");
});
