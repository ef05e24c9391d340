/**
 * The real CDN bundle (dist/cdn/, built by `npm run build` before the tests) dropped into
 * plain pages, as a news site would load it. Each page runs in an iframe of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import pkg from '../../package.json';
import { text } from './element-tests.js';

type Seen = { events?: Record<string, string>[]; uncaught: string[]; warnings?: string[]; exports?: string[] };

async function open(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.onload = resolve;
    frame.src = path;
  });
  const win = frame.contentWindow as Window & { __seen: Seen };
  return { frame, win, doc: frame.contentDocument!, seen: win.__seen };
}

describe('the CDN bundle on a news page', () => {
  it('shows the fallback and fires claimkit-error for bad data; renders good data; the page keeps working', async () => {
    const { doc, seen, frame } = await open('/src/test-support/cdn-page.html');
    await waitUntil(
      () => (seen.events ?? []).length >= 2 && doc.querySelector('#good')?.shadowRoot?.querySelector('.root'),
      'widgets did not settle',
      {
        timeout: 8000,
      },
    );
    const events = [...(seen.events ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    expect(events.map(({ id, path, source }) => ({ id, path, source }))).to.deep.equal([
      { id: 'bad', path: '/claims/1/figures/0/value', source: 'data' },
      { id: 'missing', path: '', source: 'src' },
    ]);
    expect(events[0].message).to.equal('expected a number, got the string "nine thousand"');
    expect(events[1].message).to.match(/^expected JSON from http:\/\/.*\/examples\/no-such-story\.json, got HTTP 404/);
    expect(seen.uncaught).to.deep.equal([]);
    for (const id of ['bad-fallback', 'missing-fallback'])
      expect(doc.getElementById(id)!.getBoundingClientRect().height, id).to.be.greaterThan(0);
    const good = doc.querySelector('#good')!;
    // As read: without the bidi isolates around what the sentence fills in.
    expect(text(good.shadowRoot!.querySelector('.summary'))).to.equal(
      'Volodymyr Zelenskyy and Russian Defence Ministry disagree on the number killed: 9,000 vs 498.',
    );
    // The minified build draws the same bars as the sources (a template minifier once dropped their `%`).
    const [zelenskyy, ministry] = [...good.shadowRoot!.querySelectorAll('table')[0].querySelectorAll('.track')].map(
      (track) => track.querySelector('.bar')!.getBoundingClientRect().width / track.getBoundingClientRect().width,
    );
    expect(zelenskyy).to.be.closeTo(1, 0.01);
    expect(ministry).to.be.closeTo(498 / 9000, 0.01);
    expect(doc.getElementById('after')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // The test server injects its own web-socket script into HTML pages; everything else counts.
    // Bad data on the page fetches the checker's words (a page with only good data never does:
    // the structured-data test below sees no such chunk).
    const scripts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && !entry.name.includes('/__web-dev-server'))
      .map((entry) => new URL(entry.name).pathname.replace(/-[\w-]{8}\.js$/, '-….js'));
    expect(scripts).to.deep.equal(['/dist/cdn/claimkit.js', '/dist/cdn/chunks/problems-….js']);
    frame.remove();
  });

  it('loads the JSON-LD writers, one chunk for the page, only where structured-data asks for them', async () => {
    const { doc, seen, frame } = await open('/src/test-support/cdn-structured.html');
    const ld = (tag: string) => doc.querySelector(`${tag} > script[type="application/ld+json"]`)?.textContent;
    await waitUntil(() => ld('claim-compare') && ld('fact-check'), 'no JSON-LD written', { timeout: 8000 });
    await waitUntil(() => doc.querySelector('quote-card')?.shadowRoot?.querySelector('.root'), 'did not render', { timeout: 8000 });
    expect(JSON.parse(ld('claim-compare')!)['@graph'][0]['@type']).to.equal('Claim');
    const review = JSON.parse(ld('fact-check')!);
    expect(review['@type']).to.equal('ClaimReview');
    expect(review.url).to.equal('https://news.example/2022/03/blinken-trip');
    expect(doc.querySelector('quote-card script')).to.equal(null);
    expect(seen.uncaught).to.deep.equal([]);
    const scripts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && !entry.name.includes('/__web-dev-server'))
      .map((entry) => new URL(entry.name).pathname.replace(/-[\w-]{8}\.js$/, '-….js'));
    expect(scripts).to.deep.equal(['/dist/cdn/claimkit.js', '/dist/cdn/chunks/structured-data-….js']);
    frame.remove();
  });

  it('keeps working when the library is loaded twice: one warning, no exception', async () => {
    const { doc, seen, frame } = await open('/src/test-support/cdn-twice.html');
    await waitUntil(() => doc.querySelector('claim-compare')?.shadowRoot?.querySelector('.root'), 'did not render', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.uncaught).to.deep.equal([]);
    expect(seen.warnings).to.deep.equal([
      `claimkit ${pkg.version}: already defined: <claim-compare> by Claimkit ${pkg.version}. The first definitions stay (is Claimkit loaded twice?).`,
    ]);
    frame.remove();
  });

  it('keeps working beside the npm modules on one page: one warning naming every tag and the version that holds it', async () => {
    const { doc, seen, frame } = await open('/src/test-support/cdn-beside-npm.html');
    for (const tag of ['claim-compare', 'event-card', 'fact-check'])
      await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector('.root'), `${tag} did not render`, { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.uncaught).to.deep.equal([]);
    const tags = ['article-facts', 'claim-compare', 'event-card', 'event-timeline', 'fact-check', 'quote-card', 'trip-itinerary'];
    expect(seen.warnings!.filter((warning) => !warning.startsWith('Lit is in dev mode'))).to.deep.equal([
      `claimkit ${pkg.version}: already defined: ${tags.map((tag) => `<${tag}>`).join(', ')} by Claimkit ${pkg.version}. The first definitions stay (is Claimkit loaded twice?).`,
    ]);
    frame.remove();
  });

  it('exports the public API under its real names; a page’s words reach its elements, in a new language and over Claimkit’s own', async () => {
    const { doc, seen, frame } = await open('/src/test-support/cdn-words.html');
    const summary = (id: string) => text(doc.getElementById(id)?.shadowRoot?.querySelector('.summary'));
    await waitUntil(() => summary('pt') && summary('de'), 'did not render', { timeout: 8000 });
    expect(seen.exports!.sort()).to.deep.equal([
      'ArticleFactsElement',
      'ClaimCompareElement',
      'ClaimkitErrorEvent',
      'EventCardElement',
      'EventTimelineElement',
      'FactCheckElement',
      'FactsElement',
      'QuoteCardElement',
      'TripItineraryElement',
      'articleFactsShape',
      'claimCompareShape',
      'eventCardShape',
      'eventTimelineShape',
      'factCheckShape',
      'quoteCardShape',
      'registerMessages',
      'tripItineraryShape',
    ]);
    /** A status as read: its shape (aria-hidden) left out. */
    const status = (id: string) => text(doc.getElementById(id)!.shadowRoot!.querySelector('.status'));
    // Portuguese, which Claimkit does not have: the page's words, English for the rest, numbers by Intl in pt.
    expect(summary('pt')).to.equal(
      `Volodymyr Zelenskyy e Russian Defence Ministry divergem sobre o número de killed: ${new Intl.NumberFormat('pt').format(9000)} contra 498.`,
    );
    const cells = (id: string) => [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('.value')].map(text);
    expect(cells('pt')).to.include('não indicado');
    expect(status('pt')).to.equal('Status: Unverified');
    // German: the page's one word over Claimkit's, which still come for every other.
    expect(cells('de')).to.include('nicht genannt');
    expect(status('de')).to.equal('Status: Nicht überprüft');
    expect(seen.uncaught).to.deep.equal([]);
    frame.remove();
  });

  it('a single element’s file exports its class and registerMessages, which reach its elements', async () => {
    const file = '/dist/cdn/quote-card.js';
    const one = await import(file);
    expect(
      Object.keys(one)
        .filter((name) => name.length > 2)
        .sort(),
    ).to.deep.equal(['QuoteCardElement', 'registerMessages']);
    one.registerMessages('pt', { source: 'Fonte' });
    const el = document.createElement('quote-card') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.data = { text: 'Olá.', speaker: { name: 'A' }, url: 'https://news.example/a' };
    el.setAttribute('lang', 'pt');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('cite')!.textContent!.trim()).to.equal('Fonte');
    el.remove();
  });
});
