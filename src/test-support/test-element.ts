import { html } from 'lit';
import { FactsElement } from '../core/facts-element.js';
import { link } from '../core/parts.js';
import { array, type Infer, object, text, url } from '../core/shape.js';
import { updates } from '../core/shapes.js';

/** The smallest real FactsElement: the core's tests use it so they depend on no element's looks. */
export const testShape = object({ title: text() }, { link: url(), items: array(text()), updates });

type TestData = Infer<typeof testShape>;

export class TestFactsElement extends FactsElement<typeof testShape> {
  static override tag = 'test-facts';
  static override shape = testShape;
  // A writer that takes a while, as a lazy chunk does.
  static override jsonLd = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { default: (data: TestData) => ({ '@context': 'https://schema.org', '@type': 'Thing', name: data.title }) };
  };
  protected override derive(data: TestData) {
    return data;
  }
  protected override renderFacts(data: TestData) {
    return html`<h2 class="heading">${data.title}</h2>
      ${data.link ? html`<p>${link('More', data.link)}</p>` : ''}
      <p class="lang">${this.locale}</p>`;
  }
}
TestFactsElement.define();
