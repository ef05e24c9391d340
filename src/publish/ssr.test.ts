/**
 * Widgets rendered by `claimkit/ssr`, in a page of their own (`/__ssr`, web-test-runner.config.mjs):
 * read before any script runs, then hydrated by the library from the CDN file and from the npm
 * modules — the very DOM they arrived with kept, not drawn again, every part bound (a change of
 * language redraws them), no error and no warning in the console.
 */
import { expect } from '@open-wc/testing';
import type { FactsElement } from '../core/facts-element.js';
import { widgets as everyWidget } from '../test-support/element-tests.js';

type Frame = { window: Window & typeof globalThis; document: Document; logged: string[] };

/** Loads `/__ssr?…` in an iframe, with the page's console and errors recorded from the start. */
async function page(query: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__ssr?${query}`;
  document.body.append(iframe);
  await loaded;
  const window = iframe.contentWindow as Window & typeof globalThis;
  const logged: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = window.console[level].bind(window.console);
    window.console[level] = (...args: unknown[]) => {
      // The test server serves Lit's development build to the npm modules; it says so once.
      if (String(args[0]).startsWith('Lit is in dev mode')) return;
      logged.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  window.addEventListener('error', (event) => logged.push(`error event: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => logged.push(`unhandled rejection: ${event.reason}`));
  return { window, document: iframe.contentDocument!, logged };
}

const widgets = (root: ParentNode) => everyWidget<FactsElement<never>>(root);

const bases = (frame: Frame) => widgets(frame.document).map((el) => el.shadowRoot!.querySelector('[part="base"]'));
/**
 * What each widget reads: its text, without its style sheet (a `<style>` from the server) and
 * without the trip map, which only the browser draws (a lazy chunk, when it arrives).
 */
const texts = (frame: Frame) =>
  widgets(frame.document).map((el) => {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeName === 'STYLE' || (node as Element).getAttribute?.('part') === 'map'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    while (walker.nextNode()) if (walker.currentNode.nodeType === Node.TEXT_NODE) text += `${walker.currentNode.textContent} `;
    return text.replace(/\s+/g, ' ').trim();
  });

/** Loads a script into the frame and waits until every widget in it has updated. */
async function hydrate(frame: Frame, src: string) {
  const script = frame.document.createElement('script');
  script.type = 'module';
  script.src = src;
  frame.document.head.append(script);
  const tag = frame.document.querySelector('main > :not(p)')!.localName;
  await frame.window.customElements.whenDefined(tag);
  for (let settled = false; !settled; ) {
    const all = widgets(frame.document);
    await Promise.all(all.map((el) => el.updateComplete));
    settled = all.every((el) => el.hasUpdated);
    if (!settled) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const CASES: [query: string, shows: string[]][] = [
  ['tag=claim-compare&pointer=/comparisons/0', ['9,000', '498', 'Volodymyr Zelenskyy']],
  ['tag=event-timeline&pointer=/timeline', ['2022']],
  ['tag=fact-check&pointer=/factChecks/0', []],
  ['tag=article-facts', ['9,000', '498']],
];

describe('claimkit/ssr: server-rendered widgets', () => {
  for (const [query, shows] of CASES) {
    it(`${query}: reads before any script, with the fallback kept for browsers without declarative shadow DOM`, async () => {
      const frame = await page(query);
      const [outer] = widgets(frame.document);
      expect(outer, 'a declarative shadow root').to.exist;
      expect(frame.window.customElements.get(outer.localName)).to.equal(undefined);
      const text = texts(frame).join(' ');
      for (const words of shows) expect(text).to.contain(words);
      expect(outer.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(outer.querySelector('script[type="application/json"]'), 'the data travels with it').to.exist;
      expect(outer.querySelector('p')!.textContent).to.equal('The fallback sentence.');
    });

    for (const [how, src] of [
      ['the CDN file', '/dist/cdn/claimkit.js'],
      ['the npm modules', '/dist/define/index.js'],
    ]) {
      it(`${query}: hydrated by ${how}: the same DOM, bound, and quiet`, async () => {
        const frame = await page(query);
        const before = bases(frame);
        const textBefore = texts(frame);
        const height = frame.document.getElementById('after')!.getBoundingClientRect().top;
        await hydrate(frame, src);
        expect(bases(frame), 'every widget kept the DOM it arrived with').to.have.ordered.members(before);
        expect(texts(frame)).to.deep.equal(textBefore);
        expect(frame.document.getElementById('after')!.getBoundingClientRect().top, 'nothing moved').to.equal(height);
        expect(frame.document.querySelectorAll('[defer-hydration]').length).to.equal(0);
        for (const el of widgets(frame.document)) {
          expect(el.hasAttribute('defer-hydration'), el.localName).to.equal(false);
          expect(el.shadowRoot!.querySelectorAll('[part="base"]').length, `${el.localName}: drawn once`).to.equal(1);
        }
        expect(frame.logged).to.deep.equal([]);

        // Bound: a new language redraws the words in place.
        const [outer] = widgets(frame.document);
        outer.lang = 'uk';
        await outer.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        await Promise.all(widgets(frame.document).map((el) => el.updateComplete));
        expect(texts(frame)[0]).not.to.equal(textBefore[0]);
        expect(outer.shadowRoot!.querySelectorAll('[part="base"]').length).to.equal(1);
        expect(frame.logged).to.deep.equal([]);
      });
    }
  }

  it('renders in the language asked for, and says so in lang', async () => {
    const frame = await page('tag=claim-compare&pointer=/comparisons/0&lang=uk');
    const [outer] = widgets(frame.document);
    expect(outer.getAttribute('lang')).to.equal('uk');
    expect(texts(frame)[0]).to.match(/[а-яії]/);
    await hydrate(frame, '/dist/cdn/claimkit.js');
    expect(frame.logged).to.deep.equal([]);
  });
});
