// npm run publish-example (after npm run build): writes examples/seed-article.published.html,
// the seed article published the recommended way. Each widget tag of examples/seed-article.html
// (`src="seed-article.json#/…"`) is rendered by claimkit/ssr: declarative shadow DOM, so the
// widget's final box is in the HTML and nothing moves when the library loads and hydrates it,
// on any path a reader takes into the page (npm run cls measures them). The tag keeps its other
// attributes and its fallback; its data travels inside it. The page style is the loader snippet's
// inline <style> (claimkit/snippet's PAGE_STYLE: it blocks nothing), in place of a link to
// claimkit.css or an older copy. src/publish/example.node-test.ts keeps the file up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = 'examples/seed-article.html';
export const PUBLISHED = 'examples/seed-article.published.html';
const PAGE_STYLE_OR_LINK = /<style>:where\(article-facts[^<]*<\/style>|<link rel="stylesheet" href="[^"]*claimkit\.css"\s*\/?>/;
const WIDGET = /<([a-z]+-[a-z-]+)((?:\s[^>]*?)?)\ssrc="seed-article\.json#([^"]*)"([^>]*)>([\s\S]*?)<\/\1>/g;

/** The published page's HTML, from the source page and the built claimkit/ssr. */
export async function publish() {
  const { renderToString } = await import('../dist/publish/ssr.js');
  const { PAGE_STYLE } = await import('../dist/publish/snippet.js');
  const { resolvePointer } = await import('../dist/core/pointer.js');
  const source = readFileSync(SOURCE, 'utf8');
  if (!PAGE_STYLE_OR_LINK.test(source)) throw new Error(`${SOURCE}: no claimkit page style (<style>:where(…)</style>) to publish`);
  const page = source.replace(PAGE_STYLE_OR_LINK, () => PAGE_STYLE);
  const story = JSON.parse(readFileSync('examples/seed-article.json', 'utf8'));
  const lang = /<html lang="([^"]+)"/.exec(page)?.[1];
  const at = (pointer) => {
    const { found, value } = resolvePointer(story, pointer);
    if (!found) throw new Error(`${SOURCE}: src="seed-article.json#${pointer}" selects nothing in examples/seed-article.json`);
    return value;
  };
  let html = '';
  let last = 0;
  for (const match of page.matchAll(WIDGET)) {
    const [whole, tag, before, pointer, after, fallback] = match;
    const rendered = await renderToString(tag, at(pointer), { lang });
    // The tag's own attributes (id, loading, structured-data) beside those the renderer writes,
    // and its fallback markup after the data.
    const open = rendered.indexOf('>');
    const widget = `${rendered.slice(0, open)}${before}${after}${rendered.slice(open, -`</${tag}>`.length)}${fallback}</${tag}>`;
    html += page.slice(last, match.index) + widget;
    last = match.index + whole.length;
  }
  html += page.slice(last);
  return html.replace(
    '<head>',
    `<head>\n    <!-- Generated from ${SOURCE} by npm run publish-example: every widget rendered by claimkit/ssr. -->`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PUBLISHED, await publish());
  console.log(`${PUBLISHED}: written`);
}
