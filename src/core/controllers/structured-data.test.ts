import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LD } from '../../test-support/element-tests.js';
import type { TestFactsElement } from '../../test-support/test-element.js';
import '../../test-support/test-element.js';

describe('StructuredData: JSON-LD in the light DOM', () => {
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
});
