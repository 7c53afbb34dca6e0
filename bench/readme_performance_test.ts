// The README's Performance section quotes measured figures only: `deno task compare:readme` writes
// the table and the prose between the markers, and that prose may quote only the table's own
// figures; outside the markers the section types no ratio and no time.

import { assert } from "chai";
import readme from "../README.md" with { type: "text" };

/** The ratios ("43x", "2.0x") and times ("37.6 ms") a text quotes. */
export const figures = (text: string) => text.match(/\b\d+(\.\d+)?x\b|\b\d+(\.\d+)? ?ms\b/g) ?? [];

const section = readme.slice(
  readme.indexOf("## Performance"),
  readme.indexOf("## For contributors"),
);
const [before, rest] = section.split("<!-- performance:begin -->");
const [generated, after] = rest.split("<!-- performance:end -->");
const table = generated.split("\n").filter((line) => line.startsWith("|"));
const prose = generated.split("\n").filter((line) => !line.startsWith("|")).join("\n");

Deno.test("figures are found as ratios and times, not inside names", () => {
  assert.deepEqual(figures("43x faster, 2.0x, 37.6 ms and 104 ms; 64x32 and 0x10 are not"), [
    "43x",
    "2.0x",
    "37.6 ms",
    "104 ms",
  ]);
});

Deno.test("the README's Performance prose quotes the table's own figures, and types none", () => {
  assert.isAbove(table.length, 3, "the generated table is there");
  assert.deepEqual(figures(before), [], "no figure typed above the generated part");
  assert.deepEqual(figures(after), [], "no figure typed below the generated part");
  const cells = table.flatMap((line) => line.split("|").map((cell) => cell.trim()));
  const quoted = figures(prose.replace(/^Measured on .*\n.*\n/, ""));
  assert.isNotEmpty(quoted, "the prose states the ratios");
  for (const figure of quoted) {
    assert.isTrue(
      cells.some((cell) =>
        cell === `${figure} faster` || cell === figure || cell.startsWith(`${figure} (`)
      ),
      `${figure} in the Performance prose is in the table`,
    );
  }
});
