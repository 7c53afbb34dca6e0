// What a lesson's editor on the classroom page needs from the build: the files a lesson's code
// imports (which the page's loader takes from the site's script when they are not edited), and
// the lib files it uses, which the page offers to edit beside the lesson. A lesson that imports
// the lib's index, lib/mod.ts, uses the files that define the names it imports from there.

/** A module's imports: each specifier, and whether it is imported as text. */
export function importsOf(source: string): { specifier: string; text: boolean }[] {
  const found: { specifier: string; text: boolean }[] = [];
  const pattern =
    /^\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?"([^"]+)"(\s+with\s*\{\s*type:\s*"text"\s*\})?/gm;
  for (const match of source.matchAll(pattern)) {
    if (/^(?:import|export)\s+type\s/.test(match[0].trim())) continue;
    found.push({ specifier: match[1], text: match[2] !== undefined });
  }
  return found;
}

/** `specifier` as imported from `from`, both paths from the project's root. */
export function resolvePath(from: string, specifier: string): string {
  return new URL(specifier, `file:///${from}`).pathname.slice(1);
}

/** The names a source imports from `specifier`, e.g. ["dot", "sigmoid"]. */
function namesFrom(source: string, specifier: string): string[] {
  const names: string[] = [];
  const pattern = /import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g;
  for (const match of source.matchAll(pattern)) {
    if (match[2] !== specifier) continue;
    for (const part of match[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0];
      if (name !== "" && !part.trim().startsWith("type ")) names.push(name);
    }
  }
  return names;
}

/** Where an index (a mod.ts) gets each name it re-exports: name → the file's path. */
function reExports(path: string, source: string): Map<string, string> {
  const from = new Map<string, string>();
  for (const match of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const part of match[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).at(-1)!;
      if (name !== "") from.set(name, resolvePath(path, match[2]));
    }
  }
  return from;
}

/**
 * The lib files lesson `path` uses: those it imports, and for the lib's indexes (mod.ts) those
 * that define the names it imports from them, in the order it names them.
 *
 * @param read A file's source by its path from the project's root.
 */
export function libFilesUsed(path: string, read: (path: string) => string): string[] {
  const source = read(path);
  const files: string[] = [];
  for (const { specifier, text } of importsOf(source)) {
    const target = resolvePath(path, specifier);
    if (text || !target.startsWith("lib/")) continue;
    if (!target.endsWith("/mod.ts")) {
      files.push(target);
      continue;
    }
    let index = target;
    for (const name of namesFrom(source, specifier)) {
      let file = reExports(index, read(index)).get(name);
      // An index may take a name from a folder's own index: follow it once more.
      while (file?.endsWith("/mod.ts")) {
        index = file;
        file = reExports(file, read(file)).get(name);
      }
      index = target;
      if (file !== undefined) files.push(file);
    }
  }
  return [...new Set(files)];
}

/**
 * The lines of the site's registry that the lessons' editor reads: every module a lesson or a lib
 * file it offers imports, by path (`classroomModules`; text as a module whose default is the
 * text), the lib files each lesson offers (`classroomLibFiles`) and their sources
 * (`classroomSources`).
 *
 * @param files The lessons in the site, by file name in lessons/.
 * @param read A file's source by its path from the project's root.
 */
export function editorRegistry(files: readonly string[], read: (path: string) => string): string[] {
  const modules = new Map<string, boolean>();
  const sources = new Set<string>();
  const libFiles: Record<string, string[]> = {};
  const importsIn = (path: string) => {
    for (const { specifier, text } of importsOf(read(path))) {
      if (!specifier.startsWith(".")) continue;
      const target = resolvePath(path, specifier);
      // Another lesson is in the site only if it runs there.
      if (target.startsWith("lessons/") && !files.includes(target.slice("lessons/".length))) {
        continue;
      }
      modules.set(target, text);
    }
  };
  for (const file of files) {
    const path = `lessons/${file}`;
    importsIn(path);
    libFiles[file] = libFilesUsed(path, read);
    for (const lib of libFiles[file]) {
      sources.add(lib);
      importsIn(lib);
    }
  }
  const paths = [...modules.keys()];
  const texts = [...sources];
  return [
    ...paths.map((path, i) =>
      modules.get(path)
        ? `import module${i} from "./${path}" with { type: "text" };`
        : `import * as module${i} from "./${path}";`
    ),
    ...texts.map((path, i) => `import source${i} from "./${path}" with { type: "text" };`),
    "globalThis.classroomModules = {",
    ...paths.map((path, i) =>
      `  ${JSON.stringify(path)}: ${
        modules.get(path) ? `{ __esModule: true, default: module${i} }` : `module${i}`
      },`
    ),
    "};",
    "globalThis.classroomSources = {",
    ...texts.map((path, i) => `  ${JSON.stringify(path)}: source${i},`),
    "};",
    `globalThis.classroomLibFiles = ${JSON.stringify(libFiles)};`,
  ];
}
