/**
 * What `<claim-compare>` may say about figures (claim-compare.view.ts, claim-compare.figures.ts):
 * a table of every pair of figure kinds with the words written out by hand, in every UI
 * language, and a property test that no sentence ever states a multiple or a difference the
 * figures' intervals do not imply.
 */
import { expect } from '@open-wc/testing';
import { loadMessages } from '../../core/messages.js';
import { latin } from '../../test-support/element-tests.js';
import type { ClaimCompareData } from './claim-compare.shape.js';
import { claimCompareView } from './claim-compare.view.js';

type F = Record<string, unknown>;
const claim = (name: string, figure: F, status?: string) => ({
  claimant: { name },
  statement: 'x',
  figures: [{ metric: 'killed', ...figure }],
  ...(status ? { status } : {}),
});
/** The view of Kyiv's figure `a` against Moscow's `b` (`a` rated `status`). */
const compare = (a: F, b: F, lang = 'en', status?: string) =>
  claimCompareView({ topic: 'Casualties', claims: [claim('Kyiv', a, status), claim('Moscow', b)] } as ClaimCompareData, lang);
/** Kyiv's and Moscow's figures in words, and the gap sentence ('—' for none). */
const said = (a: F, b: F, lang = 'en', status?: string) => {
  const [row] = compare(a, b, lang, status).rows;
  return [...row.cells.map((cell) => (cell.mark ? `${cell.text} (${cell.mark})` : cell.text)), row.gap ?? '—'].map(latin);
};

const exact = (value: number) => ({ value });
const about = (value: number) => ({ value, qualifier: 'approximately' });
const atLeast = (value: number) => ({ value, qualifier: 'at least' });
const atMost = (value: number) => ({ value, qualifier: 'at most' });
const range = (min: number, max: number) => ({ min, max });

before(() => Promise.all(['uk', 'ru', 'de', 'ar'].map(loadMessages)));

describe('<claim-compare>: what may be said of two figures (English)', () => {
  const cases: [string, F, F, string[], string?][] = [
    ['two exact figures', exact(9000), exact(498), ['9,000', '498', 'The figure from Kyiv is 18 times that from Moscow (8,502 more).']],
    [
      'an approximate figure against an exact one',
      about(9000),
      exact(498),
      ['about 9,000', '498', 'The figure from Kyiv is about 18 times that from Moscow (about 8,502 more).'],
    ],
    ['"about 600" against "at least 12": they overlap, nothing is said', about(600), atLeast(12), ['about 600', 'at least 12', '—']],
    // Numbers at the edges: no ∞, no 324 zeros, no "−0", no multiple of almost nothing.
    [
      'the smallest number against 498',
      exact(5e-324),
      exact(498),
      ['5E−324', '498', 'The figure from Moscow is 498 more than that from Kyiv.'],
    ],
    [
      'the largest number against 498',
      exact(1e308),
      exact(498),
      ['1E308', '498', 'The figure from Kyiv is 1E308 more than that from Moscow.'],
    ],
    ['a negative zero', exact(-0), exact(498), ['0', '498', 'The figure from Moscow is 498 more than that from Kyiv.']],
    [
      'a ratio above 10,000 is said as the difference',
      exact(0.0004),
      exact(498),
      ['0.0004', '498', 'The figure from Moscow is 497.9996 more than that from Kyiv.'],
    ],
    [
      'a ratio of 10,000 still is',
      exact(1),
      exact(10000),
      ['1', '10,000', 'The figure from Moscow is 10,000 times that from Kyiv (9,999 more).'],
    ],
    [
      'a range reaching beyond 10,000 times: at least its lower end',
      range(2000, 4e9),
      exact(2),
      ['2,000–4 billion', '2', 'The figure from Kyiv is at least 1,000 times that from Moscow (1,998–4 billion more).'],
    ],
    ['two floors: open the same way, nothing is said', atLeast(2000), atLeast(227), ['at least 2,000', 'at least 227', '—']],
    [
      '"at least 500" against "at most 500": not the same, nothing is said',
      atLeast(500),
      atMost(500),
      ['at least 500', 'at most 500', '—'],
    ],
    [
      'a floor against a ceiling below it',
      atLeast(600),
      atMost(100),
      ['at least 600', 'at most 100', 'The figure from Kyiv is at least 6 times that from Moscow (at least 500 more).'],
    ],
    [
      'a ceiling below an exact figure: the higher is named',
      atMost(500),
      exact(9000),
      ['at most 500', '9,000', 'The figure from Moscow is at least 18 times that from Kyiv (8,500–9,000 more).'],
    ],
    [
      '"more than" against "fewer than"',
      { value: 100, qualifier: 'more than' },
      { value: 50, qualifier: 'fewer than' },
      ['more than 100', 'fewer than 50', 'The figure from Kyiv is at least 2 times that from Moscow (at least 50 more).'],
    ],
    [
      'a range against an exact figure',
      range(2000, 4000),
      exact(498),
      ['2,000–4,000', '498', 'The figure from Kyiv is 4–8.1 times that from Moscow (1,502–3,502 more).'],
    ],
    [
      'an exact figure just above a range: "up to" is all that can be said',
      exact(600),
      range(12, 599),
      ['600', '12–599', 'The figure from Kyiv is up to 50 times that from Moscow.'],
    ],
    [
      'close figures: the difference only',
      exact(520),
      exact(498),
      ['520', '498', 'The figure from Kyiv is 22 more than that from Moscow.'],
    ],
    ['equal points', exact(498), exact(498), ['498', '498', 'Kyiv and Moscow give the same figure.']],
    ['against zero: no multiple', exact(498), exact(0), ['498', '0', 'The figure from Kyiv is 498 more than that from Moscow.']],
    [
      'percentages: percentage points',
      { value: 45.1, unit: '%' },
      { value: 35, unit: '%' },
      ['45.1%', '35%', 'The figure from Kyiv is 10.1 percentage points higher than that from Moscow.'],
    ],
    [
      'negative percentages',
      { value: -2, unit: '%' },
      { value: -8.5, unit: '%' },
      ['−2%', '−8.5%', 'The figure from Kyiv is 6.5 percentage points higher than that from Moscow.'],
    ],
    [
      'money, in its currency and in words',
      { value: 1e11, unit: 'USD' },
      { value: 6e10, unit: 'USD' },
      ['$100 billion', '$60 billion', 'The figure from Kyiv is 1.7 times that from Moscow ($40 billion more).'],
    ],
    [
      'large counts in words',
      exact(1.6e9),
      exact(4e8),
      ['1.6 billion', '400 million', 'The figure from Kyiv is 4 times that from Moscow (1.2 billion more).'],
    ],
    [
      'small decimals keep their digits',
      exact(0.0000004),
      exact(0.0000001),
      ['0.0000004', '0.0000001', 'The figure from Kyiv is 4 times that from Moscow (0.0000003 more).'],
    ],
    [
      'a figure from a claim rated false is marked where it is drawn and where it is named',
      exact(9000),
      exact(498),
      ['9,000 (rated false)', '498', 'The figure from Kyiv (rated false) is 18 times that from Moscow (8,502 more).'],
      'false',
    ],
  ];
  for (const [what, a, b, words, status] of cases)
    it(what, () => {
      expect(said(a, b, 'en', status)).to.deep.equal(words);
    });

  it('names the two ends when three or more claimants state the metric', () => {
    const view = claimCompareView(
      {
        topic: 'Casualties',
        claims: [claim('Kyiv', exact(9000)), claim('Moscow', exact(498)), claim('Western officials', range(2000, 4000))],
      } as ClaimCompareData,
      'en',
    );
    expect(latin(view.rows[0].gap!)).to.equal('Highest against lowest: The figure from Kyiv is 18 times that from Moscow (8,502 more).');
  });

  it('matches metrics without regard to case, spacing or Unicode form, and sets no two units against each other', () => {
    const view = claimCompareView(
      {
        topic: 'Losses',
        claims: [
          { claimant: { name: 'Kyiv' }, statement: 'x', figures: [{ metric: 'Killed', value: 9000 }] },
          { claimant: { name: 'Moscow' }, statement: 'x', figures: [{ metric: ' killed ', value: 498 }] },
          { claimant: { name: 'London' }, statement: 'x', figures: [{ metric: 'KILLED', value: 12, unit: 'battalions' }] },
        ],
      } as ClaimCompareData,
      'en',
    );
    expect(view.rows.map((row) => [row.metric, row.unit, row.cells.map((cell) => latin(cell.text))])).to.deep.equal([
      ['killed', undefined, ['9,000', '498', 'not stated']],
      ['KILLED', 'battalions', ['not stated', 'not stated', '12 battalions']],
    ]);
    expect(view.notes.map(latin)).to.deep.equal(['Not set against each other: “killed” is given in no unit and battalions.']);
    expect(view.warnings).to.deep.equal([
      '"killed" comes in different units (no unit at /claims/0/figures/0, /claims/1/figures/0; "battalions" at /claims/2/figures/0); figures in different units are not set against each other.',
    ]);
  });

  it('writes the summary as a sentence for every kind of metric', () => {
    const summary = (figure: F, metric: string) =>
      latin(
        claimCompareView(
          { topic: 'T', claims: [claim('Kyiv', { ...figure, metric }), claim('Moscow', { ...figure, metric })] } as ClaimCompareData,
          'en',
        ).summary,
      );
    expect(summary(exact(9000), 'killed')).to.equal('Kyiv and Moscow agree on the number killed: 9,000.');
    expect(summary(exact(9000), 'civilians killed')).to.equal('Kyiv and Moscow agree on the number of civilians killed: 9,000.');
    expect(summary({ value: 4e10, unit: 'USD' }, 'infrastructure damage')).to.equal(
      'Kyiv and Moscow agree on infrastructure damage: $40 billion.',
    );
    expect(summary({ value: -8.5, unit: '%', phrase: 'the fall in GDP' }, 'GDP growth')).to.equal(
      'Kyiv and Moscow agree on the fall in GDP: −8.5%.',
    );
    expect(latin(compare(exact(9000), exact(498)).summary)).to.equal('Kyiv and Moscow disagree on the number killed: 9,000 vs 498.');
  });
});

describe('<claim-compare>: what may be said of two figures, in every UI language', () => {
  const cases: [string, F, F, string[]][] = [
    ['uk', exact(9000), exact(498), ['9 000', '498', 'Kyiv наводить цифру, у 18 разів більшу, ніж Moscow (різниця — 8 502).']],
    [
      'uk',
      atLeast(600),
      atMost(100),
      ['щонайменше 600', 'щонайбільше 100', 'Kyiv наводить цифру, щонайменше у 6 разів більшу, ніж Moscow (різниця — щонайменше 500).'],
    ],
    ['uk', exact(600), range(12, 599), ['600', '12–599', 'Kyiv наводить цифру, до 50 разів більшу, ніж Moscow.']],
    ['uk', exact(1.6e9), exact(4e8), ['1,6 млрд', '400 млн', 'Kyiv наводить цифру, у 4 рази більшу, ніж Moscow (різниця — 1,2 млрд).']],
    [
      'uk',
      { value: 45.1, unit: '%' },
      { value: 35, unit: '%' },
      ['45,1%', '35%', 'Kyiv наводить цифру, на 10,1 відсоткового пункту більшу, ніж Moscow.'],
    ],
    ['uk', about(600), atLeast(12), ['близько 600', 'щонайменше 12', '—']],
    ['ru', exact(9000), exact(498), ['9 000', '498', 'Kyiv приводит цифру в 18 раз большую, чем Moscow (разница — 8 502).']],
    [
      'ru',
      range(2000, 4000),
      exact(498),
      ['2 000–4 000', '498', 'Kyiv приводит цифру в 4–8,1 раза большую, чем Moscow (разница — 1 502–3 502).'],
    ],
    ['ru', exact(520), exact(498), ['520', '498', 'Kyiv приводит цифру на 22 большую, чем Moscow.']],
    ['ru', exact(498), exact(498), ['498', '498', 'Kyiv и Moscow приводят одинаковую цифру.']],
    ['de', exact(9000), exact(498), ['9.000', '498', 'Kyiv nennt eine 18-mal so hohe Zahl wie Moscow (Differenz: 8.502).']],
    ['de', exact(600), range(12, 599), ['600', '12–599', 'Kyiv nennt eine bis zu 50-mal so hohe Zahl wie Moscow.']],
    [
      'de',
      { value: 1e11, unit: 'USD' },
      { value: 6e10, unit: 'USD' },
      ['100 Mrd. $', '60 Mrd. $', 'Kyiv nennt eine 1,7-mal so hohe Zahl wie Moscow (Differenz: 40 Mrd. $).'],
    ],
    [
      'de',
      { value: -2, unit: '%' },
      { value: -8.5, unit: '%' },
      ['−2 %', '−8,5 %', 'Kyiv nennt eine um 6,5 Prozentpunkte höhere Zahl als Moscow.'],
    ],
    ['ar', exact(9000), exact(498), ['9,000', '498', 'الرقم الذي يذكره Kyiv أعلى بـ18 مرة من الرقم الذي يذكره Moscow (بفارق 8,502).']],
    // Arabic counts its multiples: two (مرتين), three to ten (مرات), eleven on (مرة).
    ['ar', exact(2000), exact(1000), ['2,000', '1,000', 'الرقم الذي يذكره Kyiv أعلى بمرتين من الرقم الذي يذكره Moscow (بفارق 1,000).']],
    ['ar', exact(4000), exact(1000), ['4,000', '1,000', 'الرقم الذي يذكره Kyiv أعلى بـ4 مرات من الرقم الذي يذكره Moscow (بفارق 3,000).']],
    [
      'ar',
      atLeast(600),
      atMost(100),
      [
        '600 على الأقل',
        '100 على الأكثر',
        'الرقم الذي يذكره Kyiv أعلى بـ6 مرات على الأقل من الرقم الذي يذكره Moscow (بفارق 500 على الأقل).',
      ],
    ],
  ];
  for (const [lang, a, b, words] of cases)
    it(`${lang}: ${words[0]} against ${words[1]}`, () => {
      expect(said(a, b, lang)).to.deep.equal(words);
    });
});

/** A seeded random number generator (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('<claim-compare>: no sentence says more than the figures (property test)', () => {
  const SEED = 20261201;
  const CASES = 3000;

  it(`over ${CASES} random pairs of figures (seed ${SEED})`, () => {
    const next = random(SEED);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const number = () => pick([0, 1, 2, 5, 10, 12, 100, 498, 500, 600, 1000, 2000, 9000, 1e6, 2.5e6]) * pick([1, 1, 1.5, 3]);
    const figure = (): F => {
      const kind = pick(['exact', 'approximately', 'at least', 'more than', 'at most', 'fewer than', 'range']);
      if (kind === 'range') {
        const [min, max] = [number(), number()].sort((x, y) => x - y);
        return { min, max };
      }
      return kind === 'exact' ? { value: number() } : { value: number(), qualifier: kind };
    };
    /** The figure's interval, worked out here independently of the element's code. */
    const bounds = (f: F): [number, number] => {
      const v = f.value as number;
      if (f.min !== undefined) return [f.min as number, f.max as number];
      if (f.qualifier === 'at least' || f.qualifier === 'more than') return [v, Number.POSITIVE_INFINITY];
      if (f.qualifier === 'at most' || f.qualifier === 'fewer than') return [0, v];
      return [v, v];
    };
    const num = (s: string) => Number(s.replace(/,/g, ''));
    for (let i = 0; i < CASES; i++) {
      const [a, b] = [figure(), figure()];
      const [gap] = said(a, b).slice(2);
      const context = `case ${i} (seed ${SEED}): ${JSON.stringify(a)} vs ${JSON.stringify(b)} → ${gap}`;
      if (gap === '—' || gap.endsWith('give the same figure.')) {
        if (gap !== '—') expect(bounds(a), context).to.deep.equal(bounds(b));
        continue;
      }
      const kyivHigher = gap.startsWith('The figure from Kyiv');
      const [[hl, hh], [ll, lh]] = kyivHigher ? [bounds(a), bounds(b)] : [bounds(b), bounds(a)];
      // Whichever is named higher is higher for every number its figure allows.
      expect(hl >= lh, `${context}: the higher is not wholly above`).to.equal(true);
      const times = gap.match(/is (about |at least |up to )?([\d.,]+)(?:–([\d.,]+))? times/);
      if (times) {
        const [, qualifier = '', n, m] = times;
        const [rmin, rmax] = [hl / lh, ll > 0 ? hh / ll : Number.POSITIVE_INFINITY];
        if (qualifier === 'at least ') expect(num(n), `${context}: floor above the least ratio`).to.be.at.most(rmin + 1e-9);
        else if (qualifier === 'up to ') expect(num(n), `${context}: ceiling below the greatest ratio`).to.be.at.least(rmax - 1e-9);
        else if (m) {
          expect(num(n), context).to.be.at.most(rmin + 1e-9);
          expect(num(m), context).to.be.at.least(rmax - 1e-9);
        } else {
          // One number: both figures are points, and it is their ratio rounded (to 0.1 below 10).
          expect(rmin, context).to.equal(rmax);
          expect(Math.abs(num(n) - rmin), context).to.be.at.most(rmin < 10 ? 0.05 + 1e-9 : 0.5 + 1e-9);
        }
        expect(num(n), `${context}: a multiple below 1.5 is not one`).to.be.at.least(1.5);
      } else expect(gap, context).to.match(/more than that from/);
    }
  });
});
