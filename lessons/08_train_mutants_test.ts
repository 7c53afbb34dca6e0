import { assert } from "chai";
import { frozenWrong, stillFalling } from "./08_train.ts";

Deno.test("lesson 08's verdict at its edge: rises equal to the net fall are going up and down, not still falling", () => {
  // The second half of [5, 4, 3, 4, 2] is [3, 4, 2]: a net fall of 1 and a rise of exactly 1.
  assert.isFalse(stillFalling([5, 4, 3, 4, 2]));
  // The second half of [4, 3.5, 3, 2, 2.5, 1.5] is [3, 2, 2.5, 1.5]: a fall of 1.5, a rise of 0.5.
  assert.isTrue(stillFalling([4, 3.5, 3, 2, 2.5, 1.5]));
  // The second half of [5, 4, 3, 4, 3] is [3, 4, 3]: no net fall at all.
  assert.isFalse(stillFalling([5, 4, 3, 4, 3]));
  assert.isTrue(stillFalling([3, 2, 1]));
});

Deno.test("a frozen run counts its wrong samples in words: none, one, several", () => {
  assert.equal(frozenWrong(0), "every sample is right, each costing exactly 0 to the error");
  assert.equal(frozenWrong(1), "1 sample stays wrong, costing exactly 1 to the error");
  assert.equal(frozenWrong(4), "4 samples stay wrong, each costing exactly 1 to the error");
});
