// The cold side of the comparison: in a fresh process, the first training of the job read from
// standard input, timed; what a learner's single run of lesson 08 spends on training. Prints the
// time and the cumulative errors as JSON. Run by bench/compare.ts; it needs no permission.

import { type Job, trainerFor } from "./_job.ts";

const job: Job = JSON.parse(await new Response(Deno.stdin.readable).text());
const train = trainerFor(job);
const start = performance.now();
const errors = train();
const seconds = (performance.now() - start) / 1e3;
console.log(JSON.stringify({ seconds, errors }));
