import seedArticle from '../../../examples/seed-article.json';
import type { BadFixture, Fixture } from '../../test-support/fixture.js';

const seed = seedArticle.comparisons[0];
const [zelenskyy, ministry] = seed.claims;

const claimant = (name: string, value: number, extra: object = {}) => ({
  claimant: { name, kind: 'organization' },
  statement: `${name} puts the figure at ${value}.`,
  figures: [{ metric: 'killed', value }],
  status: 'unverified',
  ...extra,
});

export const valid: Fixture[] = [
  { name: 'seed', title: "The seed story: Kyiv's and Moscow's casualty figures", data: seed },
  {
    name: 'threeClaimants',
    title: 'Three claimants, a source link, a verbatim quote and an updates log',
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
    title: 'Ranges and qualifiers written out: "at least", "about", a range',
    data: {
      topic: 'People displaced',
      claims: [
        claimant('UN refugee agency', 1_000_000, { figures: [{ metric: 'displaced', value: 1_000_000, qualifier: 'at least' }] }),
        claimant('Local officials', 500, { figures: [{ metric: 'displaced', value: 500, qualifier: 'approximately' }] }),
        claimant('Aid groups', 0, { figures: [{ metric: 'displaced', min: 400_000, max: 600_000 }] }),
      ],
    },
  },
  {
    name: 'mismatchedMetrics',
    title: 'Different metrics and units are never set against each other',
    data: {
      topic: 'Losses',
      claims: [
        claimant('Side A', 9000),
        claimant('Side B', 2095, { figures: [{ metric: 'casualties', value: 2095 }] }),
        claimant('Side C', 12, { figures: [{ metric: 'killed', value: 12, unit: 'battalions' }] }),
      ],
    },
  },
  {
    name: 'oneSidedMetric',
    title: 'A metric only one side states reads "not stated" for the other',
    data: { topic: 'Casualties', claims: [zelenskyy, ministry] },
  },
  {
    name: 'longText',
    title: 'Long names and statements wrap',
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
    title: 'Eight claimants, numbers from 0.001 to 10^12',
    data: {
      topic: 'Estimates',
      claims: [1e12, 2.5e9, 750_000, 9000, 498, 12.5, 1, 0.001].map((value, i) => claimant(`Claimant ${i + 1}`, value)),
    },
  },
  { name: 'ukrainian', title: 'Ukrainian (lang="uk")', data: seed, lang: 'uk' },
  { name: 'german', title: 'German (lang="de")', data: seed, lang: 'de' },
  { name: 'arabic', title: 'Arabic, right to left (lang="ar")', data: seed, lang: 'ar' },
  { name: 'dark', title: 'Dark theme', data: seed, theme: 'dark' },
  { name: 'narrow', title: 'In a 320 px sidebar: panels stacked', data: seed, width: 320 },
];

const withClaims = (claims: unknown[]) => ({ ...seed, claims });

export const invalid: BadFixture[] = [
  {
    name: 'wrongTypeDeep',
    title: 'A number written in words',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', value: 'nine thousand' }] }]),
    path: '/claims/1/figures/0/value',
    message: 'expected a number of at least 0, got the string "nine thousand"',
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
    title: 'A negative count',
    data: withClaims([zelenskyy, { ...ministry, figures: [{ metric: 'killed', value: -5 }] }]),
    path: '/claims/1/figures/0/value',
    message: 'expected a number of at least 0, got the number -5',
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
