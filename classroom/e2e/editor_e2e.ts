/// <reference lib="dom" />
// The lesson's code, edited on the classroom site opened from file:// with the network cut: Edit
// opens the lesson in the editor and beside it the lib files it uses; Run runs the code as
// edited, lesson and lib file alike, and prints what `deno run` prints for a copy of the project
// with the same edits; Reset puts back the lesson's own code, which prints what the lesson prints.
//
// Run it: deno task test:site

import { assert } from "chai";
import type { Page } from "puppeteer-core";
import { pagePrinted, press, type Printed } from "./browser.ts";
import { offlineSiteTest, openFile } from "./offline_site.ts";

/** The lesson's edit, and the lib file's, as the test makes them. */
const LESSON = "lessons/03_predict.ts";
const LIB = "lib/make_prediction.ts";
const LESSON_03 = "section.lesson[data-lesson='03']";
const editLesson = (source: string) => source.replace("The prediction", "Our own prediction");
const editLib = (source: string) =>
  source.replace("const layer2 = sigmoid(layer1);", "const layer2 = sigmoid(layer1 / 2);");

/** Copies of lessons/, lib/, runtime/ and data/ in a scratch folder, with `edits` applied. */
async function editedCopy(edits: Record<string, (source: string) => string>): Promise<string> {
  const folder = await Deno.makeTempDir({ dir: "classroom/out", prefix: "edited-" });
  const copy = async (dir: string) => {
    await Deno.mkdir(`${folder}/${dir}`, { recursive: true });
    for await (const entry of Deno.readDir(dir)) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory) await copy(path);
      else if (entry.isFile) {
        const text = await Deno.readTextFile(path);
        await Deno.writeTextFile(`${folder}/${path}`, edits[path]?.(text) ?? text);
      }
    }
  };
  for (const dir of ["lessons", "lib", "runtime", "data"]) await copy(dir);
  return folder;
}

/** `deno run` of lesson `path` in `folder`, its output piped. */
async function denoRunIn(folder: string, path: string): Promise<Printed> {
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: ["run", "--quiet", `${folder}/${path}`],
    env: { NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

/** The editor's text, and a replacement of it, through the page's own editor. */
const editorText = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { classroomEditor: { text(): string } }).classroomEditor.text()
  );
const replaceText = (page: Page, text: string) =>
  page.evaluate((t) => {
    (globalThis as unknown as { classroomEditor: { replace(t: string): void } }).classroomEditor
      .replace(t);
  }, text);

offlineSiteTest(
  "the lesson's code and its lib file, edited in the page, run as deno run runs them",
  async (page, problems, t) => {
    const lesson = await Deno.readTextFile(LESSON);
    const lib = await Deno.readTextFile(LIB);
    assert.notEqual(editLesson(lesson), lesson);
    assert.notEqual(editLib(lib), lib);
    const folder = await editedCopy({ [LESSON]: editLesson, [LIB]: editLib });
    try {
      await openFile(page, "lesson=03");

      await t.step("Edit opens the lesson's own source, and offers its lib files", async () => {
        await page.click(`${LESSON_03} button.edit`);
        await page.waitForSelector(`${LESSON_03} .cm-editor`);
        assert.equal(await editorText(page), lesson);
        const offered = await page.$$eval(
          `${LESSON_03} .edit-file option`,
          (o) => o.map((e) => e.textContent),
        );
        assert.equal(offered[0], LESSON);
        assert.include(offered, LIB);
      });

      await t.step("Run runs the edited lesson and lib file, as deno run runs them", async () => {
        await replaceText(page, editLesson(lesson));
        await page.select(`${LESSON_03} .edit-file`, LIB);
        assert.equal(await editorText(page), lib);
        await replaceText(page, editLib(lib));
        await press(page, "#run");
        const ours = await pagePrinted(page);
        const theirs = await denoRunIn(folder, LESSON);
        assert.notEqual(theirs.stdout, (await denoRunIn(".", LESSON)).stdout);
        assert.deepEqual(ours, theirs);
      });

      await t.step(
        "Reset puts back the lesson's own code, which prints what it prints",
        async () => {
          await page.click(`${LESSON_03} .edit-reset`);
          assert.equal(await editorText(page), lib);
          await page.select(`${LESSON_03} .edit-file`, LESSON);
          assert.equal(await editorText(page), lesson);
          await press(page, "#run");
          assert.deepEqual(await pagePrinted(page), await denoRunIn(".", LESSON));
        },
      );

      await t.step("no console error, nothing asked of anything but the site's files", () => {
        assert.deepEqual(problems, [], problems.join("\n"));
      });
    } finally {
      await Deno.remove(folder, { recursive: true });
    }
  },
);
