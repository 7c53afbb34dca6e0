// The walkthrough takes the lessons in the catalogue's order (lessons/catalogue.ts), and the
// catalogue holds them in the order of their numbers: an entry out of order, or twice, is a bug
// that readCatalogue names.

import { assert } from "chai";
import { CATALOGUE, readCatalogue } from "../lessons/catalogue.ts";

Deno.test("the catalogue is in the order of the lessons' numbers, and refuses any other", async () => {
  const numbers = (await readCatalogue()).map((lesson) => lesson.number);
  assert.deepEqual(numbers, [...numbers].sort());
  const [first, second, third, tenth] = [0, 1, 2, 9].map((i) => CATALOGUE[i]);
  for (const order of [[tenth, third, first, second], [first, third, second], [first, first]]) {
    const error = await readCatalogue(order).catch((e) => e);
    assert.instanceOf(error, Error);
    assert.match(
      error.message,
      /^lessons\/\d\d_\w+\.ts comes after lesson \d\d: keep them in order$/,
    );
  }
  const inOrder = await readCatalogue([first, second, third, tenth]);
  assert.deepEqual(inOrder.map((lesson) => lesson.path), [
    "lessons/01_weighted_sum.ts",
    "lessons/02_sigmoid.ts",
    "lessons/03_predict.ts",
    "lessons/10_hidden_layer.ts",
  ]);
});
