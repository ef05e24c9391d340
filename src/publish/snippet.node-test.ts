/**
 * The page style the loader snippet gives inline (`PAGE_CSS`, src/publish/snippet.ts) is
 * src/claimkit.css, minified: one set of declarations, whichever way a page takes them. The
 * guides show that exact `<style>`, and docs/security.md its Content-Security-Policy hash.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cdnBase, loaderSnippet, PAGE_CSS, PAGE_STYLE } from './snippet.js';

/** CSS without comments, and without the spaces and last semicolons minifying drops. */
const minified = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,()])\s*/g, '$1')
    .replace(/;\}/g, '}')
    .trim();

test('the inline page style is src/claimkit.css, minified', () => {
  assert.equal(PAGE_CSS, minified(readFileSync('src/claimkit.css', 'utf8')));
  assert.equal(PAGE_STYLE, `<style>${PAGE_CSS}</style>`);
});

test('the loader snippet: the script, then the inline style; no stylesheet to wait for', () => {
  const base = cdnBase('0.1.0');
  assert.equal(loaderSnippet('quote-card', { base }), `<script type="module" src="${base}claimkit.js"></script>\n${PAGE_STYLE}`);
  assert.doesNotMatch(loaderSnippet('quote-card', { base, file: 'one' }), /<link|claimkit\.css/);
});

test("docs/security.md gives the inline style's CSP hash", () => {
  const hash = createHash('sha256').update(PAGE_CSS, 'utf8').digest('base64');
  assert.ok(readFileSync('docs/security.md', 'utf8').includes(`'sha256-${hash}'`), `docs/security.md: 'sha256-${hash}'`);
});

test('the guides and the example page show that exact <style>', () => {
  for (const file of ['README.md', 'docs/cli.md', 'stories/getting-started.mdx', 'examples/seed-article.html']) {
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(PAGE_STYLE), `${file} holds the loader's <style>`);
  }
  // Every snippet docs/cli.md shows prints the style after the script tag.
  const printed = [...readFileSync('docs/cli.md', 'utf8').matchAll(/^\$ claimkit snippet .*\n(.*)\n(.*)\n/gm)];
  assert.equal(printed.length, 2);
  for (const [, script, style] of printed) {
    assert.match(script, /^<script type="module" src="[^"]+\.js"><\/script>$/);
    assert.equal(style, PAGE_STYLE);
  }
  // The example page takes the style, not the link (the alternative for a strict CSP).
  assert.doesNotMatch(readFileSync('examples/seed-article.html', 'utf8'), /claimkit\.css/);
});
