import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const seed = seedStory.timeline;

/** `2022-02-24` plus `n` days. */
export const dayAfterEpoch = (n: number) => new Date(Date.UTC(2022, 1, 24 + n)).toISOString().slice(0, 10);

/** A live blog's daily briefings for fifty days from the epoch, listed in a scrambled order (i × 7 mod 50). */
const fifty = {
  title: 'The first fifty days: the daily briefings',
  epoch: seed.epoch,
  events: Array.from({ length: 50 }, (_, i) => {
    const n = (i * 7) % 50;
    return {
      title: `General Staff update, day ${n + 1}`,
      start: dayAfterEpoch(n),
      status: 'concluded',
      summary: 'The Ukrainian General Staff’s morning update on the fighting.',
    };
  }),
};

/** Partial dates, date-times and several events on one day, in a JSON order that is not date order. */
const mixed = {
  title: 'Kherson under occupation',
  epoch: { date: '2022-03-02', label: 'Day {n} of the occupation' },
  events: [
    { title: 'Zelenskyy’s evening address', start: '2022-03-03T20:00:00+02:00', status: 'concluded' },
    { title: 'General Staff morning briefing', start: '2022-03-03T08:00:00+02:00', status: 'concluded' },
    { title: 'Russian forces take Kherson', start: '2022-03-02', status: 'concluded' },
    { title: 'Second round of talks in the Brest region', start: '2022-03-03', end: '2022-03-04', status: 'ongoing' },
    { title: 'Talks on humanitarian corridors', start: '2022-03', status: 'scheduled' },
    { title: 'Ukraine Recovery Conference', start: '2022' },
    { title: 'First round of talks in Gomel', start: '2022-02-28' },
  ],
};

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: 'The seed story: the first eight days of the invasion, each day counted from the epoch ("Day 8 of the invasion").',
    data: seed,
  },
  {
    name: 'shuffled',
    title: 'The seed events in reverse JSON order: the same timeline, since the element puts events in date order.',
    data: { ...seed, events: [...seed.events].reverse() },
  },
  {
    name: 'mixed',
    title:
      'Dates of every kind: a year, a month, days, date-times in their own zone, three events on one day and one before the epoch (no day count).',
    data: mixed,
  },
  {
    name: 'fifty',
    title:
      'A long timeline of fifty daily briefings: the ten most recent show, "Show all (50)" reveals the rest and moves focus to the oldest.',
    data: fifty,
  },
  { name: 'noEpoch', title: 'No epoch and no title: days with their dates only.', data: { events: seed.events } },
  {
    name: 'zones',
    title:
      'Times in two zones on one day: in the order they happen (10:00 in Moscow, UTC+03:00, before 23:30 in Warsaw, UTC+01:00, whatever the JSON order), each with its zone.',
    data: {
      title: 'One day, two zones',
      events: [
        { title: 'Evening press conference in Warsaw', start: '2022-03-05T23:30:00+01:00', status: 'concluded' },
        { title: 'Morning briefing in Moscow', start: '2022-03-05T10:00:00+03:00', status: 'concluded' },
      ],
    },
  },
  ...inEveryLanguage('The seed story’s first eight days', (story) => story.timeline),
  {
    name: 'dark',
    title: 'The seed story with theme="dark": every colour pair still passes WCAG AA contrast.',
    data: seed,
    theme: 'dark',
  },
  {
    name: 'narrow',
    title: 'The seed story in a 280 px sidebar: below 40em the dates sit above their events.',
    data: seed,
    width: 280,
  },
];

const withEvent = (i: number, change: object) => ({ ...seed, events: seed.events.map((e, j) => (j === i ? { ...e, ...change } : e)) });

export const invalid: BadFixture[] = [
  {
    name: 'noEvents',
    title: 'A timeline with no events',
    data: { ...seed, events: [] },
    path: '/events',
    message: 'expected at least 1 item, got 0',
  },
  {
    name: 'missingEvents',
    title: 'A timeline without "events"',
    data: { title: seed.title },
    path: '/events',
    message: 'expected an array (required), got nothing',
  },
  {
    name: 'missingStart',
    title: 'An event without a start',
    data: { ...seed, events: seed.events.map((e, j) => (j === 1 ? { title: e.title } : e)) },
    path: '/events/1/start',
    message: 'expected a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00 (required), got nothing',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: withEvent(0, { start: '2022-02-30' }),
    path: '/events/0/start',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
  {
    name: 'endBeforeStart',
    title: 'An event ending before it starts',
    data: withEvent(2, { end: '2022-03-01' }),
    path: '/events/2/end',
    message: 'expected "end" not to be before "start" (2022-03-02), got the string "2022-03-01"',
  },
  {
    name: 'unknownStatus',
    title: 'A status that does not exist',
    data: withEvent(3, { status: 'in progress' }),
    path: '/events/3/status',
    message: 'expected one of "scheduled", "ongoing", "concluded", "postponed", "cancelled", got the string "in progress"',
  },
  {
    name: 'labelWithoutN',
    title: 'An epoch label without {n}',
    data: { ...seed, epoch: { date: '2022-02-24', label: 'Day of the invasion' } },
    path: '/epoch/label',
    message: 'expected a label with {n} for the day number, like "Day {n} of the invasion", got the string "Day of the invasion"',
  },
];
