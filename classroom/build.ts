// Builds the classroom site: one folder, classroom/out/site/, that works opened as index.html from
// the disk with no network (a USB stick, a Chromebook, a school machine where nothing installs)
// and served by any static server (`deno task classroom` serves this same folder). It holds the
// page, its style sheet and one classic script with every lesson, the lib and the data sets in
// it: no module script (Chromium refuses those from file://), no CDN, no web font, nothing
// fetched at run time.
//
// The bundler is esbuild, through its JavaScript API. Only this build loads it, so it is in the
// build's own configuration, classroom/bundler/deno.json, not the class's: `deno task
// site:install` caches it (with its binary for this machine), and then a build needs no network.
// esbuild resolves npm packages from a node_modules folder, which Deno makes from its own cache
// in classroom/out/deps/ (offline too: the lock names every version). Two things Deno does and a
// classic script cannot are done here: data read through text imports (`with { type: "text" }`)
// become strings, and each lesson's `import.meta` is replaced. A lesson's module ends with
// `if (import.meta.main) ... await main(Deno.args)`, which must not run in a page (the page
// calls `main` itself) and which an IIFE cannot hold: `import.meta.main` becomes `false`, and the
// bundler drops that line; `import.meta.url` becomes the lesson's own path, so that its `--help`
// names `lessons/NN_name.ts` as in a terminal. Any other warning of the bundler fails the build.
//
// Run it: deno task site

import * as esbuild from "esbuild";
import denoJson from "../deno.json" with { type: "json" };
import { defineLesson, LessonError, lessonMain } from "../runtime/cli.ts";
import type { Io } from "../runtime/io.ts";
import { IN_PROCESS } from "../lessons/catalogue.ts";
import { exercises } from "../exercises/_checker/list.ts";
import { SEPARATE_LESSONS } from "../runtime/separate.ts";
import { renderPage } from "./render.ts";
import { lessonUrl, SCRIPT, SITE_DIR, withoutImportMeta } from "./site.ts";
import { editorRegistry } from "./editable.ts";

const OUT = "classroom/out";
const DEPS_DIR = `${OUT}/deps`;
const PAGE = "classroom/page/main.ts";
const WORKER = "classroom/page/worker.ts";
const EXERCISE_WORKER = "classroom/page/exercise_worker.ts";
const STYLE = "classroom/page/style.css";

export { lessonUrl, withoutImportMeta };

/**
 * The site's entry: every lesson's module registered by file name (the page and its worker find
 * them in `globalThis.classroomLessons`) and every exercise's blank (`classroomBlanks`), then, in
 * a page, the page itself and, in a worker (the same script again, see `WRAPPER`), the worker's
 * side: the lessons' worker, or the exercises' when it is named so. Modules run in the order they
 * are imported, so the lessons are registered before either starts.
 */
export function siteEntry(
  files: readonly string[],
  exerciseFiles: readonly string[] = [],
  editor: readonly string[] = [],
): { registry: string; entry: string } {
  const registry = [
    ...files.map((file, i) => `import * as lesson${i} from "./lessons/${file}";`),
    ...exerciseFiles.map((file, i) =>
      `import blank${i} from "./exercises/_blanks/${file}" with { type: "text" };`
    ),
    "globalThis.classroomLessons = {",
    ...files.map((file, i) => `  ${JSON.stringify(file)}: lesson${i},`),
    "};",
    "globalThis.classroomBlanks = {",
    ...exerciseFiles.map((file, i) => `  ${JSON.stringify(file)}: blank${i},`),
    "};",
    ...editor,
  ];
  const entry = [
    `import "site:registry";`,
    `if (typeof document !== "undefined") import("./${PAGE}");`,
    `else if (self.name === "exercises") {`,
    `  import("./${EXERCISE_WORKER}").then((w) => w.serveExercises());`,
    `} else import("./${WORKER}").then((w) => w.serveLessons());`,
  ];
  return { registry: `${registry.join("\n")}\n`, entry: `${entry.join("\n")}\n` };
}

/**
 * The script is one named function, called at once: the page starts the lessons' worker from a
 * Blob URL of that function's own source (`String(classroomSite)`), the only way to give a worker
 * code from a page opened from the disk, and no second copy of the script in the folder.
 */
export const WRAPPER = { banner: "function classroomSite() {", footer: "}\nclassroomSite();" };

/** The npm packages of the import map in a node_modules folder, made by Deno from its cache. */
async function installPackages(): Promise<string> {
  await Deno.mkdir(DEPS_DIR, { recursive: true });
  await Deno.writeTextFile(
    `${DEPS_DIR}/deno.json`,
    JSON.stringify({ imports: denoJson.imports, lock: { frozen: true } }, null, 2),
  );
  await Deno.copyFile("deno.lock", `${DEPS_DIR}/deno.lock`);
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["install", "--quiet", "--node-modules-dir=auto"],
    cwd: DEPS_DIR,
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new LessonError(
      `Deno could not set out the npm packages in ${DEPS_DIR}/node_modules (run deno install ` +
        `in the project first): ${new TextDecoder().decode(stderr).trim()}`,
    );
  }
  return `${Deno.cwd()}/${DEPS_DIR}/node_modules`;
}

/** What Deno does and esbuild does not: text imports, the lessons' `import.meta`, the entry. */
function denoLikePlugin(files: readonly string[]): esbuild.Plugin {
  const read = (path: string) => Deno.readTextFileSync(path);
  const { registry, entry } = siteEntry(
    files,
    exercises.map((e) => e.file),
    editorRegistry(files, read),
  );
  return {
    name: "classroom-site",
    setup(build) {
      build.onResolve({ filter: /^site:/ }, ({ path }) => ({ path, namespace: "site" }));
      build.onLoad({ filter: /.*/, namespace: "site" }, ({ path }) => ({
        contents: path === "site:registry" ? registry : entry,
        resolveDir: Deno.cwd(),
        loader: "js",
      }));
      build.onLoad({ filter: /.*/ }, async ({ path, with: attributes }) => {
        if (attributes.type === "text") {
          return { contents: await Deno.readTextFile(path), loader: "text" };
        }
        const lesson = /[\\/]lessons[\\/](\d\d_[a-z0-9_]+\.ts)$/.exec(path)?.[1];
        if (lesson === undefined || !files.includes(lesson)) return undefined;
        return { contents: withoutImportMeta(await Deno.readTextFile(path), lesson), loader: "ts" };
      });
    },
  };
}

/** Bundles the page and every lesson into one classic script; any warning is an error. */
async function bundle(files: readonly string[], io: Io): Promise<void> {
  const nodeModules = await installPackages();
  let result: esbuild.BuildResult;
  try {
    result = await esbuild.build({
      entryPoints: ["site:entry"],
      outfile: `${SITE_DIR}/${SCRIPT}`,
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      charset: "utf8",
      nodePaths: [nodeModules],
      plugins: [denoLikePlugin(files)],
      logLevel: "silent",
      banner: { js: WRAPPER.banner },
      footer: { js: WRAPPER.footer },
    });
  } catch (error) {
    const { errors } = error as esbuild.BuildFailure;
    if (errors === undefined) throw error;
    result = { errors, warnings: [] } as unknown as esbuild.BuildResult;
  } finally {
    await esbuild.stop();
  }
  const problems = [...result.errors, ...result.warnings];
  if (problems.length > 0) {
    const text = await esbuild.formatMessages(problems, { kind: "error", color: false });
    io.error(text.join("").trimEnd());
    throw new LessonError("Bundling the classroom site failed (above)");
  }
}

/** Builds the site into `SITE_DIR`, from scratch. */
export async function buildSite(io: Io): Promise<void> {
  const files = IN_PROCESS;
  await Deno.remove(SITE_DIR, { recursive: true }).catch(() => {});
  await Deno.mkdir(SITE_DIR, { recursive: true });
  await bundle(files, io);
  const lessons = await Promise.all(
    files.map(async (file) => ({ file, source: await Deno.readTextFile(`lessons/${file}`) })),
  );
  // A lesson that runs apart, with a recording of its run: the page shows the recording.
  const recorded = await Promise.all(
    Object.entries(SEPARATE_LESSONS).flatMap(([file, { recording }]) =>
      recording === undefined ? [] : [(async () => ({
        file,
        source: await Deno.readTextFile(`lessons/${file}`),
        recorded: JSON.parse(await Deno.readTextFile(recording)),
      }))()]
    ),
  );
  const all = [...lessons, ...recorded].sort((a, b) => a.file.localeCompare(b.file));
  await Deno.writeTextFile(`${SITE_DIR}/index.html`, renderPage(all, SCRIPT));
  await Deno.copyFile(STYLE, `${SITE_DIR}/style.css`);
}

/** Every file under `dir`, with its size, for the build's last line and the budget's test. */
export async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    total += entry.isDirectory ? await folderSize(path) : (await Deno.stat(path)).size;
  }
  return total;
}

// The command line, with the lessons' own flag rules: no flags but --help.
export const spec = defineLesson({
  summary: "Builds the classroom site, a folder that opens from the disk with no network.",
  command: "deno task site",
  flags: {},
  examples: ["deno task site"],
});

export const main = lessonMain(import.meta.url, spec, async (_flags, io) => {
  await buildSite(io);
  const size = await folderSize(SITE_DIR);
  io.log(
    `Wrote ${SITE_DIR}/ (${(size / 1024 / 1024).toFixed(1)} MB): open ${SITE_DIR}/index.html ` +
      `in a browser, or copy the folder`,
  );
});

if (import.meta.main) Deno.exitCode = await main(Deno.args);
