import { expect } from '@open-wc/testing';
import { formatNumber } from '../../core/format.js';
import '../../define/fact-check.js';
import {
  $,
  $$,
  accessibleName,
  badDataTests,
  fixtureRenderer,
  rendersEveryValidFixture,
  structuredData,
  text,
} from '../../test-support/element-tests.js';
import { invalid, valid } from './fact-check.fixtures.js';
import type { FactCheckElement } from './fact-check.js';

const render = fixtureRenderer<FactCheckElement>('fact-check', valid);

/** Where the scale's bar ends, as a fraction of its track (measured from layout). */
const filled = (el: Element) => $(el, '.fill').getBoundingClientRect().width / $(el, '.track').getBoundingClientRect().width;

const zelenskyy = { '@type': 'Person', name: 'Volodymyr Zelenskyy', jobTitle: 'President of Ukraine' };

describe('<fact-check> with the seed story', () => {
  it('heads with the verdict, then the scale position in words', async () => {
    const el = await render('seed');
    expect(accessibleName($(el, 'h2'))).to.equal('Verdict: Unverified');
    expect(text($(el, '.scale'))).to.equal('3 on a scale of 1 to 5');
    expect($(el, '.track').getAttribute('aria-hidden')).to.equal('true');
    expect(filled(el)).to.be.closeTo(0.5, 0.01);
  });

  it('shows the claim: statement, claimant with role, date', async () => {
    const el = await render('seed');
    expect(text($(el, '.claim .kicker'))).to.equal('Claim');
    expect(text($(el, '.statement'))).to.equal('9,000 Russian troops have been killed.');
    expect($(el, '.statement q')).to.equal(null);
    expect(text($(el, '.claim .who'))).to.equal('Volodymyr Zelenskyy, President of Ukraine');
    expect(text($(el, '.claim > p.meta'))).to.equal('March 3, 2022');
  });

  it('explains the verdict and says when it was checked', async () => {
    const el = await render('seed');
    expect(text($(el, '.explanation'))).to.equal(
      "Russia's Defence Ministry denied the figure and put Russian losses at 498 killed and 1,597 injured. Neither side's count could be independently confirmed.",
    );
    expect(text($(el, '[part="reviewer"]'))).to.equal('Checked on March 3, 2022');
    expect($(el, '[part="reviewer"] time').getAttribute('datetime')).to.equal('2022-03-03');
    expect($(el, '.extra')).to.equal(null);
  });

  it('writes a schema.org ClaimReview with Google’s fields, its url the page without the fragment', async () => {
    history.replaceState(null, '', '#section');
    try {
      const el = await render('seed');
      expect(await structuredData(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: location.href.replace('#section', ''),
        claimReviewed: '9,000 Russian troops have been killed.',
        reviewRating: { '@type': 'Rating', alternateName: 'Unverified', ratingValue: 3, bestRating: 5, worstRating: 1 },
        datePublished: '2022-03-03',
        reviewBody:
          "Russia's Defence Ministry denied the figure and put Russian losses at 498 killed and 1,597 injured. Neither side's count could be independently confirmed.",
        itemReviewed: { '@type': 'Claim', author: zelenskyy, datePublished: '2022-03-03' },
      });
    } finally {
      history.replaceState(null, '', location.href.split('#')[0]);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      for (const name of ['seed', 'fullReview']) {
        const el = await render(name, { theme });
        await expect(el).to.be.accessible();
      }
    });
  }
});

describe('<fact-check> fixtures', () => {
  it('full review: a linked reviewer and date, the quoted claim with its source, sources and updates', async () => {
    const el = await render('fullReview');
    expect(accessibleName($(el, 'h2'))).to.equal('Verdict: Mostly false');
    expect(text($(el, '.scale'))).to.equal('2 on a scale of 1 to 5');
    expect(filled(el)).to.be.closeTo(0.25, 0.01);
    expect($(el, '.statement q').textContent).to.equal('9,000 Russian troops have been killed.');
    expect(text($(el, '.claim > p.meta'))).to.equal('March 3, 2022 · Address to the nation, March 3, 2022');
    expect(text($(el, '[part="reviewer"]'))).to.equal('Checked by Claimkit Fact Check on March 4, 2022');
    expect($(el, '[part="reviewer"] a').getAttribute('href')).to.equal('https://example.org/fact-check');
    expect($$(el, '.sources li').map(text)).to.deep.equal(['Reuters', 'Ministry of Defence briefing, March 3, 2022']);
    expect($$(el, '.updates li').map(text)).to.deep.equal([
      'March 5, 2022: Added a second source.',
      'March 4, 2022: Rated after the Defence Ministry briefing.',
    ]);
    expect(text($(el, '.sources h3'))).to.equal('Sources');
  });

  it('full review: the ClaimReview’s url is the page’s canonical link; author is the reviewer; the claim’s appearance its source', async () => {
    const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://example.org/fact-checks/9000' });
    document.head.append(canonical);
    try {
      const el = await render('fullReview');
      const ld = await structuredData(el);
      expect(ld.url).to.equal('https://example.org/fact-checks/9000');
      expect(ld.author).to.deep.equal({ '@type': 'Organization', name: 'Claimkit Fact Check', url: 'https://example.org/fact-check' });
      expect(ld.datePublished).to.equal('2022-03-04');
      expect(ld.reviewRating).to.deep.equal({
        '@type': 'Rating',
        alternateName: 'Mostly false',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
      });
      expect(ld.itemReviewed).to.deep.equal({
        '@type': 'Claim',
        author: zelenskyy,
        datePublished: '2022-03-03',
        appearance: {
          '@type': 'CreativeWork',
          name: 'Address to the nation',
          url: 'https://example.org/address',
          datePublished: '2022-03-03',
        },
      });
    } finally {
      canonical.remove();
    }
  });

  it('a verdict without a scale: no bar, no numbers, a reviewer with role and no date', async () => {
    const el = await render('labelOnly');
    expect(accessibleName($(el, 'h2'))).to.equal('Verdict: False');
    expect($(el, '.scale')).to.equal(null);
    expect(text($(el, '.claim .who'))).to.equal('A social media post');
    expect(text($(el, '[part="reviewer"]'))).to.equal('Checked by Jane Doe (Fact-check editor)');
    const ld = await structuredData(el);
    expect(ld.reviewRating).to.deep.equal({ '@type': 'Rating', alternateName: 'False' });
    expect(ld.author).to.deep.equal({ '@type': 'Person', name: 'Jane Doe', jobTitle: 'Fact-check editor' });
    expect(ld.itemReviewed).to.deep.equal({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'A social media post' },
      datePublished: '2022-02-24',
    });
    expect(ld).to.not.have.property('datePublished');
  });

  it('a value at the best end fills the scale; 0 is a value like any other', async () => {
    const el = await render('scaleEnds');
    expect(text($(el, '.scale'))).to.equal('10 on a scale of 0 to 10');
    expect(filled(el)).to.be.closeTo(1, 0.01);
    expect((await structuredData(el)).reviewRating).to.deep.equal({
      '@type': 'Rating',
      alternateName: 'True',
      ratingValue: 10,
      bestRating: 10,
      worstRating: 0,
    });
  });

  it('follows the page outline with heading-level', async () => {
    const el = await render('fullReview');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(accessibleName($(el, 'h3'))).to.equal('Verdict: Mostly false');
    expect($$(el, 'h4').map(text)).to.deep.equal(['Sources', 'Updates']);
  });

  it('runs right to left in Arabic: the bar grows from the right, numbers in the reader’s digits', async () => {
    const el = await render('arabic');
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    const n = (x: number) => formatNumber(x, 'ar');
    expect(accessibleName($(el, 'h2'))).to.equal('الحكم: غير مؤكد');
    expect(text($(el, '.scale'))).to.equal(`${n(3)} على مقياس من ${n(1)} إلى ${n(5)}`);
    expect(text($(el, '.claim .kicker'))).to.equal('الادعاء');
    expect($(el, '.fill').getBoundingClientRect().right).to.be.closeTo($(el, '.track').getBoundingClientRect().right, 1);
    await expect(el).to.be.accessible();
  });

  it('speaks German: its own words from the de table, loaded when needed', async () => {
    const el = await render('fullReview', { lang: 'de' });
    expect(accessibleName($(el, 'h2'))).to.equal('Bewertung: Mostly false');
    expect(text($(el, '.scale'))).to.equal('2 auf einer Skala von 1 bis 5');
    expect(text($(el, '[part="reviewer"]'))).to.equal('Geprüft von Claimkit Fact Check am 4. März 2022');
  });

  it('wraps long text inside its box', async () => {
    const el = await render('longText', { width: 320 });
    const box = el.getBoundingClientRect();
    for (const node of $$(el, 'h2, .claim, .statement, .explanation'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(box.right + 0.5);
  });

  rendersEveryValidFixture(valid, render);
});

badDataTests('fact-check', invalid, 'Zelenskyy’s figure of 9,000: unverified.', 'a, h2');

describe('<fact-check> scales read alone', () => {
  it('names what each end of the scale means, and gives the claim’s status in its family’s shape and word', async () => {
    const el = await render('labelledScale');
    expect(text($(el, '.scale'))).to.equal('2 on a scale of 1 (Pants on Fire) to 6 (True)');
    const status = $(el, '.verdict .status');
    expect(text(status)).to.equal('Status: Misleading');
    expect(status.querySelector('.status-mark')!.textContent).to.equal('!');
    expect(getComputedStyle(status).borderStyle).to.equal('dashed');
    // The explanation keeps a line a reader can follow: at most 65 characters' width.
    const explanation = $(el, '.explanation');
    expect(getComputedStyle(explanation).maxInlineSize).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
