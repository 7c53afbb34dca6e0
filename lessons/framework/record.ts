// deno task framework:record: lesson 18's default run, recorded for the classroom page. The page
// cannot run TensorFlow.js (it is not in the site's bundle, and lesson 18 needs its own
// configuration), so it shows this recording instead, with the day it was made and the command
// that made it; `deno task test:framework` checks that a fresh run still prints exactly this.
//
// Run it: deno task framework:record    (writes lessons/framework/recorded_run.json only)

/** Where the recording is kept; runtime/separate.ts names it for the page's build. */
export const RECORDING = "lessons/framework/recorded_run.json";

/** The command the recording is of, as the page shows it. */
export const COMMAND = "deno task framework";

/** A recorded run: the day (UTC), the command, its exit code and what it printed. */
export interface RecordedRun {
  date: string;
  command: string;
  code: number;
  stdout: string;
}

/**
 * A run with its measured times left out, to compare two runs by: section 3 of lesson 18 times
 * one step of each, and no two runs take the same time. Every number in that section becomes
 * `#`, and its line breaks, which move with the numbers' widths, become spaces; every other line
 * stays as printed.
 */
export function withoutTimes(stdout: string): string {
  const start = stdout.indexOf("\n3. ");
  const end = stdout.indexOf("\n\n", start + 1);
  if (start < 0 || end < 0) return stdout;
  const timing = stdout.slice(start + 1, end).replace(/\d+(\.\d+)?/g, "#").split(/\s+/).join(" ");
  return `${stdout.slice(0, start + 1)}${timing}${stdout.slice(end)}`;
}

/** Lesson 18 run as `deno task framework` runs it, with no colour: what it printed. */
export async function freshRun(): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["run", "--config", "lessons/framework/deno.json", "lessons/18_framework.ts"],
    env: { NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

if (import.meta.main) {
  const run = await freshRun();
  if (run.code !== 0 || run.stderr !== "") {
    console.error(`Lesson 18 failed (exit code ${run.code}): ${run.stderr.trim()}`);
    Deno.exit(1);
  }
  const recorded: RecordedRun = {
    date: new Date().toISOString().slice(0, 10),
    command: COMMAND,
    code: run.code,
    stdout: run.stdout,
  };
  await Deno.writeTextFile(RECORDING, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`Wrote ${RECORDING}, recorded on ${recorded.date}`);
}
