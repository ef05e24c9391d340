import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory as seedArticle } from '../../test-support/seed.js';

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: 'The whole seed story in one tag: headline and byline, then every section under its own heading, each drawn by its own element.',
    data: seedArticle,
  },
  {
    name: 'claimsOnly',
    title: 'A story with only its disputed claims: sections without data are left out, headings and all.',
    data: { article: { headline: 'Casualty figures disputed', published: '2022-03-03' }, comparisons: seedArticle.comparisons },
  },
  {
    name: 'withUpdates',
    title: 'A headline linked to the story, a publisher in the byline, and the story’s own updates log.',
    data: {
      article: { ...seedArticle.article, url: 'https://news.example/blinken-trip', publisher: 'The Daily Example' },
      quotes: seedArticle.quotes,
      updates: [{ date: '2022-03-04', text: 'Added the fact check.' }],
    },
  },
  ...inEveryLanguage('The whole seed story', (story) => story),
  {
    name: 'dark',
    title: 'The whole seed story with theme="dark", passed on to every section.',
    data: seedArticle,
    theme: 'dark',
  },
  {
    name: 'narrow',
    title: 'The whole seed story in a 320 px column: every section in its narrow layout.',
    data: seedArticle,
    width: 320,
  },
];

export const invalid: BadFixture[] = [
  {
    name: 'empty',
    title: 'A document with no sections',
    data: {},
    path: '',
    message: 'expected at least one of "article", "events", "comparisons", "quotes", "factChecks", "itineraries", "timeline", got none',
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
    message: 'expected a number, got the string "nine thousand"',
  },
  {
    name: 'sectionNotAList',
    title: 'A section that is not a list',
    data: { quotes: seedArticle.quotes[0] },
    path: '/quotes',
    message: 'expected an array, got an object',
  },
];
