import { expect, fixture, html } from '@open-wc/testing';
import { shadowText } from '../../test-support/facts-tests.js';
import type { TestFactsElement } from '../../test-support/test-element.js';
import '../../test-support/test-element.js';

describe('Locale: the element’s language and direction', () => {
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
});
