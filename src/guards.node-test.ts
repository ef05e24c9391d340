/**
 * Lint-level guards on the library's source (src/, tests and fixtures aside): none of the ways
 * data could become markup, script or style. No `unsafeHTML`/`unsafeSVG`/`unsafeCSS`, no
 * `innerHTML`-like sinks, no `eval`, no `style` attribute bound from a template (inline styles go
 * through `styleAttribute()`/`styleProperty()` in core/parts.ts: numbers, set through CSSOM in
 * the browser). The one `unsafeStatic`, in claimkit/ssr, takes a tag from its own list.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|node-test|fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });

const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ['unsafeHTML, unsafeSVG, unsafeCSS or unsafeMathML', /\bunsafe(HTML|SVG|CSS|MathML)\b/],
  [
    'an HTML sink (innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc, createContextualFragment)',
    /\b(innerHTML|outerHTML|insertAdjacentHTML|srcdoc|createContextualFragment)\b|document\.write/,
  ],
  ['eval or new Function', /\beval\s*\(|new Function\s*\(/],
  ['a style attribute set from code', /setAttribute\(\s*['"]style['"]/],
  ['a style attribute bound in a template other than through styleAttribute()', /\sstyle=(?!\$\{styleAttribute\()/],
  ['a javascript: URL', /javascript:/i],
];

test('the library source holds no way for data to become markup, script or style', () => {
  const files = sources('src');
  assert.ok(files.length > 40, `found ${files.length} source files`);
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        FORBIDDEN.filter(([, pattern]) => pattern.test(line) && !/^\s*(\*|\/\/)/.test(line)).map(
          ([what]) => `${file}:${i + 1}: ${what}: ${line.trim()}`,
        ),
      ),
  );
  assert.deepEqual(found, []);
});

test('unsafeStatic appears only in claimkit/ssr, for a tag from its own list', () => {
  const users = sources('src').filter((file) => /\bunsafeStatic\b/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(users, [join('src', 'publish', 'ssr.ts')]);
  const ssr = readFileSync(join('src', 'publish', 'ssr.ts'), 'utf8');
  assert.match(ssr, /const element = elementFor\(tag\);/, 'the tag is checked against TAGS before it is rendered');
  assert.match(ssr, /TAGS\.includes\(tag\)/);
});

test('the guards catch what they guard against', () => {
  const caught = (line: string) => FORBIDDEN.some(([, pattern]) => pattern.test(line));
  for (const line of [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, as the guards read it
    'html`${unsafeHTML(data.note)}`',
    'el.innerHTML = text;',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, as the guards read it
    'html`<span style="width:${w}%"></span>`',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, as the guards read it
    'html`<span style=${css}></span>`',
    "node.setAttribute('style', css);",
    "const link = 'javascript:void(0)';",
  ])
    assert.ok(caught(line), line);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, as the guards read it
  assert.ok(!caught('html`<span style=${styleAttribute(`--_at:${x}%`)} .style=${styleProperty(`--_at:${x}%`)}></span>`'));
});
