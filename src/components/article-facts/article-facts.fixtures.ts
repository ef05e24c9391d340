import seedArticle from '../../../examples/seed-article.json';
import type { BadFixture, Fixture } from '../../test-support/fixture.js';

export const valid: Fixture[] = [
  { name: 'seed', title: 'The seed story: every section', data: seedArticle },
  {
    name: 'claimsOnly',
    title: 'A story with only its disputed claims',
    data: { article: { headline: 'Casualty figures disputed', published: '2022-03-03' }, comparisons: seedArticle.comparisons },
  },
  {
    name: 'withUpdates',
    title: 'A story with a link, a publisher and an updates log',
    data: {
      article: { ...seedArticle.article, url: 'https://news.example/blinken-trip', publisher: 'The Daily Example' },
      quotes: seedArticle.quotes,
      updates: [{ date: '2022-03-04', text: 'Added the fact check.' }],
    },
  },
  { name: 'ukrainian', title: 'Ukrainian (lang="uk")', data: seedArticle, lang: 'uk' },
  { name: 'arabic', title: 'Arabic, right to left', data: seedArticle, lang: 'ar' },
  { name: 'dark', title: 'Dark theme', data: seedArticle, theme: 'dark' },
  { name: 'narrow', title: 'In a 320 px column', data: seedArticle, width: 320 },
];

export const invalid: BadFixture[] = [
  {
    name: 'empty',
    title: 'A document with no sections',
    data: {},
    path: '',
    message: 'expected at least one of "article", "comparisons", "events", "timeline", "quotes", "factChecks", "itineraries", got none',
  },
  {
    name: 'deepError',
    title: 'A figure written in words, deep in a section',
    data: {
      ...seedArticle,
      comparisons: [
        {
          ...seedArticle.comparisons[0],
          claims: [
            seedArticle.comparisons[0].claims[0],
            { ...seedArticle.comparisons[0].claims[1], figures: [{ metric: 'killed', value: 'nine thousand' }] },
          ],
        },
      ],
    },
    path: '/comparisons/0/claims/1/figures/0/value',
    message: 'expected a number of at least 0, got the string "nine thousand"',
  },
  {
    name: 'sectionNotAList',
    title: 'A section that is not a list',
    data: { quotes: seedArticle.quotes[0] },
    path: '/quotes',
    message: 'expected an array, got an object',
  },
];
