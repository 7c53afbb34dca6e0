// The learner's TypeScript, run in the classroom page's exercise worker: each file is turned into
// JavaScript by sucrase (which strips the types and turns imports into require calls, keeping
// every line where it was), run as a function whose source is named by the file's path, and its
// imports found among the files the page holds. A stack then names the learner's own file, as in
// a terminal, and its columns are put back where they are in the TypeScript (sucrase's source
// map), so that the checker's messages say "at exercises/01_prediction.ts:6:30" as Deno does.
// No type check: that needs TypeScript itself, which the terminal runs (deno task exercise).

import { transform } from "sucrase";
import type { Module } from "../../exercises/_checker/exercise.ts";

/** The files the page holds, by their path from the project's root: "exercises/01_x.ts". */
export type Sources = Record<string, string>;

/** The start of each compiled file's function: its first line's columns are off by as much. */
const OPENING = "(function (exports, require) {";

/** Where each token of a compiled line came from: [compiled column, line, column], from 0. */
type LineMap = [number, number, number][];

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The numbers of one segment of a source map's mappings (base64 VLQ). */
function segment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = shift = 0;
  }
  return values;
}

/** A source map's mappings, line by line. */
export function decodeMappings(mappings: string): LineMap[] {
  let line = 0;
  let column = 0;
  return mappings.split(";").map((text) => {
    let compiled = 0;
    return text === "" ? [] : text.split(",").map((part) => {
      const [dc, _source, dl, dcol] = segment(part);
      compiled += dc;
      if (dl !== undefined) {
        line += dl;
        column += dcol;
      }
      return [compiled, line, column] as [number, number, number];
    });
  });
}

/** The TypeScript's line and column (from 1) of a place in the compiled function. */
export function originalPlace(map: LineMap[], line: number, column: number): [number, number] {
  const at = line === 1 ? column - OPENING.length - 1 : column - 1;
  const segments = map[line - 1] ?? [];
  let best: [number, number, number] | undefined;
  for (const s of segments) if (s[0] <= at) best = s;
  return best === undefined ? [line, column] : [best[1] + 1, best[2] + (at - best[0]) + 1];
}

/** The maps of every file compiled in this worker, by path, for the stacks. */
const maps = new Map<string, LineMap[]>();

/** Stacks name each compiled file's places as they are in its TypeScript. */
function mapStacks(): void {
  const errors = Error as unknown as {
    prepareStackTrace?: (error: Error, frames: unknown[]) => string;
  };
  if (errors.prepareStackTrace !== undefined) return;
  errors.prepareStackTrace = (error, frames) => {
    let head: string;
    try {
      head = String(error);
    } catch {
      head = "Error";
    }
    const lines = frames.map((frame) =>
      `    at ${String(frame)}`.replace(/([\w./-]+\.ts):(\d+):(\d+)/g, (whole, path, l, c) => {
        const map = maps.get(path);
        if (map === undefined) return whole;
        const [line, column] = originalPlace(map, Number(l), Number(c));
        return `${path}:${line}:${column}`;
      })
    );
    return [head, ...lines].join("\n");
  };
}

/** `specifier` as imported from `from`, both paths from the project's root. */
function resolve(from: string, specifier: string): string {
  return new URL(specifier, `file:///${from}`).pathname.slice(1);
}

/**
 * Loads modules by path from `sources`, each run once, their imports found there too, or else in
 * `bundled` (the site's own modules, for an edited lesson).
 */
export function moduleLoader(
  sources: Sources,
  bundled: (path: string) => Module | undefined = () => undefined,
): (path: string) => Module {
  mapStacks();
  const loaded = new Map<string, Module>();
  const load = (path: string): Module => {
    const known = loaded.get(path);
    if (known !== undefined) return known;
    const source = sources[path];
    if (source === undefined) {
      const module = bundled(path);
      if (module !== undefined) return module;
      // Deno's words, which the checker reads: a missing file is "not found".
      throw new TypeError(`Module not found "file:///${path}".`);
    }
    const { code, sourceMap } = transform(source, {
      transforms: ["typescript", "imports"],
      disableESTransforms: true,
      production: true,
      filePath: path,
      sourceMapOptions: { compiledFilename: path },
    });
    maps.set(path, decodeMappings(sourceMap!.mappings));
    const exports: Module = {};
    loaded.set(path, exports);
    const run = (0, eval)(`${OPENING}${code}\n})\n//# sourceURL=${path}`);
    run(exports, (specifier: string) => load(resolve(path, specifier)));
    return exports;
  };
  return load;
}

/**
 * How the checks load the learner's files in the page: `file` (e.g. "01_prediction.ts") from
 * `folder` (e.g. "exercises/"), its imports from `sources` too, each file run once.
 */
export function sourceLoader(sources: Sources, folder: string): (file: string) => Promise<Module> {
  const load = moduleLoader(sources);
  return (file) => {
    try {
      return Promise.resolve(load(`${folder}${file}`));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
