// The project's fast-check: the package itself, with every property seeded. The import map sends
// `import fc from "fast-check"` here, so a property test draws the same values on every run and
// every machine, as all randomness in the project does; a failure is one anyone can replay.
// To look further than the fixed draws, change SEED and run the tests; a failure names the seed
// and the path to replay it with (fc.assert's report).

import fc from "npm:fast-check@^4.11.0";

/** The seed every property starts from. */
export const SEED = 20261204;

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: SEED });

export * from "npm:fast-check@^4.11.0";
export default fc;
