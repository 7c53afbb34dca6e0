import { assert } from "chai";
import { XMLValidator } from "fast-xml-parser";
import { decisionBoundarySvg } from "./decision_boundary_svg.ts";
import { sigmoid } from "../sigmoid.ts";

const options = {
  predict: ([x1, x2]: readonly number[]) => sigmoid(3 * (x1 - x2)),
  points: [[0, 0], [0, 1], [1, 0], [1, 1]],
  targets: [0, 0, 1, 0],
  title: "A test boundary",
  resolution: 10,
};

Deno.test("the decision boundary is well-formed SVG with the heatmap, the points and the titles", async () => {
  const svg = await decisionBoundarySvg(options);
  assert.isTrue(XMLValidator.validate(svg) === true, "well-formed XML");
  assert.include(svg, ">A test boundary</text>");
  assert.include(svg, ">x1</text>");
  assert.include(svg, ">x2</text>");
  assert.include(svg, ">class 0</text>");
  assert.include(svg, ">class 1</text>");
  // 10 x 10 heatmap cells are drawn as paths of the rect mark.
  assert.isAtLeast(svg.split('role-mark layer_0_marks"').length - 1, 1);
});

Deno.test("points that are not two-dimensional or lack targets are refused", async () => {
  const failure = async (changes: Partial<typeof options>) => {
    try {
      await decisionBoundarySvg({ ...options, ...changes });
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected a failure");
  };
  assert.include((await failure({ points: [[0, 0, 0]], targets: [0] })).message, "two coordinates");
  assert.include((await failure({ targets: [0] })).message, "4 points, 1 targets");
  assert.include((await failure({ predict: () => NaN })).message, "is NaN: expected 0 to 1");
});
