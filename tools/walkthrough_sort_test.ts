// The walkthrough takes the lessons in the order of their numbers, whatever order lessons/ lists
// them in: Deno.readDir promises no order, so lessonsFrom sorts the names itself.

import { assert } from "chai";
import { lessonsFrom } from "./walkthrough.ts";
import lesson01 from "../lessons/01_weighted_sum.ts" with { type: "text" };
import lesson02 from "../lessons/02_sigmoid.ts" with { type: "text" };
import lesson03 from "../lessons/03_predict.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };

Deno.test("the walkthrough sorts the lessons by number, whatever order the folder lists them in", async () => {
  const listed: [string, string][] = [
    ["10_hidden_layer.ts", lesson10],
    ["03_predict.ts", lesson03],
    ["01_weighted_sum.ts", lesson01],
    ["02_sigmoid.ts", lesson02],
  ];
  for (const order of [listed, [...listed].reverse()]) {
    const lessons = await lessonsFrom(Object.fromEntries(order));
    assert.deepEqual(lessons.map((lesson) => lesson.number), ["01", "02", "03", "10"]);
    assert.deepEqual(lessons.map((lesson) => lesson.path), [
      "lessons/01_weighted_sum.ts",
      "lessons/02_sigmoid.ts",
      "lessons/03_predict.ts",
      "lessons/10_hidden_layer.ts",
    ]);
  }
});
