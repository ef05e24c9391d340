/**
 * `claimkit/ssr` in Node, from the built module (dist/publish/ssr.js, as a server imports it):
 * the HTML's shape, the data carried whole and safely, the stream equal to the string, and bad
 * input refused with a precise error. src/publish/ssr.test.ts hydrates the HTML in browsers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFragment } from 'parse5';

// The built module, as a server imports it (typed from its source: the typecheck runs before the build).
const built = '../../dist/publish/ssr.js';
const { renderToString, renderToStream, ClaimkitRenderError }: typeof import('./ssr.js') = await import(built);
const story = JSON.parse(readFileSync('examples/seed-article.json', 'utf8'));
const comparison = story.comparisons[0];

test('a widget is its tag, declarative shadow DOM, its data and the fallback, and nothing around it', async () => {
  const html: string = await renderToString('claim-compare', comparison, {
    lang: 'uk',
    theme: 'dark',
    headingLevel: 3,
    fallback: 'Kyiv & <Moscow>',
  });
  assert.match(html, /^<claim-compare lang="uk" theme="dark" heading-level="3"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.ok(html.endsWith('<p>Kyiv &amp; &lt;Moscow&gt;</p></claim-compare>'));
  const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)![1];
  assert.deepEqual(JSON.parse(json), comparison);
  assert.ok(html.includes('<h2') === false && html.includes('<h3'), 'the heading at the level asked for');
  assert.ok(html.includes('9 000') || html.includes('9\u00a0000'), 'figures in Ukrainian digits grouping');
});

test('strings stay text: markup in the data cannot end the script or reach the DOM', async () => {
  const hostile = { ...comparison, topic: '</script><script>alert(1)</script><!--' };
  const html: string = await renderToString('claim-compare', hostile);
  // Parsed as a browser parses it (parse5, the HTML standard's tokenizer; templates' contents included).
  const elements: { nodeName: string; childNodes?: unknown[]; content?: unknown; value?: string }[] = [];
  const walk = (node: (typeof elements)[number]) => {
    elements.push(node);
    for (const child of (node.childNodes ?? []) as (typeof elements)[number][]) walk(child);
    if (node.content) walk(node.content as (typeof elements)[number]);
  };
  walk(parseFragment(html) as unknown as (typeof elements)[number]);
  const scripts = elements.filter((node) => node.nodeName === 'script');
  assert.equal(scripts.length, 1, 'one script element: the data');
  const json = (scripts[0].childNodes as { value: string }[]).map((node) => node.value).join('');
  assert.deepEqual(JSON.parse(json), hostile);
  assert.ok(
    elements.some((node) => node.nodeName === '#text' && node.value === hostile.topic),
    'the topic is text in the shadow DOM',
  );
  assert.ok(!elements.some((node) => node.nodeName === '#comment' && node.value?.includes('alert')));
});

test('the stream gives the same HTML, in pieces', async () => {
  const pieces: string[] = [];
  const reader = (renderToStream('article-facts', story, { lang: 'de' }) as ReadableStream<string>).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) pieces.push(read.value);
  assert.ok(pieces.length > 10);
  assert.equal(pieces.join(''), await renderToString('article-facts', story, { lang: 'de' }));
});

test('bad data is refused with every problem at its path; an unknown tag and bad options with a TypeError', async () => {
  const bad = structuredClone(comparison);
  bad.claims[1].figures[0].value = 'nine thousand';
  delete bad.topic;
  await assert.rejects(renderToString('claim-compare', bad), (error: InstanceType<typeof ClaimkitRenderError>) => {
    assert.ok(error instanceof ClaimkitRenderError);
    assert.deepEqual(
      error.problems.map(({ path }) => path),
      ['/topic', '/claims/1/figures/0/value'],
    );
    assert.match(error.message, /\/claims\/1\/figures\/0\/value: expected a number, got the string "nine thousand"/);
    return true;
  });
  const stream = renderToStream('claim-compare', bad);
  await assert.rejects(stream.getReader().read(), ClaimkitRenderError);
  await assert.rejects(renderToString('script', comparison), /unknown element "script"; expected one of article-facts, claim-compare/);
  await assert.rejects(renderToString('claim-compare', comparison, { theme: 'purple' as 'dark' }), TypeError);
  await assert.rejects(renderToString('claim-compare', comparison, { headingLevel: 9 }), TypeError);
});
