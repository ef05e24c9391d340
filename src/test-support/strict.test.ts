/**
 * A strict page: the CDN bundle under the Content-Security-Policy a careful news site sends
 * (STRICT_CSP in web-test-runner.config.mjs: no inline script or style, styles only from the
 * site, Trusted Types with Lit's policy only). Every element, lazy chunks included, renders as
 * it does on the same page without the policy (compared from layout: bar lengths, the verdict's
 * fill, the map, a timeline opened, the JSON-LD), and the page records no violation at all.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { widgets } from './element-tests.js';

type Seen = { violations: string[]; uncaught: string[] };
type Widget = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

async function open(query: string) {
  const frame = document.createElement('iframe');
  // Tall enough that no widget is far below the view (laid out later: core/controllers/visibility.ts).
  frame.style.cssText = 'inline-size: 800px; block-size: 8000px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/src/test-support/strict.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & { __seen: Seen };
  const tops = [...doc.querySelectorAll('main > *')] as Widget[];
  // Every widget drawn, the sections <article-facts> draws inside it too.
  await waitUntil(
    () => widgets(doc.querySelector('main')!).every((el) => el.shadowRoot?.querySelector('.root')),
    `${query}: the widgets did not render`,
    {
      timeout: 10000,
    },
  );
  const map = () => tops.find((el) => el.localName === 'trip-itinerary')!.shadowRoot.querySelector('.map svg');
  await waitUntil(map, `${query}: the map was not drawn`, { timeout: 10000 });
  await waitUntil(() => doc.querySelectorAll('script[type="application/ld+json"]').length === 3, `${query}: no JSON-LD`, {
    timeout: 10000,
  });
  return { frame, doc, win, tops };
}

/** What each widget looks like, from layout: its height, its bars' and fills' lengths, its map's markers, its JSON-LD. */
type Measured = {
  tag: string;
  height: number | 'far';
  bars: number[];
  markers: number;
  events: number;
  jsonLd: string | null;
  nested: Measured[];
};

function measure(tops: Widget[]): Measured[] {
  const px = (n: number) => Math.round(n * 2) / 2;
  return tops.map((el) => {
    // The sections drawn so far (a far widget's may not be yet).
    const nested = [...el.shadowRoot.querySelectorAll('*')].filter((node) => node.localName.includes('-') && node.shadowRoot) as Widget[];
    const root = el.shadowRoot;
    return {
      tag: el.localName,
      // A widget still far below the view keeps a placeholder's height until the reader nears it
      // (core/controllers/visibility.ts), which depends on the browser's timing, not the policy.
      height: el.shadowRoot.querySelector('.root.far') ? 'far' : px(el.getBoundingClientRect().height),
      bars: [...root.querySelectorAll('.bar, .fill')].map((bar) => px(bar.getBoundingClientRect().width)),
      markers: root.querySelectorAll('.map .marker').length,
      events: root.querySelectorAll('.event').length,
      // The page's URL is in it: the same page but for the query.
      jsonLd: el.querySelector(':scope > script[type="application/ld+json"]')?.textContent?.replace('?csp=strict', '') ?? null,
      nested: measure(nested),
    };
  });
}

/** The page with and without the policy, one after the other (each in view: a frame below the view is laid out late), measured before and after its timeline is opened. */
async function measured(query: string) {
  const page = await open(query);
  try {
    const before = measure(page.tops);
    const timeline = page.tops.find((el) => el.localName === 'event-timeline')!;
    (timeline.shadowRoot.querySelector('[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => timeline.shadowRoot.querySelectorAll('.event').length > 2, `${query}: the timeline did not open`);
    return { before, after: measure(page.tops), seen: structuredClone(page.win.__seen) };
  } finally {
    page.frame.remove();
  }
}

/** `a` as `b` where only far-ness differs (a placeholder's height against a laid-out one): the rest must be equal. */
const same = (a: Measured[], b: Measured[]): Measured[] =>
  a.map((w, i) =>
    w.height === 'far' || b[i]?.height === 'far'
      ? { ...w, ...b[i], jsonLd: w.jsonLd }
      : { ...w, nested: same(w.nested, b[i]?.nested ?? []) },
  );

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element as without the policy, and records no violation', async () => {
    const strict = await measured('?csp=strict');
    const plain = await measured('');
    expect(same(strict.before, plain.before)).to.deep.equal(plain.before);
    expect(same(strict.after, plain.after)).to.deep.equal(plain.after);
    const compare = strict.before.find((w) => w.tag === 'claim-compare')!;
    expect(compare.bars.length).to.be.greaterThan(2);
    expect(
      Math.max(...compare.bars) / Math.min(...compare.bars.filter((w) => w > 0)),
      'the bars differ as the figures do',
    ).to.be.greaterThan(10);
    expect(strict.before.find((w) => w.tag === 'fact-check')!.bars[0]).to.be.greaterThan(0);
    expect(strict.before.find((w) => w.tag === 'trip-itinerary')!.markers).to.equal(6);
    expect(strict.before.find((w) => w.tag === 'event-timeline')!.events).to.equal(2);
    expect(strict.seen.violations).to.deep.equal([]);
    expect(strict.seen.uncaught).to.deep.equal([]);
    expect(plain.seen.uncaught).to.deep.equal([]);
  });

  it('is really strict: an inline style attribute and a script text without a policy are refused on it', async () => {
    const strict = await open('?csp=strict');
    try {
      const probe = strict.doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      strict.doc.body.append(probe);
      await waitUntil(
        () => strict.win.__seen.violations.some((v) => v.startsWith('style-src')),
        'no style-src violation for a style attribute',
      );
      const supportsTrustedTypes = 'trustedTypes' in strict.win;
      if (supportsTrustedTypes) {
        const script = strict.doc.createElement('script');
        expect(() => {
          script.textContent = '1';
        }).to.throw();
      }
      probe.remove();
    } finally {
      strict.frame.remove();
    }
  });
});
