import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { captureErrors, DATA, failing, fresh, rendered, shadowText } from '../../test-support/facts-tests.js';
import type { TestFactsElement } from '../../test-support/test-element.js';
import type { ClaimkitErrorEvent } from '../errors.js';
import '../../test-support/test-element.js';

describe('DataSource: where data comes from', () => {
  it('takes the data property', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts .data=${{ title: 'From the property' }}></test-facts>`);
    expect(shadowText(el)).to.equal('From the property');
  });

  it('takes the data attribute as JSON', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts data='{"title": "From the attribute"}'></test-facts>`);
    expect(shadowText(el)).to.equal('From the attribute');
  });

  it('takes the data property as JSON text, as frameworks that set properties pass it', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts .data=${'{"title": "From JSON text"}'}></test-facts>`);
    expect(shadowText(el)).to.equal('From JSON text');
    el.data = { title: 'Then an object' };
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Then an object');
    el.data = '{"title": "Then text again"}';
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Then text again');
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

describe('DataSource: errors, reported once, the fallback shown', () => {
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

  it('reports JSON text in the data property that does not parse, and a wrong type in it at its path', async () => {
    const bad = await failing(html`<test-facts .data=${'{title: nope}'}><p>Fallback text</p></test-facts>`);
    expect(bad.detail.source).to.equal('data');
    expect(bad.detail.path).to.equal('');
    expect(bad.detail.message).to.match(/^expected valid JSON in the data property, got a parse error: /);
    expect(
      bad.el
        .shadowRoot!.querySelector('slot')!
        .assignedElements()
        .map((node) => node.textContent),
    ).to.deep.equal(['Fallback text']);
    const { detail } = await failing(html`<test-facts .data=${'{"title": 7}'}></test-facts>`);
    expect(detail).to.deep.equal({ source: 'data', path: '/title', message: 'expected a non-empty string, got the number 7' });
  });

  it('reports data that throws when read (a getter, a revoked Proxy, a throwing trap) as one error, never an uncaught one', async () => {
    const uncaught: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const { proxy, revoke } = Proxy.revocable({ title: 'x' }, {});
    revoke();
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw 'not even an error';
        },
      },
    );
    const getter = {
      get title(): string {
        throw new Error('the CMS field is gone');
      },
    };
    try {
      for (const [data, message] of [
        [proxy, /^expected data that can be read, got an error reading it: .*revoked/],
        [trap, /^expected data that can be read, got an error reading it: not even an error$/],
        [getter, /^expected data that can be read, got an error reading it: the CMS field is gone$/],
      ] as const) {
        // Set by hand: Lit's templates read every value they are given (in development builds).
        const el = Object.assign(document.createElement('test-facts'), { innerHTML: '<p>Fallback text</p>', data }) as TestFactsElement;
        const reported = oneEvent(el, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
        document.body.append(el);
        const { detail } = await reported;
        await el.updateComplete;
        expect(detail.path, detail.message).to.equal('');
        expect(detail.message).to.match(message);
        expect(
          el
            .shadowRoot!.querySelector('slot')!
            .assignedElements()
            .map((node) => node.textContent),
        ).to.deep.equal(['Fallback text']);
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
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

describe('DataSource: src and the network', () => {
  /** A URL of the fault server (web-test-runner.config.mjs), new each time. */
  const net = (fault: string) => `/__net/${fault}?case=${Math.random().toString(36).slice(2)}`;
  /** Where the server's request log is now: the `since` of the calls below. */
  const now = async (): Promise<number> => (await (await fetch('/__net/log?from=0')).json()).next;
  /** Requests the server saw since `since` (a place in its log, from `now()`). */
  const served = async (since: number): Promise<string[]> => (await (await fetch(`/__net/log?from=${since}`)).json()).urls;
  /** Until the server has seen each of `urls`' fetches aborted (a browser may take a moment to drop the connection). */
  const aborted = (since: number, ...urls: string[]) =>
    waitUntil(
      async () => {
        const log = await served(since);
        return urls.every((url) => log.includes(`${url} (aborted)`));
      },
      `the server did not see ${urls.join(' and ')} aborted`,
      { timeout: 8000 },
    );
  let uncaught: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  /** The one error for `src`, with the fallback shown, and no uncaught rejection. */
  async function fails(src: string, timeout?: number) {
    const { el, detail, errors } = await failing(html`<test-facts src=${src} timeout=${timeout ?? 15}><p>Fallback text</p></test-facts>`);
    expect(
      el
        .shadowRoot!.querySelector('slot')!
        .assignedElements()
        .map((node) => node.textContent),
    ).to.deep.equal(['Fallback text']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors, 'one console.error').to.have.length(1);
    expect(uncaught).to.deep.equal([]);
    expect(detail.source).to.equal('src');
    return detail.message;
  }
  const absolute = (src: string) => new URL(src, location.href).href.replace(/\?.*$/, '');

  it('a server error', async () => {
    const src = net('500');
    expect(await fails(src)).to.match(new RegExp(`^expected JSON from ${absolute(src)}\\?case=\\w+, got HTTP 500 Internal Server Error$`));
  });

  it('a connection reset, and a CORS refusal, in words that name the URL (not the browser\'s "Failed to fetch")', async () => {
    const reset = net('reset');
    expect(await fails(reset)).to.equal(
      `expected JSON from ${new URL(reset, location.href).href}, got no response (the network failed, or the server does not let this page read it: CORS)`,
    );
    // The same server under its other name: another origin, which sends no CORS headers.
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const cors = `${other}${fresh('story.json')}`;
    expect(await fails(cors)).to.equal(
      `expected JSON from ${cors}, got no response (the network failed, or the server does not let this page read it: CORS)`,
    );
  });

  it('a response that never comes, or never ends: the timeout attribute (seconds), and the fetch aborted', async () => {
    const since = await now();
    const hang = net('hang');
    expect(await fails(hang, 1)).to.equal(
      `expected JSON from ${new URL(hang, location.href).href} within 1 second, got no complete response`,
    );
    const stall = net('stall');
    expect(await fails(stall, 1)).to.equal(
      `expected JSON from ${new URL(stall, location.href).href} within 1 second, got no complete response`,
    );
    await aborted(since, hang, stall);
  });

  it('waits 15 seconds unless told otherwise; a timeout that is not a positive number is 15 too', async () => {
    const el = await fixture<TestFactsElement>(html`<test-facts data='{"title": "x"}'></test-facts>`);
    expect(el.timeout).to.equal(15);
    // Not a positive number: the wait is the default, not an instant failure (still waiting after 1.5 s).
    const reported: Event[] = [];
    const listen = (event: Event) => reported.push(event);
    document.addEventListener('claimkit-error', listen);
    try {
      for (const timeout of ['soon', '0', '-1']) {
        const stalled = await fixture<TestFactsElement>(
          html`<test-facts src=${net('hang')} timeout=${timeout}><p>Fallback</p></test-facts>`,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(reported, `timeout="${timeout}"`).to.deep.equal([]);
        stalled.remove();
      }
    } finally {
      document.removeEventListener('claimkit-error', listen);
    }
  });

  /**
   * Runs `act` with the page's fetch recorded, then checks that the fetches of `urls` were
   * aborted: their signals, and, for each that reached the server, the server saw it end early.
   */
  async function abortsFetches(urls: () => string[], act: () => Promise<void>) {
    const since = await now();
    const signals = new Map<string, AbortSignal>();
    const original = window.fetch;
    window.fetch = (input, init) => {
      signals.set(new URL(String(input), location.href).pathname + new URL(String(input), location.href).search, init!.signal!);
      return original(input, init);
    };
    try {
      await act();
    } finally {
      window.fetch = original;
    }
    for (const url of urls()) expect(signals.get(url)?.aborted, `${url}: its fetch aborted`).to.equal(true);
    const reached = (await served(since)).filter((url) => urls().includes(url));
    await aborted(since, ...reached);
  }

  it('src changed twice quickly: the last wins, the earlier fetches are aborted and their answers never used', async () => {
    const [first, second] = [net('hang'), net('hang')];
    await abortsFetches(
      () => [first, second],
      async () => {
        const el = await fixture<TestFactsElement>(html`<test-facts src=${first}></test-facts>`);
        el.src = second;
        await el.updateComplete;
        el.src = fresh('story.json', '#/sections/list/1');
        await waitUntil(() => shadowText(el) === 'Second', 'the last src did not render');
      },
    );
    expect(uncaught).to.deep.equal([]);
  });

  it('an element removed while its src loads stops the fetch, and loads again when put back', async () => {
    const src = net('hang');
    let el!: TestFactsElement;
    await abortsFetches(
      () => [src],
      async () => {
        el = await fixture<TestFactsElement>(html`<test-facts src=${src}></test-facts>`);
        await el.updateComplete;
        el.remove();
      },
    );
    el.src = fresh('story.json');
    document.body.append(el);
    await waitUntil(() => shadowText(el) === 'From a document', 'put back, it did not load');
    el.remove();
  });

  /** Every URL the page requested (fetches, scripts, anything) while `act` ran, as the browser's resource timing lists them. */
  async function requested(act: () => Promise<void>) {
    const start = performance.now();
    await act();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => entry.name);
  }

  it('a non-http scheme is refused without a request, and a long data: URL is not echoed whole', async () => {
    const urls = await requested(async () => {
      const long = `data:application/json,${encodeURIComponent(JSON.stringify({ title: 'x'.repeat(5000) }))}`;
      const message = await fails(long);
      expect(message).to.match(/^expected an http\(s\) URL in src, got "data:application\/json,.{50,70}…"$/);
      expect(message.length).to.be.below(160);
      expect(await fails('javascript:alert(1)')).to.equal('expected an http(s) URL in src, got "javascript:alert(1)"');
    });
    expect(urls).to.deep.equal([]);
  });

  it('without src, an element makes no request at all', async () => {
    const urls = await requested(async () => {
      const el = await fixture<TestFactsElement>(html`<test-facts data='{"title": "Inline"}'></test-facts>`);
      expect(shadowText(el)).to.equal('Inline');
    });
    expect(urls).to.deep.equal([]);
  });
});
