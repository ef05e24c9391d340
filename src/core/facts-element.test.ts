import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { LD } from '../test-support/element-tests.js';
import { TestFactsElement } from '../test-support/test-element.js';
import type { ClaimkitErrorEvent } from './errors.js';

const DATA = '/src/test-support/data';
const shadowText = (el: Element, selector = 'h2') => el.shadowRoot!.querySelector(selector)?.textContent?.trim();
/** The element's box, and its height in whole pixels. */
const box = (el: Element) => el.shadowRoot!.querySelector('.root')!;
const height = (el: Element) => Math.round(box(el).getBoundingClientRect().height);
/** The colour scheme an element's content is drawn in. */
const scheme = (el: Element) => getComputedStyle(box(el)).colorScheme;
const rendered = (el: Element) => waitUntil(() => el.shadowRoot?.querySelector('.root'), 'element did not render', { timeout: 5000 });
let unique = 0;
/** A URL no earlier test has fetched, so the page-wide document cache starts empty for it. */
const fresh = (file: string, fragment = '', query = '') => `${DATA}/${file}?case=${++unique}${query}${fragment}`;

/** Records console.error calls instead of printing them. */
function captureErrors() {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.error = original) };
}

/** Creates `template` and waits for its first claimkit-error. */
async function failing(template: ReturnType<typeof html>) {
  const errors = captureErrors();
  try {
    const holder = document.createElement('div');
    document.body.append(holder);
    const event = oneEvent(holder, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
    const el = await fixture<TestFactsElement>(template, { parentNode: holder });
    const { detail } = await event;
    await el.updateComplete;
    return { el, detail, errors: errors.calls };
  } finally {
    errors.restore();
  }
}

describe('FactsElement: where data comes from', () => {
  it('takes the data property', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts .data=${{ title: 'From the property' }}></test-facts>`);
    expect(shadowText(el)).to.equal('From the property');
  });

  it('takes the data attribute as JSON', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts data='{"title": "From the attribute"}'></test-facts>`);
    expect(shadowText(el)).to.equal('From the attribute');
  });

  it('takes an inline <script type="application/json"> child', async () => {
    const el = await fixture<TestFactsElement>(
      html`<test-facts><script type="application/json">{"title": "From the script </b>"}</script></test-facts>`,
    );
    expect(shadowText(el)).to.equal('From the script </b>');
  });

  it('fetches src and selects its JSON Pointer fragment, percent-encoded or with ~1', async () => {
    const cases: [string, string][] = [
      ['', 'From a document'],
      ['#/sections/list/1', 'Second'],
      ['#/sections/a~1b', 'Escaped pointer'],
      ['#%2Fsections%2Flist%2F0', 'First'],
    ];
    for (const [fragment, title] of cases) {
      const el = await fixture<TestFactsElement>(html`<test-facts src=${fresh('story.json', fragment)}></test-facts>`);
      await rendered(el);
      expect(shadowText(el), fragment).to.equal(title);
    }
  });

  it('follows the precedence property > attribute > script > src', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts
      src=${fresh('story.json')}
      data='{"title": "attribute"}'
      .data=${{ title: 'property' }}
      ><script type="application/json">{"title": "script"}</script></test-facts
    >`);
    expect(shadowText(el)).to.equal('property');
    el.data = undefined;
    await el.updateComplete;
    expect(shadowText(el)).to.equal('attribute');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('script');
    el.querySelector('script')!.remove();
    el.src = fresh('story.json', '#/sections/list/0');
    await waitUntil(() => shadowText(el) === 'First', 'src did not take over');
  });

  it('re-renders when data changes', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts data='{"title": "One"}'></test-facts>`);
    el.setAttribute('data', '{"title": "Two"}');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Two');
    el.data = { title: 'Three' };
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Three');
  });

  it('fetches a document once for every element on the page that names it', async () => {
    const url = fresh('story.json');
    const holder = await fixture(html`<div>
      <test-facts src=${`${url}#/sections/list/0`}></test-facts>
      <test-facts src=${`${url}#/sections/list/1`}></test-facts>
      <test-facts src=${url}></test-facts>
    </div>`);
    const els = [...holder.querySelectorAll('test-facts')];
    await Promise.all(els.map(rendered));
    expect(els.map((el) => shadowText(el))).to.deep.equal(['First', 'Second', 'From a document']);
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url.slice(DATA.length + 1)));
    expect(requests).to.have.length(1);
  });

  it('lets a later src win over an earlier, slower one', async () => {
    const el = await fixture<TestFactsElement>(
      html`<test-facts src=${fresh('story.json', '#/sections/list/0', '&delay=600')}></test-facts>`,
    );
    el.src = fresh('story.json', '#/sections/list/1');
    await rendered(el);
    expect(shadowText(el)).to.equal('Second');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(shadowText(el)).to.equal('Second');
  });
});

describe('FactsElement: errors', () => {
  it('reports invalid JSON in the data attribute, shows the fallback, logs once', async () => {
    const { el, detail, errors } = await failing(html`<test-facts data="{title: nope}"><p>Fallback text</p></test-facts>`);
    expect(detail.source).to.equal('data');
    expect(detail.path).to.equal('');
    expect(detail.message).to.match(/^expected valid JSON in the data attribute, got a parse error: /);
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('<test-facts> /: expected valid JSON');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Fallback text']);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('reports a wrong type deep in a src document with its path in that document', async () => {
    const { detail } = await failing(html`<test-facts src=${fresh('story.json', '#/bad')}></test-facts>`);
    expect(detail).to.deep.equal({ source: 'src', path: '/bad/title', message: 'expected a non-empty string, got the number 42' });
  });

  it('reports a 404 on src', async () => {
    const url = fresh('missing.json');
    const { detail } = await failing(html`<test-facts src=${url}></test-facts>`);
    expect(detail.source).to.equal('src');
    expect(detail.path).to.equal('');
    expect(detail.message).to.equal(`expected JSON from ${new URL(url, location.href).href}, got HTTP 404 Not Found`);
  });

  it('reports invalid JSON served at src', async () => {
    const { detail } = await failing(html`<test-facts src=${fresh('broken.json')}></test-facts>`);
    expect(detail.source).to.equal('src');
    expect(detail.message).to.match(/^expected valid JSON from http:\/\/.*broken\.json\?case=\d+, got a parse error: /);
  });

  it('reports a pointer that selects nothing', async () => {
    const { detail } = await failing(html`<test-facts src=${fresh('story.json', '#/sections/list/7')}></test-facts>`);
    expect(detail.path).to.equal('/sections/list/7');
    expect(detail.message).to.match(/^expected a value at "\/sections\/list\/7" in http:.*, got nothing$/);
  });

  it('reports bad JSON in the inline script as source "script"', async () => {
    const { detail } = await failing(html`<test-facts><script type="application/json">{"title": 7}</script></test-facts>`);
    expect(detail).to.deep.equal({ source: 'script', path: '/title', message: 'expected a non-empty string, got the number 7' });
  });

  it('reports an element with no data at all', async () => {
    const { detail } = await failing(html`<test-facts></test-facts>`);
    expect(detail.message).to.match(/^expected data \(the data property or attribute, .*\), got nothing$/);
  });

  it('shows a short neutral notice when there is no fallback', async () => {
    const { el } = await failing(html`<test-facts data='{"title": ""}'></test-facts>`);
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.equal('This content is unavailable.');
    await expect(el).to.be.accessible();
  });

  it('refuses javascript: and other non-http URLs at validation', async () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      const { detail, el } = await failing(html`<test-facts .data=${{ title: 'x', link: bad }}></test-facts>`);
      expect(detail.path, bad).to.equal('/link');
      expect(el.shadowRoot!.querySelector('a'), bad).to.equal(null);
    }
  });

  it('does not report the same problem twice when the element re-renders', async () => {
    const { el, errors } = await failing(html`<test-facts data='{"title": 1}'></test-facts>`);
    const more = captureErrors();
    el.headingLevel = 3;
    await el.updateComplete;
    more.restore();
    expect(errors.length + more.calls.length).to.equal(1);
  });
});

describe('FactsElement: text stays text, links stay safe', () => {
  it('renders a hostile string as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<TestFactsElement>(html`<test-facts .data=${{ title: hostile }}></test-facts>`);
    expect(shadowText(el)).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('gives links to other sites rel="noopener noreferrer", and none to this one', async () => {
    const other = await fixture<TestFactsElement>(html`<test-facts .data=${{ title: 'x', link: 'https://example.org/a' }}></test-facts>`);
    expect(other.shadowRoot!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(other.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/a');
    const own = await fixture<TestFactsElement>(html`<test-facts .data=${{ title: 'x', link: '/about' }}></test-facts>`);
    expect(own.shadowRoot!.querySelector('a')!.hasAttribute('rel')).to.equal(false);
    expect(own.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`${location.origin}/about`);
  });
});

describe('FactsElement: registration', () => {
  it('defining the same class twice is quiet; another class on a taken tag warns once and does not throw', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      TestFactsElement.define();
      expect(warnings).to.have.length(0);
      class Impostor extends TestFactsElement {}
      Impostor.define();
      Impostor.define();
      expect(warnings).to.deep.equal([
        'claimkit: <test-facts> is already defined (is Claimkit loaded twice?); the first definition stays.',
      ]);
      expect(customElements.get('test-facts')).to.equal(TestFactsElement);
    } finally {
      console.warn = original;
    }
  });

  it('registers in a given registry', () => {
    const registry = { get: () => undefined, define: (tag: string) => defined.push(tag) } as unknown as CustomElementRegistry;
    const defined: string[] = [];
    TestFactsElement.define('other-facts', registry);
    expect(defined).to.deep.equal(['other-facts']);
  });
});

describe('FactsElement: language, theme, loading, structured data', () => {
  const FACTS = { title: 'Facts', items: ['one', 'two'], link: 'https://example.org/more' };

  it('resolves lang: own, then nearest ancestor (across shadow roots), then <html lang>, then en', async () => {
    const htmlLang = document.documentElement.getAttribute('lang');
    try {
      const own = await fixture(html`<div lang="de"><test-facts lang="uk" data='{"title":"x"}'></test-facts></div>`);
      // Ukrainian words load as a chunk of their own; the element renders once they are here.
      await own.querySelector<TestFactsElement>('test-facts')!.updateComplete;
      expect(shadowText(own.querySelector('test-facts')!, '.lang')).to.equal('uk');
      const inherited = await fixture(html`<div lang="de-AT"><section><test-facts data='{"title":"x"}'></test-facts></section></div>`);
      await inherited.querySelector<TestFactsElement>('test-facts')!.updateComplete;
      expect(shadowText(inherited.querySelector('test-facts')!, '.lang')).to.equal('de-AT');
      const host = await fixture(html`<div lang="ar"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<test-facts data='{"title":"x"}'></test-facts>`;
      const inShadow = root.querySelector('test-facts') as TestFactsElement;
      await inShadow.updateComplete;
      expect(shadowText(inShadow, '.lang')).to.equal('ar');
      expect(inShadow.shadowRoot!.querySelector('.root')!.hasAttribute('dir')).to.equal(false);
      document.documentElement.setAttribute('lang', 'fr');
      const page = await fixture(html`<test-facts data='{"title":"x"}'></test-facts>`);
      expect(shadowText(page, '.lang')).to.equal('fr');
      document.documentElement.removeAttribute('lang');
      const none = await fixture(html`<test-facts data='{"title":"x"}'></test-facts>`);
      expect(shadowText(none, '.lang')).to.equal('en');
      const invalid = await fixture(html`<test-facts lang="not a tag!" data='{"title":"x"}'></test-facts>`);
      expect(shadowText(invalid, '.lang')).to.equal('en');
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
  });

  it('sets dir="rtl" for its own right-to-left lang', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts lang="ar" data='{"title":"x"}'></test-facts>`);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
  });

  it('chooses the colour scheme: theme, else the page’s color-scheme, else the reader’s preference', async () => {
    expect(scheme(await fixture(html`<test-facts theme="dark" data='{"title":"x"}'></test-facts>`))).to.equal('dark');
    expect(scheme(await fixture(html`<test-facts theme="light" data='{"title":"x"}'></test-facts>`))).to.equal('light');
    // fixture() waits for the <div>, not for the element inside it.
    const holder = await fixture(html`<div style="color-scheme: dark"><test-facts data='{"title":"x"}'></test-facts></div>`);
    const dark = holder.querySelector('test-facts')!;
    await rendered(dark);
    expect(scheme(dark)).to.equal('dark');
    expect(scheme(await fixture(html`<test-facts data='{"title":"x"}'></test-facts>`))).to.equal('light dark');
  });

  it('follows a theme set after connecting, before or after the first render', async () => {
    const light = await fixture<HTMLDivElement>(html`<div style="color-scheme: light"></div>`);
    const el = Object.assign(document.createElement('test-facts'), { data: { title: 'x' } }) as TestFactsElement;
    light.append(el);
    el.theme = 'dark';
    await rendered(el);
    expect(scheme(el)).to.equal('dark');
    el.theme = 'auto';
    await el.updateComplete;
    expect(scheme(el)).to.equal('light');
  });

  it('loading="lazy" fetches and renders only near the viewport', async () => {
    const url = fresh('story.json');
    const holder = await fixture(
      html`<div style="padding-top: 300vh"><test-facts loading="lazy" src=${url}><p>Fallback</p></test-facts></div>`,
    );
    const el = holder.querySelector('test-facts') as TestFactsElement;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes(url.slice(DATA.length)));
    expect(fetched()).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    el.scrollIntoView();
    await rendered(el);
    expect(fetched()).to.equal(true);
    expect(shadowText(el)).to.equal('From a document');
  });

  it('skips the layout of an element first drawn more than a screen below the viewport, until the reader comes within a screen of it', async () => {
    const holder = await fixture(html`<div>
        <test-facts></test-facts>
        <div style="height: 300vh"></div>
        <test-facts></test-facts>
        <div style="height: 300vh"></div>
        <test-facts></test-facts>
        <div style="height: 100vh"></div>
      </div>`);
    const [above, near, far] = holder.querySelectorAll('test-facts') as NodeListOf<TestFactsElement>;
    near.scrollIntoView();
    // Two frames: where each element sits is known from the frame after it is connected.
    await nextFrame();
    await nextFrame();
    for (const el of [above, near, far]) el.data = FACTS;
    await Promise.all([above, near, far].map(rendered));
    expect(box(near).className).to.equal('root');
    // Far above is laid out: when the reader scrolls back up, growing from a placeholder would move the text in view.
    expect(box(above).className).to.equal('root');
    expect(box(far).className).to.equal('root far');
    expect(getComputedStyle(box(far)).contentVisibility).to.equal('auto');
    expect(height(far), 'a placeholder until then').to.not.equal(height(near));
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(height(far), 'holds 20rem for its content meanwhile').to.be.at.least(20 * rem);
    // Moved by the page (disconnected, then connected again in the same place): still waits to be near.
    far.replaceWith(far);
    // Within a screen's height below the view, still out of it: laid out in full, before the
    // reader sees it. WebKit left such content unmeasured (0 px) when the rule sat on the host,
    // not on the shadow's box.
    window.scrollBy(0, far.getBoundingClientRect().top - 1.5 * innerHeight);
    for (let frame = 0; frame < 30 && height(far) !== height(near); frame++) await nextFrame();
    expect(box(far).className).to.equal('root');
    expect(height(far)).to.equal(height(near));
    expect(height(far)).to.be.above(40);
    expect(far.getBoundingClientRect().top, 'still below the view').to.be.above(innerHeight);
    window.scrollTo(0, 0);
  });

  it('lays an element first drawn while not shown (a closed tab) out in full the moment it is shown', async () => {
    const holder = await fixture(html`<div><test-facts></test-facts><div hidden><test-facts></test-facts></div></div>`);
    const [shown, tab] = holder.querySelectorAll('test-facts') as NodeListOf<TestFactsElement>;
    shown.scrollIntoView();
    await nextFrame();
    await nextFrame();
    shown.data = FACTS;
    tab.data = FACTS;
    await Promise.all([rendered(shown), rendered(tab)]);
    expect(box(tab).className).to.equal('root');
    holder.querySelector<HTMLElement>('[hidden]')!.hidden = false;
    expect(height(tab)).to.equal(height(shown));
  });

  it('writes JSON-LD into the light DOM with structured-data, escaped, and removes it when unset', async () => {
    const el = await fixture<TestFactsElement>(
      html`<test-facts structured-data .data=${{ title: '</script><b>x</b>' }}><p>Fallback</p></test-facts>`,
    );
    // The writer is a lazy chunk: the JSON-LD follows the render.
    await waitUntil(() => el.querySelector(LD), 'no JSON-LD written');
    const script = el.querySelector(LD)!;
    expect(script.textContent).to.equal('{"@context":"https://schema.org","@type":"Thing","name":"\\u003c/script>\\u003cb>x\\u003c/b>"}');
    expect(JSON.parse(script.textContent!).name).to.equal('</script><b>x</b>');
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('writes the JSON-LD of the latest data, and none once unset, however slow the writer', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts structured-data .data=${{ title: 'First' }}></test-facts>`);
    el.data = { title: 'Second' };
    await el.updateComplete;
    await waitUntil(() => el.querySelector(LD), 'no JSON-LD written');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([...el.querySelectorAll('script')].map((script) => JSON.parse(script.textContent!).name)).to.deep.equal(['Second']);
    const unset = await fixture<TestFactsElement>(html`<test-facts structured-data .data=${{ title: 'x' }}></test-facts>`);
    unset.structuredData = false;
    await unset.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unset.querySelector('script')).to.equal(null);
  });

  it('is accessible', async () => {
    const el = await fixture(html`<test-facts .data=${{ title: 'Accessible', link: 'https://example.org' }}></test-facts>`);
    await expect(el).to.be.accessible();
  });
});
