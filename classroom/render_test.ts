import { assert } from "chai";
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import lesson10 from "../lessons/10_hidden_layer.ts" with { type: "text" };
import { CONTENT_SECURITY_POLICY, LESSON_FILE, renderPage } from "./render.ts";

Deno.test("the page holds every lesson in order, each with its idea and its code", () => {
  const html = renderPage([
    { file: "08_train.ts", source: lesson08 },
    { file: "10_hidden_layer.ts", source: lesson10 },
  ]);
  assert.isBelow(html.indexOf('id="lesson-08"'), html.indexOf('id="lesson-10"'));
  assert.include(html, '<a href="?lesson=08" data-lesson="08">08</a>');
  assert.include(html, 'data-file="10_hidden_layer.ts"');
  assert.include(html, "<h2>Lesson 10: ");
  // Lesson 10's formula, XOR's four cases, as mathematics made at build time, and as the code
  // writes it below.
  assert.include(html, '<div class="formula"><math display="block"');
  assert.include(html, "<mo>↦</mo>");
  assert.include(html, '<pre class="formula-text">[0, 0] -&#62; 0 ');
  assert.include(html, '<span class="keyword">export</span>');
  assert.include(html, '<pre id="output"');
});

Deno.test("a formula without TeX is shown as the terminal prints it", () => {
  const source = "// Lesson 99: x.\n//\n// The idea.\n//\n//     a = b\n\nexport {};\n";
  const html = renderPage([{ file: "99_x.ts", source }]);
  assert.include(html, '<pre class="formula">a = b</pre>');
  assert.notInclude(html, "<math");
});

Deno.test("a formula whose TeX does not convert stops the build, naming the lesson", () => {
  const source =
    "// Lesson 99: x.\n//\n// The idea.\n//\n//     a = b\n//     TeX: \\frac{a\n\nexport {};\n";
  assert.throws(() => renderPage([{ file: "99_x.ts", source }]), SyntaxError, "lessons/99_x.ts: ");
});

Deno.test("every address is relative, every script classic, nothing from another origin", () => {
  const html = renderPage([{ file: "08_train.ts", source: lesson08 }], "classroom.js");
  const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map(([, url]) => url);
  assert.includeMembers(urls, ["style.css", "classroom.js", "?lesson=08"]);
  for (const url of urls) assert.match(url, /^([\w-]+\.(css|js)|\?lesson=\d\d|data:,)$/, url);
  assert.notInclude(html, 'type="module"');
  assert.include(html, '<script defer src="classroom.js"></script>');
  const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  assert.equal(policy, CONTENT_SECURITY_POLICY);
  assert.include(policy, "default-src 'none'");
  assert.include(policy, "connect-src 'none'");
});

Deno.test("lesson files: two digits and a name, never a test", () => {
  assert.isTrue(LESSON_FILE.test("08_train.ts"));
  assert.isFalse(LESSON_FILE.test("08_train_test.ts"));
  assert.isFalse(LESSON_FILE.test("08_train_bad_input_test.ts"));
  assert.isFalse(LESSON_FILE.test("_cli.ts"));
});

Deno.test("an idea's `code` becomes <code>, its list an ordered list, all else escaped", () => {
  const source = "// Lesson 99: a <b> & c.\n//\n// Call `f(a < b)` then `g`, not h<i>.\n//\n" +
    "// 1. first `x`\n// 2. second & last\n\nexport {};\n";
  const html = renderPage([{ file: "99_x.ts", source }]);
  assert.include(html, "<h2>Lesson 99: a &#60;b&#62; &#38; c.</h2>");
  assert.include(
    html,
    "<p>Call <code>f(a &#60; b)</code> then <code>g</code>, not h&#60;i&#62;.</p>",
  );
  assert.include(html, "<ol><li>first <code>x</code></li><li>second &#38; last</li></ol>");
  assert.include(html, '<div class="workspace-slot"></div>');
  assert.notInclude(html, "data-recorded");
});

Deno.test("a lesson the page cannot run shows its recorded run in place of the controls", () => {
  const source = "// Lesson 99: x.\n//\n// The idea.\n\nexport {};\n";
  const recorded = { date: "2026-12-04", command: "deno task x <y>", stdout: "a < b\n" };
  const html = renderPage([{ file: "99_x.ts", source, recorded }]);
  assert.include(html, 'data-file="99_x.ts" data-recorded hidden>');
  assert.include(html, "Recorded on 2026-12-04 from <code>deno task x &#60;y&#62;</code>");
  assert.include(html, 'aria-label="What the lesson printed">a &#60; b\n</pre>');
  assert.notInclude(html, "workspace-slot");
});

Deno.test("the replay's speeds: slow 1, normal 2 (chosen), fast 5, fastest 20 frames a refresh", () => {
  const html = renderPage([]);
  const options = [...html.matchAll(/<option value="(\d+)"( selected)?>(\w+)<\/option>/g)]
    .map(([, value, selected, name]) => `${name} ${value}${selected ?? ""}`);
  assert.deepEqual(options, ["slow 1", "normal 2 selected", "fast 5", "fastest 20"]);
});
