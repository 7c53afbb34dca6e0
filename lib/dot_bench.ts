import { dot } from "./dot.ts";

const input = [1.66, 1.56];
const weights = [1.45, -0.66];
const long = Array.from({ length: 30 }, (_, i) => i / 30);

Deno.bench("dot of two 2-element vectors", { group: "dot", baseline: true }, () => {
  dot(input, weights);
});

Deno.bench("dot of two 30-element vectors", { group: "dot" }, () => {
  dot(long, long);
});
