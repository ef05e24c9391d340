/**
 * examples/seed-article.published.html is the seed article published the recommended way (every
 * widget rendered by claimkit/ssr, scripts/publish-example.mjs): it is what the source page and
 * the built renderer give today (run `npm run publish-example` after changing either).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PAGE_STYLE } from './snippet.js';

test('examples/seed-article.published.html is up to date with seed-article.html and claimkit/ssr', async () => {
  const script = '../../scripts/publish-example.mjs';
  const { publish, PUBLISHED } = await import(script);
  assert.equal(readFileSync(PUBLISHED, 'utf8'), await publish(), 'run `npm run publish-example`');
});

test('every widget of the published page is server-rendered, keeps its attributes and fallback, and carries its data', () => {
  const page = readFileSync('examples/seed-article.published.html', 'utf8');
  const source = readFileSync('examples/seed-article.html', 'utf8');
  const tags = [...source.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map(([, tag]) => tag);
  assert.ok(tags.length >= 5);
  for (const tag of tags) {
    const widget = new RegExp(
      `<${tag}[^>]*>(<template shadowroot="open" shadowrootmode="open">[\\s\\S]*?</template>)<script type="application/json">`,
    ).exec(page);
    assert.ok(widget, `<${tag}> rendered with declarative shadow DOM and its data`);
  }
  assert.match(page, /<quote-card lang="en-GB" id="lead-quote">/);
  assert.match(page, /<fact-check lang="en-GB" id="fact-check" loading="lazy">/);
  assert.ok(!page.includes('src="seed-article.json'), 'no widget fetches its data');
  assert.ok(
    page.includes(PAGE_STYLE) && !page.includes('claimkit.css'),
    'the page style inline, as the loader snippet gives it: no stylesheet to wait for',
  );
});
