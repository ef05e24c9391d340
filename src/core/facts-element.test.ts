import { expect, fixture, html } from '@open-wc/testing';
import { rendered, scheme, shadowText } from '../test-support/facts-tests.js';
import { TestFactsElement } from '../test-support/test-element.js';

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
  it('defining the same class twice is quiet; other classes on taken tags give one warning naming them all, and do not throw', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      TestFactsElement.define();
      expect(warnings).to.have.length(0);
      class Impostor extends TestFactsElement {}
      Impostor.define();
      Impostor.define();
      customElements.define('someone-elses', class extends HTMLElement {});
      Impostor.define('someone-elses');
      await new Promise((resolve) => setTimeout(resolve));
      expect(warnings).to.deep.equal([
        `claimkit ${TestFactsElement.version}: already defined: <test-facts> by Claimkit ${TestFactsElement.version}; <someone-elses> by another script. The first definitions stay (is Claimkit loaded twice?).`,
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

describe('FactsElement: colour scheme and accessibility', () => {
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

  it('is accessible', async () => {
    const el = await fixture(html`<test-facts .data=${{ title: 'Accessible', link: 'https://example.org' }}></test-facts>`);
    await expect(el).to.be.accessible();
  });
});
