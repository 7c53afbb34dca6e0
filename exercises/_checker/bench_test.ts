// The README's paragraph on the checker's speed is written from the bench's measures: each figure
// from its measure, and the verdict on the 0.3 s goal from the slower of the two --watch answers.

import { assert } from "chai";
import readme from "../../README.md" with { type: "text" };
import { type CheckerSpeed, GOAL_MS, speedParagraph } from "./bench.ts";

const speed: CheckerSpeed = {
  first: 1304.6,
  watch: [85.2, 125.4],
  watchTypes: [84.1, 71.3],
  single: [2043, 2451],
  cores: 2,
  load: [5.21, 6.64],
};

Deno.test("the paragraph quotes each measure: answers, type checks, a single run, the first check", () => {
  const text = speedParagraph(speed);
  for (
    const figure of [
      "2 cores, load average 5.2 before and 6.6 after",
      "85 ms for exercise 01 and 125 ms for exercise 08",
      "its warm type check 71-84 ms",
      "took 2.45 s",
      "loads TypeScript, took 1.30 s",
    ]
  ) assert.include(text, figure);
});

Deno.test("a --watch answer of exactly 0.3 s is within the goal, a millisecond more is over", () => {
  assert.equal(GOAL_MS, 300);
  assert.include(speedParagraph({ ...speed, watch: [120, 300] }), "within the goal of 0.3 s");
  assert.include(speedParagraph({ ...speed, watch: [301, 120] }), "over the goal of 0.3 s");
});

Deno.test("the README's exercise-speed section is the bench's paragraph, not typed figures", () => {
  const section = readme.split("<!-- exercise-speed:begin -->")[1]?.split(
    "<!-- exercise-speed:end -->",
  )[0] ?? "";
  const words = section.trim().replace(/\s+/g, " ");
  const shape = speedParagraph(speed).replace(/\d+(\.\d+)?/g, "N").replace(/within|over/, "W");
  assert.equal(words.replace(/\d+(\.\d+)?/g, "N").replace(/within|over/, "W"), shape);
});
