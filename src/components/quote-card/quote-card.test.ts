import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/quote-card.js';
import { $, $$, badDataTests, fixtureRenderer, rendersEveryValidFixture, structuredData, text } from '../../test-support/element-tests.js';
import { invalid, valid } from './quote-card.fixtures.js';
import type { QuoteCardElement } from './quote-card.js';

const fixtureNamed = (name: string) => valid.find((f) => f.name === name)!;

const render = fixtureRenderer<QuoteCardElement>('quote-card', valid);

/** What the reader gets of the quote: its words, their language, and the toggle's name and state. */
const shown = (el: Element) => ({
  text: text($(el, 'blockquote')),
  lang: $(el, 'blockquote').getAttribute('lang'),
  note: text($(el, '.language .meta')) ?? null,
  button: text($(el, 'button')) ?? null,
  pressed: $(el, 'button')?.getAttribute('aria-pressed') ?? null,
});

const seed = fixtureNamed('seed').data as { text: string };
const zelenskyy = fixtureNamed('translated').data as { text: string; translation: string };

describe('<quote-card> with the seed story', () => {
  it('shows the words in a blockquote, in their language, with no toggle when the page speaks it', async () => {
    const el = await render('seed');
    const figure = $(el, 'figure');
    expect([...figure.children].map((child) => child.localName)).to.deep.equal(['blockquote', 'figcaption']);
    expect(shown(el)).to.deep.equal({ text: seed.text, lang: 'en', note: null, button: null, pressed: null });
    expect($(el, 'blockquote').hasAttribute('cite')).to.equal(false);
  });

  it('names the speaker with role, the platform as a <cite> and the date in the caption', async () => {
    const el = await render('seed');
    expect(text($(el, 'figcaption .who'))).to.equal('Antony Blinken, United States Secretary of State');
    expect(text($(el, 'figcaption > p.meta'))).to.equal('Twitter · March 3, 2022');
    expect(text($(el, 'cite'))).to.equal('Twitter');
    expect($(el, 'cite a')).to.equal(null);
    expect($(el, 'figcaption time').getAttribute('datetime')).to.equal('2022-03-03');
    expect($(el, '.context')).to.equal(null);
  });

  it('writes a schema.org Quotation, field by field', async () => {
    const el = await render('seed');
    const speaker = { '@type': 'Person', name: 'Antony Blinken', jobTitle: 'United States Secretary of State' };
    expect(await structuredData(el)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: seed.text,
      inLanguage: 'en',
      spokenByCharacter: speaker,
      creator: speaker,
      dateCreated: '2022-03-03',
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await render('translated', { theme });
      await expect(el).to.be.accessible();
      $(el, 'button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<quote-card> in another language than the page', () => {
  it('shows the translation first, in the page’s language, and says what it was translated from', async () => {
    const el = await render('translated');
    expect(shown(el)).to.deep.equal({
      text: zelenskyy.translation,
      lang: 'en',
      note: 'Translated from Ukrainian',
      button: 'Original in Ukrainian: Volodymyr Zelenskyy',
      pressed: 'false',
    });
    expect($(el, 'button').getAttribute('type')).to.equal('button');
  });

  it('switches to the original and back by keyboard, the button announcing its state', async () => {
    const el = await render('translated');
    const button = $(el, 'button');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({
      text: zelenskyy.text,
      lang: 'uk',
      note: null,
      button: 'Original in Ukrainian: Volodymyr Zelenskyy',
      pressed: 'true',
    });
    expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);

    await sendKeys({ press: ' ' }); // the space bar (Firefox's BiDi keyboard knows no "Space")
    await el.updateComplete;
    expect(shown(el)).to.deep.include({ text: zelenskyy.translation, lang: 'en', pressed: 'false' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button'));
  });

  it('is reached by Tab after the quote (the button is the only stop before the caption’s links)', async () => {
    const el = await render('translatedUpdated');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button'));
    before.remove();
  });

  it('links the platform (or "Source" without one) to the quote’s URL, and the speaker to theirs', async () => {
    const translated = await render('translated');
    const a = $(translated, 'cite a');
    expect([a.textContent, a.getAttribute('href'), a.getAttribute('rel')]).to.deep.equal([
      'Video address',
      'https://example.org/2022/02/25/zelenskyy-video-address',
      'noopener noreferrer',
    ]);
    expect($(translated, 'blockquote').getAttribute('cite')).to.equal('https://example.org/2022/02/25/zelenskyy-video-address');
    expect(text($(translated, '.context'))).to.equal(
      'Filmed on a phone outside the presidential office in Kyiv on the second night of the invasion.',
    );
    const updated = await render('translatedUpdated');
    expect(text($(updated, 'cite'))).to.equal('Source');
    expect($(updated, '.who a').getAttribute('href')).to.equal('https://www.president.gov.ua/en');
    expect(text($(updated, 'figcaption > p.meta'))).to.equal('Source · February 25, 2022');
    expect($$(updated, '.updates li').map(text)).to.deep.equal([
      'February 27, 2022: Added a link to the official transcript.',
      'February 26, 2022: Corrected the translation of the last sentence.',
    ]);
  });

  it('offers no toggle when the page speaks the quote’s language (primary subtags compared)', async () => {
    for (const lang of ['uk', 'uk-UA']) {
      const el = await render('translated', { lang });
      expect(shown(el), lang).to.deep.include({ text: zelenskyy.text, lang: 'uk', button: null });
    }
  });

  it('writes the original as the Quotation and the translation as its workTranslation', async () => {
    const el = await render('translated');
    $(el, 'button').click(); // what is shown does not change the structured data
    const speaker = { '@type': 'Person', name: 'Volodymyr Zelenskyy', jobTitle: 'President of Ukraine' };
    expect(await structuredData(el)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: zelenskyy.text,
      inLanguage: 'uk',
      spokenByCharacter: speaker,
      creator: speaker,
      dateCreated: '2022-02-25',
      url: 'https://example.org/2022/02/25/zelenskyy-video-address',
      description: 'Filmed on a phone outside the presidential office in Kyiv on the second night of the invasion.',
      workTranslation: { '@type': 'Quotation', text: zelenskyy.translation, inLanguage: 'en' },
    });
  });

  it('runs right to left in Arabic, in Arabic words, with the English original a button away', async () => {
    const el = await render('arabic');
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    const quote = $(el, 'blockquote');
    expect([quote.getAttribute('lang'), getComputedStyle(quote).direction]).to.deep.equal(['ar', 'rtl']);
    expect(text($(el, '.language'))).to.equal('مترجم من الإنجليزية النص الأصلي باللغة الإنجليزية: أنتوني بلينكن');
    $(el, 'button').click();
    await el.updateComplete;
    expect([quote.getAttribute('lang'), getComputedStyle(quote).direction]).to.deep.equal(['en', 'ltr']);
    await expect(el).to.be.accessible();
  });
});

describe('<quote-card> fixtures', () => {
  it('renders only what is given: text and a speaker given as a string', async () => {
    const el = await render('minimal');
    expect(shown(el)).to.deep.equal({ text: 'We will not give up.', lang: null, note: null, button: null, pressed: null });
    expect(text($(el, 'figcaption'))).to.equal('A resident of Kharkiv');
    expect($$(el, 'figcaption p')).to.have.length(1);
  });

  it('wraps long text inside its box', async () => {
    const el = await render('longText', { width: 320 });
    const box = el.getBoundingClientRect();
    for (const node of $$(el, 'blockquote, figcaption, .who, .context'))
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(box.right + 0.5);
  });

  rendersEveryValidFixture(valid, render);
});

badDataTests('quote-card', invalid, '“We are all here.” — Volodymyr Zelenskyy', 'a, blockquote');
