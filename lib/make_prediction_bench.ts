import { makePrediction } from "./make_prediction.ts";

Deno.bench("makePrediction for [1.66, 1.56] (lesson 03)", () => {
  makePrediction([1.66, 1.56], [1.45, -0.66], 0);
});
