import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { ClaimkitErrorEvent } from '../../core/errors.js';
import '../../define/index.js';
import { structuredData, text } from '../../test-support/element-tests.js';
import { invalid, valid } from './article-facts.fixtures.js';
import type { ArticleFactsElement } from './article-facts.js';

const seed = valid.find((f) => f.name === 'seed')!.data;
const settled = (el: Element) =>
  Promise.all(
    [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('section > *')].map(
      (child) => child.updateComplete,
    ),
  );

describe('<article-facts> with the seed story', () => {
  it('renders the headline, then every section in reading order, each with its element', async () => {
    const el = await fixture<ArticleFactsElement>(html`<article-facts .data=${seed} theme="light"></article-facts>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2'))).to.equal(
      "Blinken departs for six-nation European trip as Russia's offensive in Ukraine intensifies",
    );
    expect(text(root.querySelector('.head .meta'))).to.equal('Staff reporter · March 3, 2022');
    const sections = [...root.querySelectorAll('section')].map((section) => [
      text(section.querySelector('h3')),
      [...section.children].slice(1).map((child) => child.localName),
    ]);
    expect(sections).to.deep.equal([
      ['What happened', ['event-card', 'event-card']],
      ['Disputed claims', ['claim-compare']],
      ['What they said', ['quote-card']],
      ['Fact checks', ['fact-check']],
      ['Journeys', ['trip-itinerary']],
      ['Timeline', ['event-timeline']],
    ]);
    const compare = root.querySelector('claim-compare')!;
    expect(compare.getAttribute('heading-level')).to.equal('4');
    expect(text(compare.shadowRoot!.querySelector('h4'))).to.equal('Russian military casualties');
    expect(text(compare.shadowRoot!.querySelector('.summary'))).to.equal(
      'Volodymyr Zelenskyy and Russian Defence Ministry disagree on the number killed: 9,000 vs 498.',
    );
  });

  it('passes its language and theme on to every section', async () => {
    const holder = await fixture(html`<div lang="de"><article-facts .data=${seed} theme="dark"></article-facts></div>`);
    const el = holder.querySelector('article-facts') as ArticleFactsElement;
    await el.updateComplete;
    await settled(el);
    const compare = el.shadowRoot!.querySelector('claim-compare')!;
    expect(compare.getAttribute('theme')).to.equal('dark');
    expect(text(compare.shadowRoot!.querySelector('table .value'))).to.equal('9.000');
    expect(text(el.shadowRoot!.querySelector('section h3'))).to.not.equal(undefined);
  });

  it('fetches the story once for itself and for the tags that point into it', async () => {
    const url = `/examples/seed-article.json?once=${Date.now()}`;
    const holder = await fixture(html`<div>
      <article-facts src=${url}></article-facts>
      <claim-compare src=${`${url}#/comparisons/0`}></claim-compare>
      <quote-card src=${`${url}#/quotes/0`}></quote-card>
    </div>`);
    const [facts, compare, quote] = [...holder.children];
    await waitUntil(() => [facts, compare, quote].every((node) => node.shadowRoot?.querySelector('.root')), 'did not render', {
      timeout: 5000,
    });
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(url));
    expect(requests).to.have.length(1);
  });

  it('writes one JSON-LD graph: the NewsArticle and every section’s objects', async () => {
    const el = await fixture<ArticleFactsElement>(html`<article-facts .data=${seed}></article-facts>`);
    const ld = await structuredData(el);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@graph'][0]).to.deep.equal({
      '@type': 'NewsArticle',
      headline: "Blinken departs for six-nation European trip as Russia's offensive in Ukraine intensifies",
      datePublished: '2022-03-03',
      author: { '@type': 'Person', name: 'Staff reporter' },
    });
    expect(ld['@graph'].map((thing: { '@type': string }) => thing['@type'])).to.include.members([
      'NewsArticle',
      'Claim',
      'Quotation',
      'ClaimReview',
      'Event',
    ]);
    // The sections' elements write none of their own: it would sit in a shadow root.
    expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
  });

  it('lays its sections out with the whole: none is skipped as far from view, however far down it sits', async () => {
    const el = await fixture<ArticleFactsElement>(html`<article-facts></article-facts>`);
    // Two frames, so where each element sits is known before the sections first render.
    await nextFrame();
    await nextFrame();
    el.data = seed as ArticleFactsElement['data'];
    await el.updateComplete;
    await settled(el);
    const sections = [...el.shadowRoot!.querySelectorAll('section > *')].filter((section) => section.shadowRoot);
    const lowest = Math.max(...sections.map((section) => section.getBoundingClientRect().top));
    expect(lowest, 'a section more than two screens down').to.be.above(2 * innerHeight);
    expect(sections.map((section) => section.shadowRoot!.querySelector('.root')!.className)).to.deep.equal(sections.map(() => 'root'));
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await fixture<ArticleFactsElement>(html`<article-facts .data=${seed} theme=${theme}></article-facts>`);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }

  it('renders every valid fixture without an error', async () => {
    for (const f of valid) {
      const errors: Event[] = [];
      const listener = (e: Event) => errors.push(e);
      document.addEventListener('claimkit-error', listener);
      const el = await fixture<ArticleFactsElement>(html`<article-facts .data=${f.data} lang=${f.lang ?? 'en'}></article-facts>`);
      await settled(el);
      document.removeEventListener('claimkit-error', listener);
      expect(errors, f.name).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.root'), f.name).to.not.equal(null);
    }
  });
});

describe('<article-facts> with bad data', () => {
  for (const f of invalid) {
    it(`${f.name}: reports ${f.path || '/'} and shows the fallback`, async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const holder = document.createElement('div');
        document.body.append(holder);
        const event = oneEvent(holder, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
        const el = await fixture<ArticleFactsElement>(html`<article-facts .data=${f.data}><p>The story's facts.</p></article-facts>`, {
          parentNode: holder,
        });
        expect((await event).detail).to.deep.equal({ path: f.path, message: f.message, source: 'data' });
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal("The story's facts.");
      } finally {
        console.error = original;
      }
    });
  }
});
