// deno task install:size: what each set-up step downloads, measured. Into an empty Deno cache (a
// fresh DENO_DIR in /tmp, removed after), one after the other, as the
// README's Set up orders them: `deno install` (every machine of the class), `deno task
// site:install` (a teacher's machine, to build the classroom site) and `deno task browser:install`
// (a contributor's or CI's, for the browser tests). After each it counts the npm packages in the
// cache (one per name and version) and the bytes of every file in it, and names the largest
// packages the step added. It needs the network, as the steps do.
//
// Run it: deno task install:size

import { defineLesson, LessonError, lessonMain } from "../runtime/cli.ts";

/** The set-up steps, in order, each the command the README gives. */
export const STEPS: readonly { command: string; args: readonly string[] }[] = [
  { command: "deno install", args: ["install", "--quiet"] },
  { command: "deno task site:install", args: ["task", "--quiet", "site:install"] },
  { command: "deno task browser:install", args: ["task", "--quiet", "browser:install"] },
];

/**
 * The npm packages ("name@version") of a Deno cache, from the paths of its files relative to its
 * npm registry folder: a package is a folder `name/version/` (`@scope/name/version/`) with a
 * package.json in it; the package.json files deeper inside a package are not packages.
 */
export function packagesOf(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const parts = path.split("/");
    const depth = parts[0].startsWith("@") ? 3 : 2;
    if (parts.length === depth + 1 && parts[depth] === "package.json") {
      found.add(`${parts.slice(0, depth - 1).join("/")}@${parts[depth - 1]}`);
    }
  }
  return [...found].sort();
}

/** Megabytes (2^20 bytes) with one decimal. */
export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Every file under `root`: its path relative to `root`, and its size. */
async function filesUnder(root: string, prefix = ""): Promise<{ path: string; size: number }[]> {
  const files: { path: string; size: number }[] = [];
  for await (const entry of Deno.readDir(`${root}/${prefix}`)) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory) files.push(...await filesUnder(root, `${path}/`));
    else if (entry.isFile) files.push({ path, size: (await Deno.stat(`${root}/${path}`)).size });
  }
  return files;
}

/** A Deno cache, measured: its packages ("name@version") with their bytes, and its bytes. */
export interface Cache {
  packages: ReadonlyMap<string, number>;
  bytes: number;
}

/**
 * What a step added to the cache: the packages new in it and the bytes it grew by, then the
 * largest three of those packages (no line when it added none).
 */
export function stepLines(command: string, before: Cache, after: Cache): string[] {
  const added = [...after.packages].filter(([name]) => !before.packages.has(name))
    .sort((a, b) => b[1] - a[1]);
  const largest = added.slice(0, 3).map(([name, size]) => `${name} ${megabytes(size)} MB`);
  return [
    `${command}: ${added.length} packages, ${megabytes(after.bytes - before.bytes)} MB ` +
    `(cache ${after.packages.size} packages, ${megabytes(after.bytes)} MB)`,
    ...(largest.length > 0 ? [`  largest: ${largest.join(", ")}`] : []),
  ];
}

/** The cache's packages, each with its size, and the bytes of every file in the cache. */
async function measure(denoDir: string): Promise<Cache> {
  const files = await filesUnder(denoDir);
  const registry = "npm/registry.npmjs.org/";
  const inRegistry = files.filter((f) => f.path.startsWith(registry))
    .map((f) => ({ ...f, path: f.path.slice(registry.length) }));
  const packages = new Map<string, number>();
  for (const name of packagesOf(inRegistry.map((f) => f.path))) {
    const at = name.lastIndexOf("@");
    const folder = `${name.slice(0, at)}/${name.slice(at + 1)}/`;
    const size = inRegistry.filter((f) => f.path.startsWith(folder))
      .reduce((sum, f) => sum + f.size, 0);
    packages.set(name, size);
  }
  return { packages, bytes: files.reduce((sum, f) => sum + f.size, 0) };
}

export const spec = defineLesson({
  summary: "What each set-up step downloads into an empty Deno cache: packages and megabytes.",
  command: "deno task install:size",
  flags: {},
  examples: ["deno task install:size"],
});

export const main = lessonMain(import.meta.url, spec, async (_flags, io) => {
  const denoDir = await Deno.makeTempDir({ dir: "/tmp", prefix: "install_size_" }).catch(
    (error) => {
      if (!(error instanceof Deno.errors.NotCapable)) throw error;
      throw new LessonError(
        "measuring needs --allow-run=deno --allow-read=/tmp --allow-write=/tmp; run it as " +
          "deno task install:size",
      );
    },
  );
  try {
    let before: Cache = { packages: new Map(), bytes: 0 };
    for (const step of STEPS) {
      const { success, stderr } = await new Deno.Command("deno", {
        args: [...step.args],
        env: { DENO_DIR: denoDir, NO_COLOR: "1" },
        stdout: "null",
        stderr: "piped",
      }).output();
      if (!success) {
        throw new LessonError(
          `${step.command} failed: ${new TextDecoder().decode(stderr).trim().split("\n").at(-1)}`,
        );
      }
      const after = await measure(denoDir);
      for (const line of stepLines(step.command, before, after)) io.log(line);
      before = after;
    }
  } finally {
    await Deno.remove(denoDir, { recursive: true });
  }
});

if (import.meta.main) Deno.exitCode = await main(Deno.args);
