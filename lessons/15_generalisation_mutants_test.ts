import { assert } from "chai";
import { type EpochRecord, gapText } from "./15_generalisation.ts";

const record = (trainLoss: number, validationLoss: number): EpochRecord => ({
  epoch: 40,
  train: { loss: trainLoss, accuracy: 0.98 },
  validation: { loss: validationLoss, accuracy: 0.95 },
  memorised: 0,
});

Deno.test("the gap's words at their edge: a validation loss equal to the training loss is '1.0 times as large', not 'smaller'", () => {
  const equal = gapText(record(0.02, 0.02), 365, 91, false, "tumours");
  assert.include(equal, "validation loss 0.0200, 1.0 times as large;");
  const below = gapText(record(0.02, 0.0199), 365, 91, false, "tumours");
  assert.include(below, "validation loss 0.0199, smaller;");
});
