import { expect } from '@open-wc/testing';
import { formatNumber } from '../../core/format.js';
import '../../define/claim-compare.js';
import {
  $,
  $$,
  badDataTests,
  fixtureRenderer,
  latin,
  rendersEveryValidFixture,
  structuredData,
  text,
} from '../../test-support/element-tests.js';
import { invalid, valid } from './claim-compare.fixtures.js';
import type { ClaimCompareElement } from './claim-compare.js';

const render = fixtureRenderer<ClaimCompareElement>('claim-compare', valid);

/** Each metric table as { metric caption, rows: [claimant, figure text] }. */
const tables = (el: Element) =>
  $$(el, 'table').map((table) => ({
    caption: text(table.querySelector('caption')),
    rows: [...table.querySelectorAll('tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('.value'))]),
  }));

describe('<claim-compare> with the seed story', () => {
  it('says who disagrees on what, in one sentence, before anything else', async () => {
    const el = await render('seed');
    const summary = $(el, '.summary');
    expect(text(summary)).to.equal('Volodymyr Zelenskyy and Russian Defence Ministry disagree on the number killed: 9,000 vs 498.');
    expect(text($(el, 'h2'))).to.equal('Russian military casualties');
    expect(text($(el, '.question'))).to.equal('How many Russian servicemen have been killed in Ukraine?');
    expect(text($(el, '.head .meta'))).to.equal('As of March 3, 2022');
    expect($(el, '.head .meta time').getAttribute('datetime')).to.equal('2022-03-03');
  });

  it('lines the figures up metric by metric, "not stated" where a claimant gave none, with the gap', async () => {
    const el = await render('seed');
    expect(tables(el)).to.deep.equal([
      {
        caption: 'Killed. The figure from Volodymyr Zelenskyy is 18 times that from Russian Defence Ministry (8,502 more).',
        rows: [
          ['Volodymyr Zelenskyy', '9,000'],
          ['Russian Defence Ministry', '498'],
        ],
      },
      {
        caption: 'Injured',
        rows: [
          ['Volodymyr Zelenskyy', 'not stated'],
          ['Russian Defence Ministry', '1,597'],
        ],
      },
    ]);
    // "not stated" never gets a bar.
    const injured = $$(el, 'table')[1].querySelectorAll('tr');
    expect(injured[0].querySelector('.bar')).to.equal(null);
    expect(injured[1].querySelector('.bar')).to.not.equal(null);
  });

  it('draws bars proportional to the values (measured from layout)', async () => {
    const el = await render('seed');
    const [killed] = $$(el, 'table');
    const widths = [...killed.querySelectorAll('tr')].map((tr) => {
      const track = tr.querySelector('.track')!.getBoundingClientRect().width;
      return tr.querySelector('.bar')!.getBoundingClientRect().width / track;
    });
    expect(widths[0]).to.be.closeTo(1, 0.01);
    expect(widths[1]).to.be.closeTo(498 / 9000, 0.01);
    expect($$(el, '.track').every((track) => track.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('shows each claimant’s panel: name, role, statement, date and status in words', async () => {
    const el = await render('seed');
    const panels = $$(el, '.claim');
    expect(panels.map((p) => text(p.querySelector('.who')))).to.deep.equal([
      'Volodymyr Zelenskyy, President of Ukraine',
      'Russian Defence Ministry',
    ]);
    expect(panels.map((p) => text(p.querySelector('.statement')))).to.deep.equal([
      '9,000 Russian troops have been killed.',
      '498 Russian servicemen have been killed and 1,597 injured.',
    ]);
    expect(panels.map((p) => text(p.querySelector('.status')))).to.deep.equal(['Status: Unverified', 'Status: Unverified']);
    expect(panels.map((p) => text(p.querySelector('p.meta')))).to.deep.equal(['March 3, 2022', 'March 3, 2022']);
    expect(panels[0].querySelector('q')).to.equal(null);
    expect(text($(el, '.note'))).to.equal("Russia has denied Ukraine's figure. Neither figure could be independently verified.");
  });

  it('stacks the panels below 30em and sets them side by side above (measured)', async () => {
    const narrow = await render('seed', { width: 320 });
    const [a, b] = $$(narrow, '.claim').map((p) => p.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom);
    expect(b.left).to.equal(a.left);
    const wide = await render('seed', { width: 800 });
    const [c, d] = $$(wide, '.claim').map((p) => p.getBoundingClientRect());
    expect(d.top).to.equal(c.top);
    expect(d.left).to.be.at.least(c.right);
  });

  it('writes one schema.org Claim per claim, and no verdict', async () => {
    const el = await render('seed');
    const ld = await structuredData(el);
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Claim',
          text: '9,000 Russian troops have been killed.',
          about: 'Russian military casualties',
          author: { '@type': 'Person', name: 'Volodymyr Zelenskyy', jobTitle: 'President of Ukraine' },
          datePublished: '2022-03-03',
        },
        {
          '@type': 'Claim',
          text: '498 Russian servicemen have been killed and 1,597 injured.',
          about: 'Russian military casualties',
          author: { '@type': 'Organization', name: 'Russian Defence Ministry' },
          datePublished: '2022-03-03',
        },
      ],
    });
    expect(JSON.stringify(ld)).to.not.contain('ClaimReview');
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await render('threeClaimants', { theme });
      await expect(el).to.be.accessible();
    });
  }
});

describe('<claim-compare> fixtures', () => {
  it('three claimants: a range is drawn as a range and not compared; the source links; the quote is quoted', async () => {
    const el = await render('threeClaimants');
    const [killed] = tables(el);
    expect(killed).to.deep.equal({
      caption:
        'Killed. Highest against lowest: The figure from Volodymyr Zelenskyy is 18 times that from Russian Defence Ministry (8,502 more).',
      rows: [
        ['Volodymyr Zelenskyy', '9,000'],
        ['Russian Defence Ministry', '498'],
        ['Western intelligence officials', '2,000–4,000'],
      ],
    });
    const rangeBar = $$(el, 'table')[0].querySelectorAll('tr')[2].querySelector('.bar')!;
    const track = rangeBar.parentElement!.getBoundingClientRect();
    const bar = rangeBar.getBoundingClientRect();
    expect((bar.left - track.left) / track.width).to.be.closeTo(2000 / 9000, 0.01);
    expect(bar.width / track.width).to.be.closeTo(2000 / 9000, 0.01);
    const panel = $$(el, '.claim')[0];
    expect(panel.querySelector('q')!.textContent).to.equal('9,000 Russian troops have been killed.');
    const link = panel.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href'), link.getAttribute('rel')]).to.deep.equal([
      'Address to the nation',
      'https://example.org/address',
      'noopener noreferrer',
    ]);
    expect($$(el, '.updates li').map(text)).to.deep.equal([
      'March 4, 2022: Added the estimate by Western officials.',
      'March 3, 2022: Added the Russian Defence Ministry figure.',
    ]);
    expect($$(el, '.sources li').map(text)).to.deep.equal(['Reuters', 'Ministry of Defence briefing, March 3, 2022']);
  });

  it('writes qualifiers out, and says of a floor only what it implies', async () => {
    const el = await render('rangesAndQualifiers');
    expect(tables(el)).to.deep.equal([
      {
        caption:
          'Displaced. Highest against lowest: The figure from UN refugee agency is at least 2,000 times that from Local officials (at least 999,500 more).',
        rows: [
          ['UN refugee agency', 'at least 1 million'],
          ['Local officials', 'about 500'],
          ['Aid groups', '400,000–600,000'],
        ],
      },
    ]);
  });

  it('never sets different metrics or units against each other', async () => {
    const el = await render('mismatchedMetrics');
    const [general, ministry, uk] = ['Ukrainian General Staff', 'Russian Defence Ministry', 'UK Defence Intelligence'];
    expect(tables(el)).to.deep.equal([
      {
        caption: 'Killed',
        rows: [
          [general, '9,000'],
          [ministry, 'not stated'],
          [uk, 'not stated'],
        ],
      },
      {
        caption: 'Losses (tanks)',
        rows: [
          [general, '217 tanks'],
          [ministry, 'not stated'],
          [uk, 'not stated'],
        ],
      },
      {
        caption: 'Casualties',
        rows: [
          [general, 'not stated'],
          [ministry, '2,095'],
          [uk, 'not stated'],
        ],
      },
      {
        caption: 'Losses (battalion tactical groups)',
        rows: [
          [general, 'not stated'],
          [ministry, 'not stated'],
          [uk, '12 battalion tactical groups'],
        ],
      },
    ]);
    expect(text($(el, '.summary'))).to.equal(`${general}, ${ministry}, and ${uk} make conflicting claims.`);
    expect(text($(el, '.units-note'))).to.equal('Not set against each other: “losses” is given in tanks and battalion tactical groups.');
  });

  it('formats numbers from 10^12 down to 0.001, a million and more in words with the full number beside, with eight claimants', async () => {
    const el = await render('eightClaimants');
    expect($$(el, 'table')[0].querySelectorAll('data')[0].getAttribute('value')).to.equal('1,000,000,000,000');
    expect($$(el, 'table')[0].querySelectorAll('data')[1].getAttribute('title')).to.equal('2,500,000,000');
    expect(tables(el)[0].rows.map(([, value]) => value)).to.deep.equal([
      '1 trillion',
      '2.5 billion',
      '750,000',
      '9,000',
      '498',
      '12.5',
      '1',
      '0.001',
    ]);
    expect($$(el, '.claim')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('wraps long text inside its box', async () => {
    const el = await render('longText', { width: 320 });
    const box = el.getBoundingClientRect();
    for (const node of $$(el, '.claim, .statement, .who, h2'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(box.right + 0.5);
  });

  it('formats dates and numbers in the reader’s language and runs right to left in Arabic', async () => {
    for (const lang of ['uk', 'de', 'ar']) {
      const el = await render('seed', { lang });
      expect(tables(el)[0].rows.map(([, value]) => value)).to.deep.equal(
        [formatNumber(9000, lang), formatNumber(498, lang)].map((n) => n.replace(/\s+/g, ' ')),
      );
      expect($(el, '.root').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    }
    const ar = await render('seed', { lang: 'ar' });
    const [killed] = $$(ar, 'table');
    const track = killed.querySelector('.track')!.getBoundingClientRect();
    const bar = killed.querySelectorAll('.bar')[1].getBoundingClientRect();
    expect(bar.right).to.be.closeTo(track.right, 1);
  });

  rendersEveryValidFixture(valid, render);
});

badDataTests('claim-compare', invalid, 'Kyiv says 9,000; Moscow says 498.', 'a');

describe('<claim-compare> in other languages', () => {
  // The seed story as each newsroom publishes it (src/test-support/seed.ts): its words and the data's.
  const cases: [string, string, string, string, string][] = [
    [
      'ukrainian',
      'Володимир Зеленський і Міністерство оборони Росії розходяться щодо показника «загиблі»: 9 000 проти 498.',
      'Володимир Зеленський наводить цифру, у 18 разів більшу, ніж Міністерство оборони Росії (різниця — 8 502).',
      'не вказано',
      'Статус: Не перевірено',
    ],
    [
      'russian',
      'Владимир Зеленский и Министерство обороны России расходятся в показателе «погибшие»: 9 000 против 498.',
      'Владимир Зеленский приводит цифру в 18 раз большую, чем Министерство обороны России (разница — 8 502).',
      'не указано',
      'Статус: Не проверено',
    ],
    [
      'german',
      'Wolodymyr Selenskyj und Russisches Verteidigungsministerium nennen unterschiedliche Zahlen für „Getötete“: 9.000 gegenüber 498.',
      'Wolodymyr Selenskyj nennt eine 18-mal so hohe Zahl wie Russisches Verteidigungsministerium (Differenz: 8.502).',
      'keine Angabe',
      'Status: Nicht überprüft',
    ],
    [
      'arabic',
      'يختلف فولوديمير زيلينسكي ووزارة الدفاع الروسية حول عدد «القتلى»: 9,000 مقابل 498.',
      'الرقم الذي يذكره فولوديمير زيلينسكي أعلى بـ18 مرة من الرقم الذي يذكره وزارة الدفاع الروسية (بفارق 8,502).',
      'غير مذكور',
      'الحالة: لم يتم التحقق',
    ],
  ];
  for (const [name, summary, gap, notStated, status] of cases) {
    it(`speaks ${name}: the summary, the gap, "not stated" and the status, all in its words`, async () => {
      const el = await render(name);
      const same = (s?: string) => s && latin(s);
      const [killed, injured] = $$(el, 'table');
      expect(same(text($(el, '.summary')))).to.equal(summary);
      expect(same(text(killed.querySelector('.gap')))).to.equal(`. ${gap}`);
      expect(text(injured.querySelector('.value'))).to.equal(notStated);
      expect(text($(el, '.status'))).to.equal(status);
    });
  }

  it('falls back to English words for a language it has no table for, with that language’s numbers', async () => {
    const el = await render('seed', { lang: 'pt' });
    expect(text($(el, '.summary'))?.replace(/\s/g, ' ')).to.equal(
      `Volodymyr Zelenskyy e Russian Defence Ministry disagree on the number killed: ${formatNumber(9000, 'pt')} vs 498.`.replace(
        /\s/g,
        ' ',
      ),
    );
  });
});

describe('<claim-compare> draws what the figures are', () => {
  /** A row's bar: its share of the track and its open side. */
  const bars = (el: Element, table = 0) =>
    [...$$(el, 'table')[table].querySelectorAll('tr')].map((tr) => {
      const bar = tr.querySelector('.bar');
      if (!bar) return undefined;
      const track = tr.querySelector('.track')!.getBoundingClientRect();
      const box = bar.getBoundingClientRect();
      return {
        from: (box.left - track.left) / track.width,
        to: (box.right - track.left) / track.width,
        open: bar.className.replace('bar', '').trim(),
      };
    });

  it('draws a floor open at its end and a ceiling open at its start, so neither reads as a number', async () => {
    const el = await render('floorAgainstCeiling');
    const [floor, ceiling] = bars(el);
    expect(floor!.open).to.equal('open-end');
    expect(floor!.to).to.be.closeTo(1, 0.01);
    expect(ceiling!.open).to.equal('open-start');
    expect(ceiling!.from).to.be.closeTo(0, 0.01);
  });

  it('draws negative figures from a zero line', async () => {
    const el = await render('percentages');
    const zero = $$(el, '.zero')[0].getBoundingClientRect();
    const track = $$(el, '.track')[0].getBoundingClientRect();
    // The scale runs from −45.1 to 0: 0 at the right end, both bars reaching left from it.
    expect((zero.left - track.left) / track.width).to.be.closeTo(1, 0.02);
    const [ministry, bank] = bars(el);
    expect(ministry!.from).to.be.closeTo(0, 0.01);
    expect(bank!.from).to.be.closeTo(1 - 35 / 45.1, 0.01);
    expect(tables(el)[0].caption).to.equal(
      'GDP growth. The figure from World Bank is 10.1 percentage points higher than that from Ministry of Economy of Ukraine.',
    );
  });

  it('marks the figure of a claim rated false, hatched, beyond the scale the other figures set', async () => {
    const el = await render('ratedFalse');
    const [viral, officials] = bars(el);
    expect(viral!.open).to.equal('open-beyond');
    expect(officials!.to).to.be.closeTo(1, 0.01);
    expect(text($$(el, 'tr.rated .mark')[0])).to.equal('(rated false)');
    expect(getComputedStyle($$(el, 'tr.rated .bar')[0]).backgroundImage).to.match(/repeating-linear-gradient/);
    expect(text($(el, '.summary'))).to.equal(
      'Anonymous Telegram channel and US officials disagree on the number killed: 100,000 (rated false) vs 2,000–4,000.',
    );
    expect($$(el, '.status').map((s) => s.querySelector('.status-mark')!.textContent)).to.deep.equal(['✕', '?']);
    await expect(el).to.be.accessible();
  });

  it('writes money in its currency and in words, with the full amount beside', async () => {
    const el = await render('money');
    const data = $$(el, 'table')[0].querySelector('data')!;
    expect([text(data), data.getAttribute('value')]).to.deep.equal(['$100 billion', '$100,000,000,000']);
  });

  it('sets a metric written two ways in one row', async () => {
    const el = await render('metricsMatched');
    expect(tables(el).map((t) => t.caption!.split('.')[0])).to.deep.equal(['Killed', 'Injured']);
  });
});
