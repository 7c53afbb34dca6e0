// A section of the README that a command writes: the text between `<!-- name:begin -->` and
// `<!-- name:end -->` is the command's, the rest stays as it was. deno task compare:readme writes
// the Performance section, deno task bench:exercises:readme the exercise checker's speed, deno task
// lessons:times:readme the lessons' times.

/**
 * The README with `section` between the markers of `name`.
 *
 * @throws {RangeError} If the README has no such pair of markers, in that order.
 */
export function withSection(readme: string, name: string, section: string): string {
  const [begin, end] = [`<!-- ${name}:begin -->`, `<!-- ${name}:end -->`];
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end, from);
  if (from === -1 || to === -1) {
    throw new RangeError(`README.md has no ${begin} ... ${end} section to update`);
  }
  return `${readme.slice(0, from + begin.length)}\n\n${section.trim()}\n\n${readme.slice(to)}`;
}

/** Markdown as `deno fmt` writes it, so that `deno fmt --check` passes after an update. */
export async function formatMarkdown(text: string): Promise<string> {
  const child = new Deno.Command("deno", {
    args: ["fmt", "--ext=md", "-"],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(text));
  await writer.close();
  const { stdout, success } = await child.output();
  if (!success) throw new Error("deno fmt could not format the README");
  return new TextDecoder().decode(stdout);
}
