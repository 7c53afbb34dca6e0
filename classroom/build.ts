// Builds the classroom page's scripts for the browser: every lesson and the page itself, bundled
// by `deno bundle --platform browser` into classroom/out/bundle/, with the code they share split
// into chunks (the charting library loads only when a lesson draws an SVG picture).
//
// Each lesson is its own entry point, so its bundled module keeps its own code and exports
// (`spec`, `main`), and the page imports it by address at run time, never a copy.
//
// Run by `deno task classroom` and `deno task test:browser` before they start the server.

import denoJson from "../deno.json" with { type: "json" };
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { LESSON_FILE } from "./render.ts";

/** Where the bundle goes; the server serves it from here. */
const BUNDLE_DIR = "classroom/out/bundle";

async function build(): Promise<void> {
  const lessons: string[] = [];
  for await (const entry of Deno.readDir("lessons")) {
    if (entry.isFile && LESSON_FILE.test(entry.name) && !(entry.name in SEPARATE_LESSONS)) {
      lessons.push(`lessons/${entry.name}`);
    }
  }
  lessons.sort();
  await Deno.mkdir("classroom/out", { recursive: true });
  await Deno.remove(BUNDLE_DIR, { recursive: true }).catch(() => {});
  const importMap = "classroom/out/import_map.json";
  await Deno.writeTextFile(
    importMap,
    JSON.stringify({ imports: denoJson.imports }, null, 2),
  );
  const { code, stderr } = await new Deno.Command("deno", {
    args: [
      "bundle",
      "--quiet",
      "--platform=browser",
      "--code-splitting",
      `--import-map=${importMap}`,
      `--outdir=${BUNDLE_DIR}`,
      "classroom/page/main.ts",
      ...lessons,
    ],
    stdout: "inherit",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    console.error(new TextDecoder().decode(stderr).trimEnd());
    console.error("Error: bundling the classroom page failed");
    Deno.exit(1);
  }
}

if (import.meta.main) await build();
