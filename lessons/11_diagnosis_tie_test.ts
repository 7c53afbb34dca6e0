// Lesson 11 chooses its model on the validation set and, on a tie, the simpler one: the single
// neuron, listed first. Seed 2 gives such a tie (both models right for the same number of
// validation tumours), so the rule is tested at its boundary, where `>` and `>=` differ.

import { assert } from "chai";
import { runLesson } from "../runtime/testing.ts";
import { main } from "./11_diagnosis.ts";

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
  const chosen = out.filter((line) => line.startsWith("Chosen on the validation set"));
  assert.deepEqual(chosen, [
    "Chosen on the validation set (a tie: the simpler model): the single neuron (30 weights " +
    "and a bias).",
  ]);
});
