import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const seed = seedStory.factChecks[0];
const withRating = (rating: object) => ({ ...seed, rating });

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: "The seed story: Zelenskyy's casualty figure, rated unverified, 3 on a scale of 1 to 5, with the explanation.",
    data: seed,
  },
  {
    name: 'fullReview',
    title: 'Everything a fact check can carry: a reviewer and review date, a verbatim claim with its source, sources and an updates log.',
    data: {
      ...seed,
      claim: {
        ...seed.claim,
        quote: true,
        source: { name: 'Address to the nation', url: 'https://example.org/address', date: '2022-03-03' },
      },
      rating: { label: 'Mostly false', value: 2, best: 5, worst: 1 },
      reviewer: { name: 'Claimkit Fact Check', kind: 'organization', url: 'https://example.org/fact-check' },
      reviewDate: '2022-03-04',
      sources: ['Reuters', { name: 'Ministry of Defence briefing', url: '/briefings/2022-03-03', date: '2022-03-03' }],
      updates: [
        { date: '2022-03-04', text: 'Rated after the Defence Ministry briefing.' },
        { date: '2022-03-05', text: 'Added a second source.' },
      ],
    },
  },
  {
    name: 'labelOnly',
    title: 'A verdict given as a word only, with no numeric scale, checked by a named editor.',
    data: {
      claim: { claimant: 'A social media post', statement: 'Kyiv fell on the first day of the invasion.', date: '2022-02-24' },
      rating: { label: 'False' },
      reviewer: { name: 'Jane Doe', role: 'Fact-check editor', kind: 'person' },
    },
  },
  {
    name: 'labelledScale',
    title:
      'A publisher’s six-point scale with its ends named ("2 on a scale of 1 (Pants on Fire) to 6 (True)"), and the claim’s status in its family’s shape and word.',
    data: {
      claim: {
        claimant: { name: 'A viral social media post', kind: 'organization' },
        statement: 'Ukraine’s army has lost 100,000 soldiers in the first week.',
        date: '2022-03-02',
        status: 'misleading',
      },
      rating: { label: 'Mostly false', value: 2, best: 6, worst: 1, worstLabel: 'Pants on Fire', bestLabel: 'True' },
      reviewer: { name: 'Jane Doe', role: 'Fact-check editor', kind: 'person' },
      reviewDate: '2022-03-03',
      explanation:
        'Neither side has published a figure anywhere near 100,000; the highest estimate of Ukrainian military deaths in the first week, from US officials, was in the low thousands.',
    },
  },
  {
    name: 'scaleEnds',
    title: 'A 0-to-10 scale with the rating at its best end: the bar full.',
    data: withRating({ label: 'True', value: 10, best: 10, worst: 0 }),
  },
  {
    name: 'longText',
    title: 'A long verdict, statement and explanation wrap inside the box.',
    data: {
      ...seed,
      claim: {
        ...seed.claim,
        statement: `${'Nine thousand Russian troops have been killed, and the figure is rising every single day of this war. '.repeat(3)}Supercalifragilisticexpialidociousandthensomeunbreakablestringwithoutspaces.`,
      },
      rating: { ...seed.rating, label: 'Unverified: neither side’s figure could be independently confirmed by the end of the week' },
      explanation: seed.explanation.repeat(3),
    },
  },
  ...inEveryLanguage('The seed story’s fact check', (story) => story.factChecks[0]),
  {
    name: 'dark',
    title: 'The seed story with theme="dark": every colour pair still passes WCAG AA contrast.',
    data: seed,
    theme: 'dark',
  },
  { name: 'narrow', title: 'The seed story in a 320 px sidebar: the verdict, scale and claim stacked.', data: seed, width: 320 },
];

export const invalid: BadFixture[] = [
  {
    name: 'valueAboveBest',
    title: 'A rating value above the best end of its scale',
    data: withRating({ label: 'Unverified', value: 7, best: 5, worst: 1 }),
    path: '/rating/value',
    message: 'expected "value" to be from "worst" (1) to "best" (5), got the number 7',
  },
  {
    name: 'valueBelowWorst',
    title: 'A rating value below the worst end of its scale',
    data: withRating({ label: 'Unverified', value: 0, best: 5, worst: 1 }),
    path: '/rating/value',
    message: 'expected "value" to be from "worst" (1) to "best" (5), got the number 0',
  },
  {
    name: 'bestBelowWorst',
    title: 'A scale written the wrong way round',
    data: withRating({ label: 'Unverified', value: 3, best: 1, worst: 5 }),
    path: '/rating/best',
    message: 'expected "best" to be greater than "worst" (5), got the number 1',
  },
  {
    name: 'valueWithoutScale',
    title: 'A rating value without its scale',
    data: withRating({ label: 'Unverified', value: 3 }),
    path: '/rating/best',
    message: 'expected a number (required with "value"), got nothing',
  },
  {
    name: 'endLabelWithoutScale',
    title: 'A scale’s end label without the scale',
    data: withRating({ label: 'False', bestLabel: 'True' }),
    path: '/rating/bestLabel',
    message: 'expected "value", "best" and "worst" with "bestLabel", got none of them',
  },
  {
    name: 'missingLabel',
    title: 'A rating without a label',
    data: withRating({ value: 3, best: 5, worst: 1 }),
    path: '/rating/label',
    message: 'expected a non-empty string (required), got nothing',
  },
  {
    name: 'missingClaim',
    title: 'No claim',
    data: { ...seed, claim: undefined },
    path: '/claim',
    message: 'expected an object (required), got nothing',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL as the claim’s source',
    data: { ...seed, claim: { ...seed.claim, source: { name: 'Click me', url: 'javascript:alert(1)' } } },
    path: '/claim/source/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: { ...seed, reviewDate: '2022-02-30' },
    path: '/reviewDate',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
];
