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
