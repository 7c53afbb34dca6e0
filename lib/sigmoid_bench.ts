import { sigmoid } from "./sigmoid.ts";
import { sigmoidDerivative } from "./sigmoid_derivative.ts";

let x = 0;

Deno.bench("sigmoid", () => {
  sigmoid(x);
  x = (x + 0.37) % 10;
});

Deno.bench("sigmoidDerivative", () => {
  sigmoidDerivative(x);
  x = (x + 0.37) % 10;
});
