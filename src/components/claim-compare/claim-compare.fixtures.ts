import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const seed = seedStory.comparisons[0];
const [zelenskyy, ministry] = seed.claims;
/** An organisation's claim: what it said, and the figures that statement gives. */
const says = (name: string, statement: string, figures: object[], extra: object = {}) => ({
  claimant: { name, kind: 'organization' },
  statement,
  figures,
  status: 'unverified',
  ...extra,
});

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: "The seed story: Kyiv's and Moscow's casualty figures for the first week of the invasion, lined up metric by metric.",
    data: seed,
  },
  {
    name: 'threeClaimants',
    title:
      'A third claimant with a range (Western officials: 2,000–4,000), a verbatim quote with its source, sources for the comparison and an updates log.',
    data: {
      ...seed,
      claims: [
        { ...zelenskyy, quote: true, source: { name: 'Address to the nation', url: 'https://example.org/address', date: '2022-03-03' } },
        ministry,
        {
          claimant: { name: 'Western intelligence officials', kind: 'organization', affiliation: 'speaking anonymously' },
          statement: 'Between 2,000 and 4,000 Russian soldiers have been killed.',
          date: '2022-03-02',
          figures: [{ metric: 'killed', min: 2000, max: 4000 }],
          status: 'disputed',
        },
      ],
      sources: ['Reuters', { name: 'Ministry of Defence briefing', url: '/briefings/2022-03-03', date: '2022-03-03' }],
      updates: [
        { date: '2022-03-03', text: 'Added the Russian Defence Ministry figure.' },
        { date: '2022-03-04', text: 'Added the estimate by Western officials.' },
      ],
    },
  },
  {
    name: 'rangesAndQualifiers',
    title: 'Figures as newsrooms write them: "at least" a million, "about" 500, a range of 400,000–600,000, each written out in words.',
    data: {
      topic: 'People displaced',
      claims: [
        says('UN refugee agency', 'At least 1,000,000 people have fled their homes.', [
          { metric: 'displaced', value: 1_000_000, qualifier: 'at least' },
        ]),
        says('Local officials', 'About 500 people have left the town.', [{ metric: 'displaced', value: 500, qualifier: 'approximately' }]),
        says('Aid groups', 'Between 400,000 and 600,000 people have been displaced.', [
          { metric: 'displaced', min: 400_000, max: 600_000 },
        ]),
      ],
    },
  },
  {
    name: 'mismatchedMetrics',
    title:
      'Figures that count different things (killed, casualties) or in different units (tanks, battalion tactical groups) each get their own table: they are never set against each other.',
    data: {
      topic: 'Russian losses',
      claims: [
        says('Ukrainian General Staff', 'Russia has lost 9,000 soldiers and 217 tanks.', [
          { metric: 'killed', value: 9000 },
          { metric: 'losses', value: 217, unit: 'tanks' },
        ]),
        says('Russian Defence Ministry', 'Our forces have suffered 2,095 casualties.', [{ metric: 'casualties', value: 2095 }]),
        says('UK Defence Intelligence', 'Russia has lost the equivalent of 12 battalion tactical groups.', [
          { metric: 'losses', value: 12, unit: 'battalion tactical groups' },
        ]),
      ],
    },
  },
  {
    name: 'overlapping',
    title:
      'Figures that overlap ("about 600" against "at least 12"): the element says they disagree, and states no multiple and no difference, since either could be higher.',
    data: {
      topic: 'Deaths in the strike on the Mariupol theatre',
      claims: [
        says('Associated Press investigation', 'About 600 people died in the theatre.', [
          { metric: 'killed', value: 600, qualifier: 'approximately' },
        ]),
        says('Mariupol city hospital', 'At least 12 bodies have been recovered so far.', [
          { metric: 'killed', value: 12, qualifier: 'at least' },
        ]),
      ],
    },
  },
  {
    name: 'floorAgainstCeiling',
    title: 'A floor against a ceiling below it ("more than 100,000" against "at most 20,000"): "at least 5 times", never a bare multiple.',
    data: {
      topic: 'People crossing into Poland in one day',
      claims: [
        says('Polish Border Guard', 'More than 100,000 people crossed the border on Sunday.', [
          { metric: 'border crossings', value: 100_000, qualifier: 'more than' },
        ]),
        says('Russian state television', 'No more than 20,000 people have left.', [
          { metric: 'border crossings', value: 20_000, qualifier: 'at most' },
        ]),
      ],
    },
  },
  {
    name: 'percentages',
    title: 'Percentages, negative ones too, drawn from a zero line: they differ by 10.1 percentage points, and no multiple is given.',
    data: {
      topic: "Ukraine's economy in 2022",
      claims: [
        says('Ministry of Economy of Ukraine', 'The economy will shrink by 45.1% this year.', [
          { metric: 'GDP growth', value: -45.1, unit: '%', phrase: 'the fall in GDP' },
        ]),
        says('World Bank', 'We expect output to contract by 35%.', [{ metric: 'GDP growth', value: -35, unit: '%' }]),
      ],
    },
  },
  {
    name: 'money',
    title: 'Money in its currency and in words ("$100 billion", "$40 billion more"), the full amount a title away.',
    data: {
      topic: 'Damage to Ukraine’s infrastructure',
      claims: [
        says('Kyiv School of Economics', 'Damage to infrastructure has reached $100 billion.', [
          { metric: 'infrastructure damage', value: 100_000_000_000, unit: 'USD' },
        ]),
        says('Ukrainian government', 'The damage comes to about $60 billion.', [
          { metric: 'infrastructure damage', value: 60_000_000_000, unit: 'USD', qualifier: 'approximately' },
        ]),
      ],
    },
  },
  {
    name: 'ratedFalse',
    title:
      'A claim rated false: its figure is marked "(rated false)" where it is drawn and where the sentences name it, hatched, and does not set the scale; the statuses differ in shape and word.',
    data: {
      topic: 'Ukrainian servicemen killed in the first week',
      claims: [
        says('Anonymous Telegram channel', '100,000 Ukrainian soldiers have been killed.', [{ metric: 'killed', value: 100_000 }], {
          status: 'false',
        }),
        says('US officials', 'Between 2,000 and 4,000 Ukrainian soldiers have been killed.', [{ metric: 'killed', min: 2000, max: 4000 }], {
          status: 'unverified',
          claimant: { name: 'US officials', kind: 'organization', affiliation: 'speaking anonymously' },
        }),
      ],
    },
  },
  {
    name: 'metricsMatched',
    title: 'The same metric written two ways ("Killed", "killed ") is one row: neither claimant is listed as "not stated".',
    data: {
      topic: 'Russian military casualties',
      claims: [
        { ...zelenskyy, figures: [{ metric: 'Killed', value: 9000 }] },
        { ...ministry, figures: [{ metric: 'killed ', value: 498 }, ministry.figures[1]] },
      ],
    },
  },
  {
    name: 'oneSidedMetric',
    title: 'A metric only one side states (injured) reads "not stated" for the other, and gets no bar there.',
    data: { topic: 'Casualties', claims: [zelenskyy, ministry] },
  },
  {
    name: 'longText',
    title: 'Long names, a long question and a statement with a 70-letter word wrap inside the box, at any width.',
    data: {
      topic: 'A very long topic that goes on and on about the disputed casualty figures of a war in Europe',
      question: 'How many servicemen of the armed forces of the Russian Federation have been killed since the start of the invasion?',
      claims: [
        {
          ...zelenskyy,
          claimant: {
            name: 'Volodymyr Oleksandrovych Zelenskyy, President of Ukraine and Supreme Commander-in-Chief of the Armed Forces',
            role: 'President of Ukraine',
          },
          statement: `${'Nine thousand Russian troops have been killed, and the figure is rising every single day of this war. '.repeat(4)}Supercalifragilisticexpialidociousandthensomeunbreakablestringwithoutspaces.`,
        },
        ministry,
      ],
    },
  },
  {
    name: 'eightClaimants',
    title:
      'The most claims a comparison takes, eight, with figures from a trillion down to a thousandth: every number written in full, the bars on one scale.',
    data: {
      topic: 'Estimates of one quantity',
      claims: [1e12, 2.5e9, 750_000, 9000, 498, 12.5, 1, 0.001].map((value, i) =>
        says(`Estimate ${i + 1}`, `The figure is ${value.toLocaleString('en-US', { maximumFractionDigits: 6 })}.`, [
          { metric: 'estimate', value },
        ]),
      ),
    },
  },
  ...inEveryLanguage('The seed story’s casualty figures', (story) => story.comparisons[0]),
  {
    name: 'dark',
    title: 'The seed story with theme="dark": every colour pair still passes WCAG AA contrast.',
    data: seed,
    theme: 'dark',
  },
  {
    name: 'narrow',
    title: 'The seed story in a 320 px sidebar: below 30em the panels stack and the tables take the full width.',
    data: seed,
    width: 320,
  },
];

const withClaims = (claims: unknown[]) => ({ ...seed, claims });

export const invalid: BadFixture[] = [
  {
    name: 'wrongTypeDeep',
    title: 'A number written in words',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', value: 'nine thousand' }] }]),
    path: '/claims/1/figures/0/value',
    message: 'expected a number, got the string "nine thousand"',
  },
  {
    name: 'tooFewClaims',
    title: 'Only one claim',
    data: withClaims([zelenskyy]),
    path: '/claims',
    message: 'expected at least 2 items, got 1',
  },
  {
    name: 'tooManyClaims',
    title: 'Nine claims',
    data: withClaims(Array.from({ length: 9 }, () => zelenskyy)),
    path: '/claims',
    message: 'expected at most 8 items, got 9',
  },
  {
    name: 'missingTopic',
    title: 'No topic',
    data: { claims: seed.claims },
    path: '/topic',
    message: 'expected a non-empty string (required), got nothing',
  },
  {
    name: 'figureWithoutValue',
    title: 'A figure with neither value nor min/max',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed' }] }]),
    path: '/claims/1/figures/0',
    message: 'expected either "value" or "min" and "max", got neither',
  },
  {
    name: 'minAboveMax',
    title: 'A range whose min is above its max',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', min: 600, max: 400 }] }]),
    path: '/claims/1/figures/0/min',
    message: 'expected "min" to be at most "max" (400), got the number 600',
  },
  {
    name: 'negativeCount',
    title: 'A negative count (a figure without a unit)',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', value: -5 }] }]),
    path: '/claims/1/figures/0/value',
    message: 'expected a number of at least 0 (a count: a figure without a unit), got the number -5',
  },
  {
    name: 'secondFigure',
    title: 'A second figure for the same metric from one claimant ("Killed" is "killed")',
    data: withClaims([
      zelenskyy,
      {
        ...ministry,
        figures: [
          { metric: 'killed', value: 498 },
          { metric: 'Killed ', value: 500 },
        ],
      },
    ]),
    path: '/claims/1/figures/1/metric',
    message: 'expected one figure per metric from a claimant, got a second for "Killed "',
  },
  {
    name: 'qualifiedRange',
    title: 'A range with "at least"',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', min: 400, max: 600, qualifier: 'at least' }] }]),
    path: '/claims/1/figures/0/qualifier',
    message: 'expected "exact" or "approximately" with a range ("min"–"max"), got the string "at least"',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL as a source',
    data: withClaims([{ ...zelenskyy, source: { name: 'Click me', url: 'javascript:alert(1)' } }, ministry]),
    path: '/claims/0/source/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'unknownStatus',
    title: 'A status that does not exist',
    data: withClaims([{ ...zelenskyy, status: 'true' }, ministry]),
    path: '/claims/0/status',
    message: 'expected one of "unverified", "disputed", "confirmed", "false", "misleading", got the string "true"',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: { ...seed, asOf: '2022-02-30' },
    path: '/asOf',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
];
