import { assert } from "chai";
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };
import { LESSON_FILE, renderPage } from "./render.ts";

Deno.test("the page holds every lesson in order, each with its idea and its code", () => {
  const html = renderPage([
    { file: "08_train.ts", source: lesson08 },
    { file: "10_hidden_layer.ts", source: lesson10 },
  ]);
  assert.isBelow(html.indexOf('id="lesson-08"'), html.indexOf('id="lesson-10"'));
  assert.include(html, '<a href="/?lesson=08" data-lesson="08">08</a>');
  assert.include(html, 'data-file="10_hidden_layer.ts"');
  assert.include(html, "<h2>Lesson 10: ");
  assert.include(html, '<pre class="formula">');
  assert.include(html, '<span class="keyword">export</span>');
  assert.include(html, '<pre id="output"');
});

Deno.test("every script and style of the page comes from the page's own server", () => {
  const html = renderPage([{ file: "08_train.ts", source: lesson08 }]);
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) {
    assert.match(url, /^(\/|data:,$)/, url);
  }
});

Deno.test("lesson files: two digits and a name, never a test", () => {
  assert.isTrue(LESSON_FILE.test("08_train.ts"));
  assert.isFalse(LESSON_FILE.test("08_train_test.ts"));
  assert.isFalse(LESSON_FILE.test("08_train_bad_input_test.ts"));
  assert.isFalse(LESSON_FILE.test("_cli.ts"));
});
