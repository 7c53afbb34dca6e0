// Type errors first: before the learner's code runs, TypeScript reads their files, and the
// first error in each file is shown in plain words, where it is and what TypeScript says:
//
//     exercises/01_prediction.ts:7:3: Type 'number[]' is not assignable to type 'number'.

export { denoTypeCheck, type TypeCheck, typeErrors } from "./deno_check.ts";
import { type TypeCheck, typeErrorLines as report } from "./deno_check.ts";

/**
 * TypeScript's own checker, kept warm for the whole session, on the learner's files: the
 * compiler Deno 2.9 carries (TypeScript 6.0.3), with Deno's global types (`deno types`) and
 * `deno check`'s strict options, for `--watch`: the first check loads TypeScript and its library
 * (a second or two), then after a save only the saved file and what it touches are checked
 * again, in a fraction of a second. Undefined when the checker may not run deno.
 */
export function warmTypeCheck(root: URL): TypeCheck | undefined {
  const { state } = Deno.permissions.querySync({ name: "run", command: "deno" });
  if (state !== "granted") return undefined;
  let service: Promise<Service> | undefined;
  return async (files) => {
    service ??= startService(decodeURIComponent(root.pathname).replace(/\/$/, ""));
    const { check } = await service;
    return check(files);
  };
}

interface Service {
  check(files: readonly string[]): Map<string, string[]>;
}

// The TypeScript compiler is large: it is loaded only when a check is asked for.
async function startService(directory: string): Promise<Service> {
  const { default: ts } = await import("typescript");
  const libraries = await standardLibrary("esnext");
  const { stdout } = await new Deno.Command("deno", { args: ["types"], stdout: "piped" }).output();
  // Deno's own lib names (deno.net, ...) are in the text itself, not in TypeScript's libs.
  libraries.set(
    "lib.deno.d.ts",
    new TextDecoder().decode(stdout).replace(/^\/\/\/ <reference lib="deno\.[^"]*" \/>$/gm, ""),
  );
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: ["lib.esnext.d.ts", "lib.deno.d.ts"],
    types: [],
  };
  let roots: string[] = [];
  // A file's version is its text: a save that changes nothing is not checked again.
  const texts = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (file.startsWith(LIBRARY)) return libraries.get(file.slice(LIBRARY.length));
    if (!texts.has(file)) {
      try {
        texts.set(file, Deno.readTextFileSync(file));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  const service = ts.createLanguageService({
    getScriptFileNames: () => roots,
    getScriptVersion: (file) => read(file) ?? "",
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => directory,
    getCompilationSettings: () => options,
    getDefaultLibFileName: () => `${LIBRARY}lib.esnext.d.ts`,
    fileExists: (file) => read(file) !== undefined,
    readFile: read,
  }, ts.createDocumentRegistry());
  return {
    check(files) {
      // The learner's files are read anew at every check.
      texts.clear();
      roots = files.map((file) => `${directory}/${file}`);
      const errors = new Map<string, string[]>();
      for (const [k, file] of roots.entries()) {
        const [first] = [
          ...service.getSyntacticDiagnostics(file),
          ...service.getSemanticDiagnostics(file),
        ];
        if (first?.start === undefined) continue;
        const { line, character } = first.file!.getLineAndCharacterOfPosition(first.start);
        const message = ts.flattenDiagnosticMessageText(first.messageText, "\n").split("\n")[0];
        const source = first.file!.text.split("\n")[line].trim();
        errors.set(files[k], report(files[k], line + 1, character + 1, message, source));
      }
      return errors;
    },
  };
}

/** Where TypeScript is told its standard library lives; the files are served from memory. */
const LIBRARY = "/typescript/lib/";

/**
 * TypeScript's standard library for a target, each file with the files it references, read as
 * text imports of the typescript package (so the checker needs no access to Deno's cache).
 */
async function standardLibrary(name: string, files = new Map<string, string>()) {
  const file = `lib.${name}.d.ts`;
  if (files.has(file)) return files;
  const { default: text } = await import(`typescript/lib/${file}`, { with: { type: "text" } });
  files.set(file, text);
  for (const [, reference] of text.matchAll(/^\/\/\/ <reference lib="([^"]+)" \/>/gm)) {
    await standardLibrary(reference, files);
  }
  return files;
}
