// The NumPy side of a comparison, kept running between measurements: `python3 SCRIPT serve` reads
// its job as one JSON line, answers with its versions, then trains once for every "run" line and
// answers with the errors and the seconds it took, one JSON line each.

import { LessonError } from "../runtime/cli.ts";
import { printable } from "../lib/data/_printable.ts";

/** A running NumPy side. */
export interface NumpyServer {
  /** "; Python 3.11.7, NumPy 2.4.6" */
  versions: string;
  /** Trains once: the cumulative errors, and the training's time in CPU seconds. */
  run(): Promise<{ errors: number[]; seconds: number }>;
  close(): Promise<void>;
}

/**
 * Starts `python3 script serve` with `job`.
 *
 * @returns The server, or why the NumPy side is skipped (python3 missing or not allowed to run,
 * NumPy missing, or the script's own last line of error).
 */
export async function startNumpyServer(
  script: string,
  job: unknown,
): Promise<NumpyServer | string> {
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("python3", {
      args: [script, "serve"],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "python3 is missing";
    if (error instanceof Deno.errors.NotCapable) return "python3 is not allowed to run";
    throw error;
  }
  const writer = child.stdin.getWriter();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  const nextLine = async (): Promise<string | undefined> => {
    while (!buffered.includes("\n")) {
      const { value, done } = await lines.read();
      if (done) return undefined;
      buffered += value;
    }
    const end = buffered.indexOf("\n");
    const line = buffered.slice(0, end);
    buffered = buffered.slice(end + 1);
    return line;
  };
  const send = (line: string) => writer.write(new TextEncoder().encode(`${line}\n`));
  const stop = async () => {
    await writer.close().catch(() => {});
    await lines.cancel().catch(() => {});
    return await new Response(child.stderr).text().finally(() => child.status);
  };

  await send(JSON.stringify(job)).catch(() => {}); // if it ended already, stderr says why
  const hello = await nextLine();
  if (hello === undefined) {
    const stderr = await stop();
    return stderr.includes("No module named")
      ? "NumPy is missing"
      : printable(stderr.trim().split("\n").at(-1) ?? "python3 failed");
  }
  const { python, numpy } = JSON.parse(hello);
  return {
    versions: `; Python ${python}, NumPy ${numpy}`,
    async run() {
      await send("run");
      const line = await nextLine();
      if (line === undefined) throw new LessonError(`python3 ${script} serve stopped`);
      return JSON.parse(line);
    },
    async close() {
      await stop();
    },
  };
}
