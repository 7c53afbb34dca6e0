// The terminal's type check for a single run, `deno check` on the learner's files, and the
// reading of its output: the first error of each file, in plain words (typecheck.ts has the warm
// checker for --watch, which loads TypeScript itself). Apart from it, so that what only runs deno
// (the classroom site's test, which compares the page with the terminal) loads no TypeScript.

/** The first type error of each file that has one, by its path from the project's root. */
export type TypeCheck = (files: readonly string[]) => Promise<Map<string, string[]>>;

/**
 * The type errors in `deno check`'s output (without colours), the first one of each file, as
 * lines: "path:line:column: message", then the source line TypeScript quotes.
 *
 * @param root The project's root as a file URL ending in a slash, to shorten the paths.
 */
export function typeErrors(output: string, root: string): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  const blocks = output.split(/\n(?=TS\d+ \[ERROR\]: )/);
  for (const block of blocks) {
    const message = block.match(/TS\d+ \[ERROR\]: ([^\n]*)/)?.[1];
    const place = block.match(/at (file:\/\/\S+?):(\d+):(\d+)/);
    if (message === undefined || place === null) continue;
    const path = decodeURIComponent(
      place[1].startsWith(root) ? place[1].slice(root.length) : place[1],
    );
    if (errors.has(path)) continue;
    const source = block.split("\n")[1]?.trim();
    const quoted = source && !source.startsWith("at ") ? source : undefined;
    errors.set(path, typeErrorLines(path, place[2], place[3], message, quoted));
  }
  return errors;
}

/** One type error as the learner sees it: its place and words, the source line, what to do. */
export function typeErrorLines(
  path: string,
  line: number | string,
  column: number | string,
  message: string,
  source: string | undefined,
): string[] {
  return [
    `${path}:${line}:${column}: ${message}`,
    ...(source ? [`  ${source}`] : []),
    "  (TypeScript found this before your code ran: fix it first.)",
  ];
}

/**
 * `deno check` on the learner's files, for a single run: its cache answers at once when no file
 * changed, and a save costs about a second, TypeScript started anew. Undefined when the
 * checker may not run deno (then the code runs unchecked).
 */
export function denoTypeCheck(root: URL): TypeCheck | undefined {
  const { state } = Deno.permissions.querySync({ name: "run", command: "deno" });
  if (state !== "granted") return undefined;
  return async (files) => {
    const { stderr, stdout } = await new Deno.Command("deno", {
      args: ["check", "--quiet", ...files],
      cwd: decodeURIComponent(root.pathname),
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(stderr) + "\n" + new TextDecoder().decode(stdout);
    return typeErrors(text, root.href);
  };
}
