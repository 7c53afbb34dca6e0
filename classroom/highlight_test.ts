import { assert } from "chai";
import fc from "fast-check";
import lesson08 from "../lessons/08_train.ts" with { type: "text" };
import { escapeHtml, highlight } from "./highlight.ts";

/** The text a browser shows for the HTML: tags dropped, character references read. */
function text(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&#(\d+);/g, (_, code) => String.fromCharCode(code));
}

Deno.test("highlighting only colours: the text shown is the source, character for character", () => {
  assert.equal(text(highlight(lesson08)), lesson08);
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (source) => text(highlight(source)) === source),
  );
});

Deno.test("nothing in a source can become markup", () => {
  const html = highlight("const tag = \"<script>alert(1)</script>\"; // <b> & 'quotes'");
  assert.notInclude(html, "<script>");
  assert.notInclude(html, "<b>");
  assert.equal(
    escapeHtml(`<a href="x">&'</a>`),
    "&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;",
  );
});

Deno.test("comments, strings, numbers and keywords get their classes", () => {
  assert.equal(
    highlight('const x = 0.5; // half\nreturn "a";'),
    '<span class="keyword">const</span> x = <span class="number">0.5</span>; ' +
      '<span class="comment">// half</span>\n<span class="keyword">return</span> ' +
      '<span class="string">&#34;a&#34;</span>;',
  );
  // A keyword inside a string or a comment stays part of it.
  assert.equal(highlight("'if'"), '<span class="string">&#39;if&#39;</span>');
  assert.equal(highlight("/* return */"), '<span class="comment">/* return */</span>');
  // Names that merely contain a keyword are not keywords.
  assert.equal(highlight("format constant"), "format constant");
});

Deno.test("a number with underscores, decimals or an exponent is one number", () => {
  const numbers = (source: string) =>
    [...highlight(source).matchAll(/<span class="number">([^<]*)<\/span>/g)].map(([, n]) => n);
  assert.deepEqual(numbers("f(10_000, 1.5e-3, 2e+8, 7)"), ["10_000", "1.5e-3", "2e+8", "7"]);
  assert.deepEqual(numbers("x2 + a1b"), [], "digits inside a name are the name's");
});

Deno.test("a string may hold its own quote escaped; a template spans lines; a comment too", () => {
  assert.equal(highlight(String.raw`"a\"b"`), '<span class="string">&#34;a\\&#34;b&#34;</span>');
  assert.equal(highlight("`a\nb`"), '<span class="string">`a\nb`</span>');
  assert.equal(highlight("/* a\nb */ x"), '<span class="comment">/* a\nb */</span> x');
  assert.equal(
    highlight('"a\nb"'),
    "&#34;a\nb&#34;",
    "a plain string ends at its line: an unclosed quote colours nothing",
  );
  assert.equal(
    highlight("if (x) return;"),
    '<span class="keyword">if</span> (x) ' +
      '<span class="keyword">return</span>;',
  );
});
